package org.landscapelab.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * A {@link Chart} with what every chart of the course offers: PNG and SVG export, and the same data as a table
 * (for screen readers and for reading exact values), at most {@value #TABLE_ROWS} rows per series.
 */
public class ChartPanel extends Div {

    static final int TABLE_ROWS = 60;
    private static final String HEIGHT = "320px";
    private static final String SURFACE_HEIGHT = "440px";

    private final Chart chart;
    private final Details table = new Details("Data table");
    private final Button svg;

    public ChartPanel(String accessibleName, String fileName) {
        this.chart = new Chart(accessibleName);
        addClassName("lab-chart-panel");
        Button png = new Button("PNG", e -> chart.export("png", fileName));
        svg = new Button("SVG", e -> chart.export("svg", fileName));
        for (Button b : List.of(png, svg)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.getElement().setAttribute("aria-label", "Download the chart " + accessibleName + " as " + b.getText());
        }
        Div tools = new Div(png, svg);
        tools.addClassName("lab-chart-tools");
        table.addClassName("lab-chart-table");
        // The table is built when a reader opens it and dropped when they close it: a trainer's table holds
        // thousands of cells, which every student's page would otherwise keep on the server (the load harness
        // measured ~1.4 MiB per trainer page with it always built).
        table.addOpenedChangeListener(e -> {
            table.removeAll();
            if (e.isOpened()) {
                fill.run();
            }
        });
        add(chart, tools, table);
    }

    private Runnable fill = () -> {};

    private void fillTable(Runnable builder) {
        fill = builder;
        table.removeAll();
        if (table.isOpened()) {
            builder.run();
        }
    }

    public Chart chart() {
        return chart;
    }

    /** Shows the series in the chart and in the table. */
    public void show(String xName, Chart.Scale xScale, String yName, Chart.Scale yScale, List<Chart.Series> series) {
        chart.show(xName, xScale, yName, yScale, series);
        svg.setVisible(true);
        fillTable(() -> seriesTable(xName, yName, series));
    }

    private void seriesTable(String xName, String yName, List<Chart.Series> series) {
        for (Chart.Series s : series) {
            NativeTableRow head =
                    new NativeTableRow(new NativeTableHeaderCell(xName), new NativeTableHeaderCell(yName));
            NativeTableBody body = new NativeTableBody();
            int n = s.x().length;
            int every = Math.max(1, (n + TABLE_ROWS - 1) / TABLE_ROWS);
            for (int i = 0; i < n; i += every) {
                body.add(new NativeTableRow(new NativeTableCell(fmt(s.x()[i])), new NativeTableCell(fmt(s.y()[i]))));
            }
            NativeTable t = new NativeTable(new NativeTableHeader(head), body);
            t.addClassName("lab-table");
            t.getElement().setAttribute("aria-label", s.name());
            table.add(new Paragraph(s.name() + (every > 1 ? " (every " + ordinal(every) + " point)" : "")), t);
        }
    }

    /**
     * A field with its level lines and further lines over it; the table gives the grid, the levels and the further
     * lines (the field itself is too large to tabulate).
     */
    public void showField(
            String xName,
            String yName,
            String valueName,
            double[] xs,
            double[] ys,
            double[][] values,
            List<Chart.Isoline> isolines,
            List<Chart.Series> overlays) {
        chart.showField(xName, yName, valueName, xs, ys, values, isolines, overlays);
        chart.setHeight(HEIGHT);
        svg.setVisible(true);
        fillTable(() -> describe(xName, yName, valueName, xs, ys, isolines, overlays));
    }

    /** The same field as a 3-D surface (WebGL; PNG export only), with paths on it. */
    public void showSurface(
            String xName,
            String yName,
            String valueName,
            String zName,
            double[] xs,
            double[] ys,
            double[][] values,
            double zCap,
            List<Chart.Path3D> paths) {
        chart.showSurface(xName, yName, zName, xs, ys, values, zCap, paths);
        chart.setHeight(SURFACE_HEIGHT);
        svg.setVisible(false);
        List<Chart.Series> lines = paths.stream()
                .map(p -> new Chart.Series(p.name(), Chart.Kind.LINE, p.x(), p.y(), false))
                .toList();
        fillTable(() -> describe(xName, yName, valueName, xs, ys, List.of(), lines));
    }

    private void describe(
            String xName,
            String yName,
            String valueName,
            double[] xs,
            double[] ys,
            List<Chart.Isoline> isolines,
            List<Chart.Series> overlays) {
        table.add(new Paragraph(valueName + " on a " + xs.length + "×" + ys.length + " grid over [" + fmt(xs[0]) + ", "
                + fmt(xs[xs.length - 1]) + "] × [" + fmt(ys[0]) + ", " + fmt(ys[ys.length - 1]) + "]."));
        if (!isolines.isEmpty()) {
            table.add(new Paragraph("Level lines at " + valueName + " = "
                    + isolines.stream().map(l -> fmt(l.level())).collect(java.util.stream.Collectors.joining(", "))
                    + "."));
        }
        for (Chart.Series s : overlays) {
            NativeTableBody body = new NativeTableBody();
            int every = Math.max(1, (s.x().length + TABLE_ROWS - 1) / TABLE_ROWS);
            for (int i = 0; i < s.x().length; i += every) {
                body.add(new NativeTableRow(new NativeTableCell(fmt(s.x()[i])), new NativeTableCell(fmt(s.y()[i]))));
            }
            NativeTable t = new NativeTable(
                    new NativeTableHeader(
                            new NativeTableRow(new NativeTableHeaderCell(xName), new NativeTableHeaderCell(yName))),
                    body);
            t.addClassName("lab-table");
            table.add(new Paragraph(s.name()), t);
        }
    }

    static String ordinal(int n) {
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Numerals.sig(v, 6);
    }
}
