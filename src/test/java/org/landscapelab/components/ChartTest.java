package org.landscapelab.components;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    // What the browser receives: the element's option property, read back as ECharts will read it.
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode option(Chart chart) {
        return JSON.readTree(chart.getElement().getProperty("option"));
    }

    @Test
    void a_chart_of_lines_and_points_sends_its_series_and_log_axes() {
        Chart chart = new Chart("drop");
        chart.show(
                "t",
                Chart.Scale.LOG,
                "L(0) − L(t)",
                Chart.Scale.LOG,
                List.of(
                        new Chart.Series(
                                "measured",
                                Chart.Kind.LINE,
                                new double[] {1, 10, 100, 1000},
                                new double[] {1, 0.1, Double.NaN, 1e-8},
                                true),
                        new Chart.Series(
                                "slope \"2\"", Chart.Kind.SCATTER, new double[] {1, 2}, new double[] {3, 4}, false)));
        JsonNode o = option(chart);
        assertThat(o.path("xAxis").path("type").asString()).isEqualTo("log");
        assertThat(o.path("yAxis").path("type").asString()).isEqualTo("log");
        assertThat(o.path("xAxis").has("max")).isFalse();
        JsonNode line = o.path("series").get(0);
        assertThat(line.path("type").asString()).isEqualTo("line");
        assertThat(line.path("showSymbol").booleanValue()).isFalse();
        assertThat(line.path("lineStyle").path("type").asString()).isEqualTo("dashed");
        assertThat(line.path("data")).hasSize(3); // the NaN point is left out
        assertThat(line.path("data").get(2).get(1).doubleValue()).isEqualTo(1e-8);
        JsonNode points = o.path("series").get(1);
        assertThat(points.path("name").asString()).isEqualTo("slope \"2\"");
        assertThat(points.path("type").asString()).isEqualTo("scatter");
        assertThat(points.path("showSymbol").booleanValue()).isTrue();
        assertThat(points.path("data")).hasSize(2);
        // numbers are written as Java writes doubles
        assertThat(chart.getElement().getProperty("option")).contains("[1000.0,1.0E-8]");
    }

    @Test
    void a_linear_axis_of_lines_ends_at_the_data_and_bars_stand_on_zero() {
        Chart chart = new Chart("loss");
        chart.show(
                "step",
                Chart.Scale.LINEAR,
                "loss",
                Chart.Scale.LINEAR,
                List.of(new Chart.Series(
                        "loss", Chart.Kind.LINE, new double[] {0, 1, 2}, new double[] {5, 3, 2}, false)));
        JsonNode lines = option(chart);
        assertThat(lines.path("xAxis").path("type").asString()).isEqualTo("value");
        assertThat(lines.path("xAxis").path("max").asString()).isEqualTo("dataMax");
        assertThat(lines.path("yAxis").path("scale").booleanValue()).isTrue();

        chart.show(
                "final loss",
                Chart.Scale.LINEAR,
                "runs",
                Chart.Scale.LINEAR,
                List.of(new Chart.Series("runs", Chart.Kind.BAR, new double[] {0.5, 1.5}, new double[] {3, 7}, false)));
        JsonNode bars = option(chart);
        assertThat(bars.path("series").get(0).path("type").asString()).isEqualTo("bar");
        assertThat(bars.path("xAxis").has("max")).isFalse();
        assertThat(bars.path("yAxis").path("scale").booleanValue()).isFalse();
    }

    @Test
    void a_field_sends_its_tiles_then_its_level_lines_then_its_overlays() {
        double[] xs = {0, 1, 2, 3};
        double[] ys = {0, 1, 2};
        double[][] values = new double[ys.length][xs.length];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                values[j][i] = i + 10 * j;
            }
        }
        values[2][3] = Double.POSITIVE_INFINITY;
        Chart chart = new Chart("loss");
        chart.showField(
                "α",
                "β",
                "loss",
                xs,
                ys,
                values,
                List.of(new Chart.Isoline(
                        5,
                        List.of(new double[] {0, 1}, new double[] {2, 3}),
                        List.of(new double[] {0.5, 0.5}, new double[] {1.5, 1.5}))),
                List.of(new Chart.Series("the run", Chart.Kind.LINE, new double[] {0, 3}, new double[] {0, 2}, false)));
        JsonNode o = option(chart);
        JsonNode tiles = o.path("series").get(0);
        assertThat(tiles.path("type").asString()).isEqualTo("scatter");
        assertThat(tiles.path("labTiles").get(0).intValue()).isEqualTo(4);
        assertThat(tiles.path("labTiles").get(1).intValue()).isEqualTo(3);
        assertThat(tiles.path("data")).hasSize(11); // the infinite value is left out
        assertThat(tiles.path("data").get(10)).hasSize(3);
        JsonNode levels = o.path("series").get(1);
        assertThat(levels.path("type").asString()).isEqualTo("lines");
        assertThat(levels.path("data")).hasSize(2);
        assertThat(levels.path("data").get(0).path("name").asString()).isEqualTo("loss = 5.000");
        assertThat(levels.path("data").get(1).path("coords")).hasSize(2);
        assertThat(o.path("series").get(2).path("type").asString()).isEqualTo("line");
        assertThat(o.path("visualMap").path("min").doubleValue()).isZero();
        assertThat(o.path("visualMap").path("max").doubleValue()).isEqualTo(21); // the 95th percentile of 11 values
        assertThat(o.path("xAxis").path("min").doubleValue()).isEqualTo(-0.5);
        assertThat(o.path("xAxis").path("max").doubleValue()).isEqualTo(3.5);
    }

    @Test
    void a_surface_opens_a_3d_box_and_marks_missing_values() {
        double[] xs = {0, 1};
        double[] ys = {0, 1, 2};
        double[][] values = {{1, 2}, {3, Double.NaN}, {5, 600}};
        Chart chart = new Chart("loss");
        chart.showSurface(
                "α",
                "β",
                "loss (capped at 10)",
                xs,
                ys,
                values,
                10,
                List.of(new Chart.Path3D("the run", new double[] {0, 1}, new double[] {0, 2}, new double[] {1, 600})));
        JsonNode o = option(chart);
        assertThat(o.has("grid3D")).isTrue();
        JsonNode surface = o.path("series").get(0);
        assertThat(surface.path("type").asString()).isEqualTo("surface");
        assertThat(surface.path("dataShape").get(0).intValue()).isEqualTo(3);
        assertThat(surface.path("dataShape").get(1).intValue()).isEqualTo(2);
        assertThat(surface.path("data")).hasSize(6);
        assertThat(surface.path("data").get(3).get(2).asString()).isEqualTo("-");
        assertThat(surface.path("data").get(5).get(2).doubleValue()).isEqualTo(10); // drawn at the cap
        JsonNode path = o.path("series").get(1);
        assertThat(path.path("type").asString()).isEqualTo("line3D");
        assertThat(path.path("data")).hasSize(2);
        assertThat(o.path("zAxis3D").path("max").doubleValue()).isEqualTo(10);
    }

    @Test
    void colours_end_at_the_lower_95th_percentile_of_the_finite_values() {
        double[][] values = new double[2][101];
        for (int i = 0; i <= 100; i++) {
            values[0][i] = 100 - i;
            values[1][i] = i == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        assertThat(Chart.colourCap(values)).isEqualTo(95);
        assertThat(Chart.colourCap(new double[][] {{Double.NaN}})).isNaN();
    }
}
