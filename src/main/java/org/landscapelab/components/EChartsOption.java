package org.landscapelab.components;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parts of an Apache ECharts option (https://echarts.apache.org/en/option.html) that {@link Chart} sends to
 * {@code <lab-chart>}, as records whose component names are ECharts' property names. Only the shapes and the fixed
 * styling live here; which data go where is decided in {@link Chart}. A {@code null} component is left out.
 */
final class EChartsOption {

    private EChartsOption() {}

    // Doubles as Double.toString writes them; a NaN or ±Infinity (only ever a bound) bare, as before the records.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .changeDefaultPropertyInclusion(in -> in.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

    /** The option as the JSON text the element's {@code option} property takes. */
    static String json(Object option) {
        return JSON.writeValueAsString(option);
    }

    /** A 2-D chart: lines, points and bars, or a field with its colour bar and level lines. */
    record Plot(
            boolean animation,
            Tooltip tooltip,
            Legend legend,
            Grid grid,
            @Nullable ColourBar visualMap,
            Axis xAxis,
            Axis yAxis,
            List<Layer> series) {
        Plot(Grid grid, @Nullable ColourBar visualMap, Axis xAxis, Axis yAxis, List<Layer> series) {
            this(false, Tooltip.ITEM, Legend.TOP, grid, visualMap, xAxis, yAxis, series);
        }
    }

    /** A surface in a rotatable box (echarts-gl): the element loads echarts-gl when it sees {@code grid3D}. */
    record Plot3D(
            boolean animation,
            Tooltip tooltip,
            Legend legend,
            SurfaceColours visualMap,
            Axis3D xAxis3D,
            Axis3D yAxis3D,
            Axis3D zAxis3D,
            Grid3D grid3D,
            List<Layer3D> series) {
        Plot3D(SurfaceColours visualMap, Axis3D xAxis3D, Axis3D yAxis3D, Axis3D zAxis3D, List<Layer3D> series) {
            this(false, Tooltip.DEFAULT, Legend.TOP, visualMap, xAxis3D, yAxis3D, zAxis3D, Grid3D.BOX, series);
        }
    }

    record Tooltip(@Nullable String trigger, @Nullable String formatter) {
        static final Tooltip DEFAULT = new Tooltip(null, null);
        static final Tooltip ITEM = new Tooltip("item", null);
        /** The hovered item's name. */
        static final Tooltip NAME = new Tooltip(null, "{b}");
    }

    record Legend(int top, String type) {
        static final Legend TOP = new Legend(0, "scroll");
    }

    /** The plot's margins in pixels; the element sizes a field's tiles from them. */
    record Grid(int left, int right, int top, int bottom) {}

    /** An axis of a 2-D chart. */
    sealed interface Axis permits DataAxis, GridAxis {}

    /**
     * An axis fitted to its data: {@code scale} lets it start away from 0, {@code max} {@code "dataMax"} ends it at
     * the largest value rather than the next round number.
     */
    record DataAxis(
            String type,
            String name,
            String nameLocation,
            int nameGap,
            boolean scale,
            @Nullable String max) implements Axis {
        DataAxis(String name, boolean log, boolean scale, boolean endAtData) {
            this(log ? "log" : "value", name, "middle", 28, scale, endAtData ? "dataMax" : null);
        }
    }

    /** A linear axis over fixed bounds (a field's grid), labelled with plain values. */
    record GridAxis(
            String type, String name, String nameLocation, int nameGap, double min, double max, AxisLabel axisLabel)
            implements Axis {
        GridAxis(String name, double min, double max) {
            this("value", name, "middle", 28, min, max, new AxisLabel("{value}"));
        }
    }

    record AxisLabel(String formatter) {}

    /** The colour scale of a field (series 0, by its third value), drawn as a bar under the plot. */
    record ColourBar(
            String type,
            double min,
            double max,
            int dimension,
            int seriesIndex,
            String orient,
            String left,
            int bottom,
            boolean calculable,
            int precision,
            List<String> text,
            InRange inRange) {
        ColourBar(double min, double max) {
            this(
                    "continuous",
                    min,
                    max,
                    2,
                    0,
                    "horizontal",
                    "center",
                    0,
                    false,
                    3,
                    List.of("high", "low"),
                    InRange.PALETTE);
        }
    }

    /** The colour scale of a surface (series 0, by its height), not drawn: the z axis says the same. */
    record SurfaceColours(boolean show, int dimension, int seriesIndex, double min, double max, InRange inRange) {
        SurfaceColours(double min, double max) {
            this(false, 2, 0, min, max, InRange.PALETTE);
        }
    }

    record InRange(List<String> color) {
        /** ColorBrewer's RdYlBu, reversed: low is blue, high is red. */
        static final InRange PALETTE = new InRange(List.of(
                "#313695", "#4575b4", "#74add1", "#abd9e9", "#e0f3f8", "#fee090", "#fdae61", "#f46d43", "#d73027",
                "#a50026"));
    }

    record LineStyle(
            @Nullable String type,
            @Nullable String color,
            @Nullable Double width,
            @Nullable Double opacity) {}

    record ItemStyle(double opacity) {}

    record Emphasis(LineStyle lineStyle) {}

    /** A series of a 2-D chart. */
    sealed interface Layer permits Points, Tiles, LevelLines {}

    /** Lines, points or bars; {@code data} holds [x, y] pairs. */
    record Points(String name, String type, boolean showSymbol, int barMaxWidth, LineStyle lineStyle, double[][] data)
            implements Layer {
        Points(String name, String type, boolean dashed, double[][] data) {
            this(
                    name,
                    type,
                    !type.equals("line"),
                    32,
                    new LineStyle(dashed ? "dashed" : "solid", null, null, null),
                    data);
        }
    }

    /**
     * A field as square points that meet: {@code data} holds [x, y, value] triples, {@code labTiles} is [columns,
     * rows], our own property, from which the element sizes the tiles to the plot.
     */
    record Tiles(
            String name,
            String type,
            String symbol,
            int[] labTiles,
            int symbolSize,
            ItemStyle itemStyle,
            double[][] data)
            implements Layer {
        Tiles(String name, int columns, int rows, int symbolSize, double[][] data) {
            this(name, "scatter", "rect", new int[] {columns, rows}, symbolSize, new ItemStyle(1), data);
        }
    }

    /** Level lines as the polylines of one series; each is named by its level, which hovering shows. */
    record LevelLines(
            String name,
            String type,
            String coordinateSystem,
            boolean polyline,
            boolean silent,
            int z,
            LineStyle lineStyle,
            Emphasis emphasis,
            Tooltip tooltip,
            List<LevelLine> data)
            implements Layer {
        LevelLines(List<LevelLine> data) {
            this(
                    "level lines",
                    "lines",
                    "cartesian2d",
                    true,
                    false,
                    3,
                    new LineStyle(null, "#4a4a4a", 1.0, 0.75),
                    new Emphasis(new LineStyle(null, null, 2.5, null)),
                    Tooltip.NAME,
                    data);
        }
    }

    /** One polyline, as [x, y] vertices. */
    record LevelLine(String name, double[][] coords) {}

    record Axis3D(
            String type,
            String name,
            @Nullable Double min,
            @Nullable Double max) {
        Axis3D(String name) {
            this("value", name, null, null);
        }
    }

    record Grid3D(ViewControl viewControl, int boxWidth, int boxDepth, int boxHeight) {
        static final Grid3D BOX = new Grid3D(new ViewControl(170, 42, 20), 100, 100, 60);
    }

    /** The camera: its distance (the element moves it back on a narrow screen) and angles in degrees. */
    record ViewControl(int distance, int alpha, int beta) {}

    /** A series of a 3-D chart. */
    sealed interface Layer3D permits Surface, Line3D {}

    /**
     * A surface over a grid of {@code dataShape} [rows, columns]: {@code data} holds [x, y, z] row by row, z being
     * the string {@code "-"} where the value is missing (ECharts' mark for a hole).
     */
    record Surface(String name, String type, String shading, Wireframe wireframe, int[] dataShape, Object[][] data)
            implements Layer3D {
        Surface(String name, int rows, int columns, Object[][] data) {
            this(
                    name,
                    "surface",
                    "color",
                    new Wireframe(true, new LineStyle(null, null, null, 0.25)),
                    new int[] {rows, columns},
                    data);
        }
    }

    record Wireframe(boolean show, LineStyle lineStyle) {}

    /** A path in the box; {@code data} holds [x, y, z] triples. */
    record Line3D(String name, String type, LineStyle lineStyle, double[][] data) implements Layer3D {
        Line3D(String name, double[][] data) {
            this(name, "line3D", new LineStyle(null, "#c6e000", 4.0, null), data);
        }
    }
}
