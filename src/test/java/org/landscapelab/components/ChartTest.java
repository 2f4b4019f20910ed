package org.landscapelab.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void a_short_line_is_drawn_whole() {
        assertThat(Chart.drawn(new double[] {3, 1, 2})).containsExactly(0, 1, 2);
        assertThat(Chart.drawn(new double[Chart.MAX_LINE_POINTS])).hasSize(Chart.MAX_LINE_POINTS);
    }

    @Test
    void a_long_line_keeps_its_ends_its_extremes_and_a_spike_in_order() {
        Random random = new Random(16);
        for (int trial = 0; trial < 200; trial++) {
            int n = Chart.MAX_LINE_POINTS + 1 + random.nextInt(20_000);
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = Math.exp(-i / 500.0) + 1e-3 * random.nextGaussian();
            }
            int spike = 1 + random.nextInt(n - 2);
            y[spike] = 50;
            if (trial % 3 == 0) {
                y[1 + random.nextInt(n - 2)] = Double.POSITIVE_INFINITY; // a diverged step is skipped, not drawn
            }
            int[] kept = Chart.drawn(y);
            assertThat(kept.length).isLessThanOrEqualTo(Chart.MAX_LINE_POINTS + 2);
            assertThat(kept[0]).isZero();
            assertThat(kept[kept.length - 1]).isEqualTo(n - 1);
            for (int k = 1; k < kept.length; k++) {
                assertThat(kept[k]).isGreaterThan(kept[k - 1]);
            }
            assertThat(kept).contains(spike);
            int lowest = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isFinite(y[i]) && y[i] < y[lowest]) {
                    lowest = i;
                }
            }
            assertThat(kept).contains(lowest);
            assertThat(Arrays.stream(kept).filter(i -> i > 0 && i < n - 1).mapToDouble(i -> y[i]))
                    .allMatch(Double::isFinite);
        }
    }
}
