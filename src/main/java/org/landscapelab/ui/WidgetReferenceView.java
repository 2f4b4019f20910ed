package org.landscapelab.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetRegistry;

/** For instructors: every widget, its options with defaults and ranges, and a live instance. Generated from code. */
@Route("widgets")
@PageTitle("Widget reference · Landscape Lab")
@AnonymousAllowed
class WidgetReferenceView extends Main {

    WidgetReferenceView(WidgetRegistry widgets) {
        addClassNames("lab-page", "lab-reference");
        add(
                Formula.ensureLoaded(),
                new H1("Widget reference"),
                new Paragraph("Put a widget in a lesson with a fenced"
                        + " block whose info string is its name in braces; the options go inside as YAML. This page is built from"
                        + " the widgets' own schemas, so it is always current."),
                new Paragraph(Background.shareSentence()));
        widgets.all().forEach(schema -> widgets.widget(schema.name()).ifPresent(this::describe));
    }

    private void describe(Widget widget) {
        Div section = new Div();
        section.addClassName("lab-reference-widget");
        section.setId("widget-" + widget.name());
        section.add(
                new H2(widget.name()),
                new Paragraph(widget.description()),
                example(widget),
                table(widget.options()),
                new RouterLink(
                        "Open in the playground", PlaygroundView.class, new RouteParameters("widget", widget.name())));
        Div live = new Div(
                widget.create(new WidgetContext(widget.name(), Map.of(), List.of(), Map.of(), widget.name() + ".")));
        live.addClassName("lab-reference-live");
        section.add(live);
        add(section);
    }

    private static Pre example(Widget widget) {
        StringBuilder yaml = new StringBuilder("```{" + widget.name() + "}\nid: my-" + widget.name() + "\n");
        widget.options()
                .forEach(o ->
                        yaml.append(o.name()).append(": ").append(yamlValue(o)).append('\n'));
        return new Pre(yaml.append("```").toString());
    }

    private static String yamlValue(OptionSpec o) {
        return switch (o.type()) {
            case MATRIX, TEXT -> "\"" + o.defaultValue() + "\"";
            default -> o.defaultValue();
        };
    }

    private static NativeTable table(List<OptionSpec> options) {
        NativeTableRow head = new NativeTableRow();
        for (String h : List.of("option", "type", "default", "allowed", "what it does")) {
            head.add(new NativeTableHeaderCell(h));
        }
        NativeTableBody body = new NativeTableBody();
        for (OptionSpec o : options) {
            body.add(new NativeTableRow(
                    new NativeTableCell(new Code(o.name())),
                    new NativeTableCell(o.type().name().toLowerCase()),
                    new NativeTableCell(new Code(o.defaultValue())),
                    new NativeTableCell(o.allowed()),
                    new NativeTableCell(o.doc())));
        }
        body.add(new NativeTableRow(
                new NativeTableCell(new Code("id")),
                new NativeTableCell("text"),
                new NativeTableCell("name-N"),
                new NativeTableCell("lowercase letters, digits, dashes"),
                new NativeTableCell("the instance's name in links: ?<id>.<option>=value")));
        body.add(new NativeTableRow(
                new NativeTableCell(new Code("locked")),
                new NativeTableCell("names"),
                new NativeTableCell("[]"),
                new NativeTableCell("option names"),
                new NativeTableCell("options the student cannot change")));
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("lab-table");
        return table;
    }
}
