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

    public Chart(String accessibleName) {
        getElement().setAttribute("label", accessibleName);
        setWidthFull();
        setHeight("320px");
    }

    /** Replaces what the chart shows. Non-finite points are left out (ECharts cannot draw them). */
    public void show(String xName, Scale xScale, String yName, Scale yScale, List<Series> series) {
        String json = "{\"animation\":false,\"tooltip\":{\"trigger\":\"item\"},\"legend\":{\"top\":0,\"type\":\"scroll\"},"
                + "\"grid\":{\"left\":56,\"right\":16,\"top\":36,\"bottom\":44},"
                + "\"xAxis\":" + axis(xName, xScale, true) + ",\"yAxis\":"
                + axis(yName, yScale, series.stream().noneMatch(s -> s.kind() == Kind.BAR)) + ","
                + "\"series\":[" + series.stream().map(Chart::series).collect(Collectors.joining(",")) + "]}";
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

    // scale=true lets an axis start away from 0 (loss curves); bar heights are counts and start at 0.
    private static String axis(String name, Scale scale, boolean fitToData) {
        return "{\"type\":\"" + (scale == Scale.LOG ? "log" : "value") + "\",\"name\":" + quote(name)
                + ",\"nameLocation\":\"middle\",\"nameGap\":28,\"scale\":" + fitToData + "}";
    }

    private static String series(Series s) {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < s.x().length; i++) {
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
