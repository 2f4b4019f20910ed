package org.landscapelab.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the load harness from rotting: a short mixed run (10 s) against the production jar (every scenario, a few
 * students each) must open every page, answer every interaction with the recomputed value, and measure the server.
 * No timing is asserted here; the figures come from {@code .ci/load} runs (docs/performance.md).
 */
class LoadSmokeIT {

    @Test
    void a_short_mixed_run_gets_every_answer_right_and_measures_the_server() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Series.Point point = Series.point(
                Series.productionJar(),
                "none",
                List.of("-Xmx512m"),
                port,
                "explorer=12@1,lesson=6@1,trainer=2@0.5",
                2,
                10,
                false);
        System.out.print(Report.HEADER + point.row());
        LoadRun.Result result = point.result();
        assertThat(result.firstErrors()).isEmpty();
        assertThat(result.errors()).isZero();
        assertThat(result.opened()).isGreaterThanOrEqualTo(20);
        assertThat(result.outcomes())
                .allSatisfy(o -> assertThat(o.count()).as(o.scenario()).isPositive());
        assertThat(point.heapKiBPerSession()).isPositive();
        assertThat(point.serverCpuMsPerInteraction()).isPositive();
    }
}
