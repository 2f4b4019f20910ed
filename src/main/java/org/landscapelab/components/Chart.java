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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.landscapelab.components.EChartsOption.Axis;
import org.landscapelab.components.EChartsOption.Axis3D;
import org.landscapelab.components.EChartsOption.ColourBar;
import org.landscapelab.components.EChartsOption.DataAxis;
import org.landscapelab.components.EChartsOption.Grid;
import org.landscapelab.components.EChartsOption.GridAxis;
import org.landscapelab.components.EChartsOption.Layer;
import org.landscapelab.components.EChartsOption.Layer3D;
import org.landscapelab.components.EChartsOption.LevelLine;
import org.landscapelab.components.EChartsOption.LevelLines;
import org.landscapelab.components.EChartsOption.Line3D;
import org.landscapelab.components.EChartsOption.Plot;
import org.landscapelab.components.EChartsOption.Plot3D;
import org.landscapelab.components.EChartsOption.Points;
import org.landscapelab.components.EChartsOption.Surface;
import org.landscapelab.components.EChartsOption.SurfaceColours;
import org.landscapelab.components.EChartsOption.Tiles;

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
    public enum Kind {
        LINE,
        SCATTER,
        BAR
    }

    /** Which scale an axis uses. */
    public enum Scale {
        LINEAR,
        LOG
    }

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
        boolean bars = series.stream().anyMatch(s -> s.kind() == Kind.BAR);
        // A linear x axis of lines and points ends at the last data point, not at the next round number past it
        // (a run that stopped at step 430 should not seem to stop short of an axis running to 500). Scale lets an
        // axis start away from 0 (loss curves); bar heights are counts and start at 0.
        Axis x = new DataAxis(xName, xScale == Scale.LOG, true, xScale == Scale.LINEAR && !bars);
        Axis y = new DataAxis(yName, yScale == Scale.LOG, !bars, false);
        setOption(new Plot(
                new Grid(56, 16, 36, 44),
                null,
                x,
                y,
                series.stream().<Layer>map(Chart::points).toList()));
    }

    /**
     * A scalar field on a grid as coloured tiles, its level lines drawn over them (hover one for its value), and
     * further lines (e.g. a trajectory) on top.
     *
     * @param values values[j][i] at (xs[i], ys[j])
     */
    public void showField(
            String xName,
            String yName,
            String valueName,
            double[] xs,
            double[] ys,
            double[][] values,
            List<Isoline> isolines,
            List<Series> overlays) {
        double min = Double.POSITIVE_INFINITY;
        List<double[]> tiles = new ArrayList<>(xs.length * ys.length);
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                double v = values[j][i];
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    tiles.add(new double[] {xs[i], ys[j], v});
                }
            }
        }
        // Colours run up to the 95th percentile: a few huge values at the corners would otherwise wash out the
        // structure near the run; larger values share the top colour (the tooltip still shows each value).
        double max = colourCap(values);
        if (!(max > min)) {
            max = min + 1;
        }
        int tile = (int) Math.ceil(440.0 / Math.max(xs.length, 1)) + 1;
        List<Layer> layers = new ArrayList<>();
        layers.add(new Tiles(valueName, xs.length, ys.length, tile, tiles.toArray(double[][]::new)));
        if (!isolines.isEmpty()) {
            layers.add(levelLines(valueName, isolines));
        }
        overlays.stream().map(Chart::points).forEach(layers::add);
        setOption(new Plot(
                new Grid(56, 16, 36, 84), new ColourBar(min, max), gridAxis(xName, xs), gridAxis(yName, ys), layers));
    }

    /**
     * A surface z = values[j][i] over (xs[i], ys[j]) in a rotatable 3-D box (echarts-gl, WebGL), with paths on
     * it. Values above {@code zCap} are drawn at the cap, so a few huge corners do not flatten the rest; the
     * caller says so in {@code zName}.
     */
    public void showSurface(
            String xName,
            String yName,
            String zName,
            double[] xs,
            double[] ys,
            double[][] values,
            double zCap,
            List<Path3D> paths) {
        double zMin = Double.POSITIVE_INFINITY;
        Object[][] data = new Object[xs.length * ys.length][];
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                double v = values[j][i];
                if (Double.isFinite(v)) {
                    zMin = Math.min(zMin, v);
                }
                data[j * xs.length + i] = new Object[] {xs[i], ys[j], Double.isFinite(v) ? Math.min(v, zCap) : "-"};
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
        List<Layer3D> layers = new ArrayList<>();
        layers.add(new Surface(zName, ys.length, xs.length, data));
        for (Path3D p : paths) {
            List<double[]> points = new ArrayList<>(p.x().length);
            for (int k = 0; k < p.x().length; k++) {
                if (Double.isFinite(p.x()[k]) && Double.isFinite(p.y()[k]) && Double.isFinite(p.z()[k])) {
                    points.add(new double[] {p.x()[k], p.y()[k], Math.min(p.z()[k], zCap) + lift});
                }
            }
            layers.add(new Line3D(p.name(), points.toArray(double[][]::new)));
        }
        setOption(new Plot3D(
                new SurfaceColours(zMin, zMax),
                new Axis3D(xName),
                new Axis3D(yName),
                new Axis3D("value", zName, zMin, zMax),
                layers));
    }

    private void setOption(Object option) {
        getElement().setProperty("option", EChartsOption.json(option));
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

        public PointPickedEvent(
                Chart source,
                boolean fromClient,
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

    // Every polyline of every level in one "lines" series; a level's value is its polylines' name.
    private static LevelLines levelLines(String valueName, List<Isoline> isolines) {
        List<LevelLine> lines = new ArrayList<>();
        for (Isoline l : isolines) {
            String name = valueName + " = " + Numerals.sig(l.level(), 4);
            for (int p = 0; p < l.xs().size(); p++) {
                double[] x = l.xs().get(p);
                double[] y = l.ys().get(p);
                double[][] coords = new double[x.length][];
                for (int k = 0; k < x.length; k++) {
                    coords[k] = new double[] {x[k], y[k]};
                }
                lines.add(new LevelLine(name, coords));
            }
        }
        return new LevelLines(lines);
    }

    // A field's axes end where the grid ends, so the tiles fill the plot.
    private static GridAxis gridAxis(String name, double[] at) {
        double step = at.length > 1 ? (at[1] - at[0]) / 2 : 0.5;
        return new GridAxis(name, at[0] - step, at[at.length - 1] + step);
    }

    /** The 95th percentile (lower value) of the finite values, where a field's colours end; NaN if none is finite. */
    static double colourCap(double[][] values) {
        // here, not numerics' Contours.quantile (the same rule): components may not import numerics (ArchitectureTest)
        double[] sorted = Arrays.stream(values)
                .flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite)
                .sorted()
                .toArray();
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
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
            return IntStream.range(0, n).toArray();
        }
        int buckets = MAX_LINE_POINTS / 2;
        List<Integer> kept = new ArrayList<>(MAX_LINE_POINTS + 2);
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

    private static Points points(Series s) {
        int[] indices = s.kind() == Kind.LINE
                ? drawn(s.y())
                : IntStream.range(0, s.x().length).toArray();
        List<double[]> data = new ArrayList<>(indices.length);
        for (int i : indices) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                data.add(new double[] {s.x()[i], s.y()[i]});
            }
        }
        String type = s.kind().name().toLowerCase(Locale.ROOT);
        return new Points(s.name(), type, s.dashed(), data.toArray(double[][]::new));
    }
}
