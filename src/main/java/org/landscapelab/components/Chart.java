package org.landscapelab.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A chart over Apache ECharts ({@code <lab-chart>}), following the light/dark theme and its container's size.
 * Plain data in ({@link Series}), typed events out ({@link PointPickedEvent}).
 */
@Tag("lab-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@NpmPackage(value = "echarts-gl", version = "2.1.0")
@JsModule("./components/lab-chart/lab-chart.ts")
public class Chart extends Component implements HasSize {

    /** How a series is drawn. */
    public enum Kind { LINE, SCATTER, BAR }

    /** Which scale an axis uses. */
    public enum Scale { LINEAR, LOG }

    /**
     * One series.
     *
     * @param name legend entry
     * @param kind how to draw it
     * @param x abscissae
     * @param y ordinates, as many as {@code x}
     * @param dashed draw the line dashed (e.g. a reference value)
     */
    public record Series(String name, Kind kind, double[] x, double[] y, boolean dashed) {
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
            }
        }
    }

    /** One level line of a field: its value and its polylines, each as vertex arrays (x[k], y[k]). */
    public record Isoline(double level, List<double[]> xs, List<double[]> ys) {
        public Isoline {
            if (xs.size() != ys.size()) {
                throw new IllegalArgumentException("as many x as y polylines");
            }
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }
    }

    /** A path in 3-D space drawn over a surface. */
    public record Path3D(String name, double[] x, double[] y, double[] z) {
        public Path3D {
            if (x.length != y.length || x.length != z.length) {
                throw new IllegalArgumentException("x, y and z differ in length");
            }
        }
    }

    public Chart(String accessibleName) {
        getElement().setAttribute("label", accessibleName);
        setWidthFull();
        setHeight("320px");
    }

    /** Replaces what the chart shows. Non-finite points are left out (ECharts cannot draw them). */
    public void show(String xName, Scale xScale, String yName, Scale yScale, List<Series> series) {
        String json = "{\"animation\":false,\"tooltip\":{\"trigger\":\"item\"},\"legend\":{\"top\":0,\"type\":\"scroll\"},"
                + "\"grid\":{\"left\":56,\"right\":16,\"top\":36,\"bottom\":44},"
                + "\"xAxis\":" + endAtData(axis(xName, xScale, true), xScale, series) + ",\"yAxis\":"
                + axis(yName, yScale, series.stream().noneMatch(s -> s.kind() == Kind.BAR)) + ","
                + "\"series\":[" + series.stream().map(Chart::series).collect(Collectors.joining(",")) + "]}";
        getElement().setProperty("option", json);
    }

    /**
     * A scalar field on a grid as coloured tiles, its level lines drawn over them (hover one for its value), and
     * further lines (e.g. a trajectory) on top.
     *
     * @param values values[j][i] at (xs[i], ys[j])
     */
    public void showField(String xName, String yName, String valueName, double[] xs, double[] ys, double[][] values,
            List<Isoline> isolines, List<Series> overlays) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        StringBuilder data = new StringBuilder();
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                double v = values[j][i];
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    data.append(data.isEmpty() ? "" : ",").append('[').append(num(xs[i])).append(',').append(num(ys[j]))
                            .append(',').append(num(v)).append(']');
                }
            }
        }
        // Colours run up to the 95th percentile: a few huge values at the corners would otherwise wash out the
        // structure near the run; larger values share the top colour (the tooltip still shows each value).
        double[] sorted = java.util.Arrays.stream(values).flatMapToDouble(java.util.Arrays::stream)
                .filter(Double::isFinite).sorted().toArray();
        if (sorted.length > 0) {
            max = sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
        }
        if (!(max > min)) {
            max = min + 1;
        }
        int tile = (int) Math.ceil(440.0 / Math.max(xs.length, 1)) + 1;
        String field = "{\"name\":" + quote(valueName) + ",\"type\":\"scatter\",\"symbol\":\"rect\",\"labTiles\":[" + xs.length + ","
                + ys.length + "],\"symbolSize\":" + tile
                + ",\"itemStyle\":{\"opacity\":1},\"data\":[" + data + "]}";
        String json = "{\"animation\":false,\"tooltip\":{\"trigger\":\"item\"},\"legend\":{\"top\":0,\"type\":\"scroll\"},"
                + "\"grid\":{\"left\":56,\"right\":16,\"top\":36,\"bottom\":84},"
                + "\"visualMap\":{\"type\":\"continuous\",\"min\":" + num(min) + ",\"max\":" + num(max)
                + ",\"dimension\":2,\"seriesIndex\":0,\"orient\":\"horizontal\",\"left\":\"center\",\"bottom\":0,"
                + "\"calculable\":false,\"precision\":3,\"text\":[\"high\",\"low\"],"
                + "\"inRange\":{\"color\":" + PALETTE + "}},"
                + "\"xAxis\":" + fieldAxis(xName, xs) + ",\"yAxis\":" + fieldAxis(yName, ys) + ","
                + "\"series\":[" + field + (isolines.isEmpty() ? "" : "," + isolines(valueName, isolines))
                + (overlays.isEmpty() ? "" : ",")
                + overlays.stream().map(Chart::series).collect(Collectors.joining(",")) + "]}";
        getElement().setProperty("option", json);
    }

    /**
     * A surface z = values[j][i] over (xs[i], ys[j]) in a rotatable 3-D box (echarts-gl, WebGL), with paths on
     * it. Values above {@code zCap} are drawn at the cap, so a few huge corners do not flatten the rest; the
     * caller says so in {@code zName}.
     */
    public void showSurface(String xName, String yName, String zName, double[] xs, double[] ys, double[][] values,
            double zCap, List<Path3D> paths) {
        double zMin = Double.POSITIVE_INFINITY;
        StringBuilder data = new StringBuilder();
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                double v = values[j][i];
                String z = Double.isFinite(v) ? num(Math.min(v, zCap)) : "\"-\"";
                if (Double.isFinite(v)) {
                    zMin = Math.min(zMin, v);
                }
                data.append(data.isEmpty() ? "" : ",").append('[').append(num(xs[i])).append(',').append(num(ys[j]))
                        .append(',').append(z).append(']');
            }
        }
        if (!Double.isFinite(zMin)) {
            zMin = 0;
        }
        // round the box outward to two significant digits, so its end labels are short
        double zMax = roundOut(zCap > zMin ? zCap : zMin + 1, true);
        zMin = roundOut(zMin, false);
        // paths lie on the surface; lifting them by 1 % of the box keeps them from vanishing into it
        double lift = 0.01 * (zMax - zMin);
        StringBuilder lines = new StringBuilder();
        for (Path3D p : paths) {
            StringBuilder pd = new StringBuilder();
            for (int k = 0; k < p.x().length; k++) {
                if (Double.isFinite(p.x()[k]) && Double.isFinite(p.y()[k]) && Double.isFinite(p.z()[k])) {
                    pd.append(pd.isEmpty() ? "" : ",").append('[').append(num(p.x()[k])).append(',')
                            .append(num(p.y()[k])).append(',').append(num(Math.min(p.z()[k], zCap) + lift)).append(']');
                }
            }
            lines.append(",{\"name\":").append(quote(p.name())).append(",\"type\":\"line3D\",")
                    .append("\"lineStyle\":{\"width\":4,\"color\":\"#c6e000\"},\"data\":[").append(pd).append("]}");
        }
        String json = "{\"animation\":false,\"tooltip\":{},\"legend\":{\"top\":0,\"type\":\"scroll\"},"
                + "\"visualMap\":{\"show\":false,\"dimension\":2,\"seriesIndex\":0,\"min\":" + num(zMin) + ",\"max\":"
                + num(zMax) + ",\"inRange\":{\"color\":" + PALETTE + "}},"
                + "\"xAxis3D\":{\"type\":\"value\",\"name\":" + quote(xName) + "},"
                + "\"yAxis3D\":{\"type\":\"value\",\"name\":" + quote(yName) + "},"
                + "\"zAxis3D\":{\"type\":\"value\",\"name\":" + quote(zName) + ",\"min\":" + num(zMin) + ",\"max\":"
                + num(zMax) + "},"
                + "\"grid3D\":{\"viewControl\":{\"distance\":170,\"alpha\":42,\"beta\":20},\"boxWidth\":100,\"boxDepth\":100,\"boxHeight\":60},"
                + "\"series\":[{\"name\":" + quote(zName) + ",\"type\":\"surface\",\"shading\":\"color\","
                + "\"wireframe\":{\"show\":true,\"lineStyle\":{\"opacity\":0.25}},"
                + "\"dataShape\":[" + ys.length + "," + xs.length + "],\"data\":[" + data + "]}" + lines + "]}";
        getElement().setProperty("option", json);
    }

    /** Downloads the chart as an image, {@code png} or {@code svg}. */
    public void export(String type, String fileName) {
        getElement().callJsFunction("exportImage", type, fileName);
    }

    public Registration addPointPickedListener(ComponentEventListener<PointPickedEvent> listener) {
        return addListener(PointPickedEvent.class, listener);
    }

    /** The student clicked a data point. */
    @DomEvent("point-picked")
    public static class PointPickedEvent extends ComponentEvent<Chart> {
        private final int seriesIndex;
        private final int dataIndex;

        public PointPickedEvent(Chart source, boolean fromClient,
                @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.dataIndex") int dataIndex) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataIndex() {
            return dataIndex;
        }
    }

    private static double roundOut(double v, boolean up) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(Math.abs(v))) - 1);
        return (up ? Math.ceil(v / unit) : Math.floor(v / unit)) * unit;
    }

    // Every level as polylines of one "lines" series; a level's value is its name, shown on hover.
    private static String isolines(String valueName, List<Isoline> isolines) {
        StringBuilder data = new StringBuilder();
        for (Isoline l : isolines) {
            for (int p = 0; p < l.xs().size(); p++) {
                double[] x = l.xs().get(p);
                double[] y = l.ys().get(p);
                StringBuilder coords = new StringBuilder();
                for (int k = 0; k < x.length; k++) {
                    coords.append(coords.isEmpty() ? "" : ",").append('[').append(num(x[k])).append(',')
                            .append(num(y[k])).append(']');
                }
                data.append(data.isEmpty() ? "" : ",").append("{\"name\":")
                        .append(quote(valueName + " = " + Numerals.sig(l.level(), 4)))
                        .append(",\"coords\":[").append(coords).append("]}");
            }
        }
        return "{\"name\":\"level lines\",\"type\":\"lines\",\"coordinateSystem\":\"cartesian2d\",\"polyline\":true,"
                + "\"silent\":false,\"z\":3,\"lineStyle\":{\"color\":\"#4a4a4a\",\"width\":1,\"opacity\":0.75},"
                + "\"emphasis\":{\"lineStyle\":{\"width\":2.5}},\"tooltip\":{\"formatter\":\"{b}\"},\"data\":[" + data + "]}";
    }

    // A field's axes end where the grid ends, so the tiles fill the plot.
    private static String fieldAxis(String name, double[] at) {
        double step = at.length > 1 ? (at[1] - at[0]) / 2 : 0.5;
        return "{\"type\":\"value\",\"name\":" + quote(name) + ",\"nameLocation\":\"middle\",\"nameGap\":28,"
                + "\"min\":" + num(at[0] - step) + ",\"max\":" + num(at[at.length - 1] + step) + ",\"axisLabel\":{\"formatter\":\"{value}\"}}";
    }

    // A linear x axis of lines and points ends at the last data point, not at the next round number past it
    // (a run that stopped at step 430 should not seem to stop short of an axis running to 500).
    private static String endAtData(String axis, Scale scale, List<Series> series) {
        boolean bars = series.stream().anyMatch(s -> s.kind() == Kind.BAR);
        return scale == Scale.LINEAR && !bars ? axis.substring(0, axis.length() - 1) + ",\"max\":\"dataMax\"}" : axis;
    }

    // scale=true lets an axis start away from 0 (loss curves); bar heights are counts and start at 0.
    private static String axis(String name, Scale scale, boolean fitToData) {
        return "{\"type\":\"" + (scale == Scale.LOG ? "log" : "value") + "\",\"name\":" + quote(name)
                + ",\"nameLocation\":\"middle\",\"nameGap\":28,\"scale\":" + fitToData + "}";
    }

    /** A line with more points than this is drawn from its buckets' extremes (a chart is ~700 px wide). */
    static final int MAX_LINE_POINTS = 600;

    /**
     * The indices of a line's points that are drawn: all of them up to {@link #MAX_LINE_POINTS}; beyond, the first
     * and last point and, in each of {@code MAX_LINE_POINTS / 2} buckets, its lowest and highest point in order — so
     * a spike or a divergence stays visible — instead of every point, which would only cost the page and the server.
     */
    static int[] drawn(double[] y) {
        int n = y.length;
        if (n <= MAX_LINE_POINTS) {
            return java.util.stream.IntStream.range(0, n).toArray();
        }
        int buckets = MAX_LINE_POINTS / 2;
        java.util.List<Integer> kept = new java.util.ArrayList<>(MAX_LINE_POINTS + 2);
        kept.add(0);
        for (int b = 0; b < buckets; b++) {
            int from = 1 + (int) ((long) b * (n - 2) / buckets);
            int to = 1 + (int) ((long) (b + 1) * (n - 2) / buckets);
            int lo = -1;
            int hi = -1;
            for (int i = from; i < to; i++) {
                if (!Double.isFinite(y[i])) {
                    continue;
                }
                if (lo < 0 || y[i] < y[lo]) {
                    lo = i;
                }
                if (hi < 0 || y[i] > y[hi]) {
                    hi = i;
                }
            }
            if (lo >= 0) {
                kept.add(Math.min(lo, hi));
                if (hi != lo) {
                    kept.add(Math.max(lo, hi));
                }
            }
        }
        kept.add(n - 1);
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private static String series(Series s) {
        StringBuilder data = new StringBuilder();
        int[] indices = s.kind() == Kind.LINE ? drawn(s.y()) : java.util.stream.IntStream.range(0, s.x().length).toArray();
        for (int i : indices) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                data.append(data.isEmpty() ? "" : ",").append('[').append(num(s.x()[i])).append(',')
                        .append(num(s.y()[i])).append(']');
            }
        }
        return "{\"name\":" + quote(s.name()) + ",\"type\":\"" + s.kind().name().toLowerCase(Locale.ROOT) + "\","
                + "\"showSymbol\":" + (s.kind() != Kind.LINE) + ",\"barMaxWidth\":32,"
                + "\"lineStyle\":{\"type\":\"" + (s.dashed() ? "dashed" : "solid") + "\"},"
                + "\"data\":[" + data + "]}";
    }

    private static final String PALETTE = "[\"#313695\",\"#4575b4\",\"#74add1\",\"#abd9e9\",\"#e0f3f8\","
            + "\"#fee090\",\"#fdae61\",\"#f46d43\",\"#d73027\",\"#a50026\"]";

    private static String num(double v) {
        return Double.toString(v);
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
