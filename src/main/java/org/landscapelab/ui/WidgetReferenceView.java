package org.landscapelab.ui;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * For instructors: everything a lesson can hold — every widget and checkpoint type with its options, defaults and
 * allowed values and a live instance, the directives, the HTML kept and the file limits. Generated from code.
 */
@Route(WidgetReferenceView.PATH)
@PageTitle("Widget reference · Landscape Lab")
@AnonymousAllowed
class WidgetReferenceView extends Main {

    static final String PATH = "widgets";

    WidgetReferenceView(WidgetRegistry widgets) {
        addClassNames("lab-page", "lab-reference");
        add(
                Formula.ensureLoaded(),
                new H1("Widget reference"),
                new Paragraph("Put a widget in a lesson with a fenced"
                        + " block whose info string is its name in braces; the options go inside as YAML. This page is built from"
                        + " the widgets' own schemas, so it is always current."),
                new Paragraph(Background.shareSentence()),
                contents(widgets));
        widgets.all().forEach(schema -> widgets.widget(schema.name()).ifPresent(this::describe));
        add(CheckpointReference.section(widgets));
        add(AuthoringReference.directives(widgets), AuthoringReference.html(), AuthoringReference.limits());
        FragmentScroll.keep(this); // lessons/README.md links to /widgets#checkpoint-…
    }

    private static Nav contents(WidgetRegistry widgets) {
        UnorderedList list = new UnorderedList(
                entry("Widgets", links(widgets.all(), name -> "widget-" + name)),
                entry("Checkpoint types", links(widgets.checkpoints(), CheckpointReference::id)),
                entry(
                        "Writing lessons",
                        List.of(
                                link(AuthoringReference.DIRECTIVES, "Directives"),
                                link(AuthoringReference.HTML, "HTML in lessons"),
                                link(AuthoringReference.LIMITS, "Limits"))));
        Nav nav = new Nav(list);
        nav.getElement().setAttribute("aria-label", "On this page");
        return nav;
    }

    private static ListItem entry(String title, List<Anchor> links) {
        return commaSeparated(new ListItem(new Span(title + ": ")), links);
    }

    static <T extends HasComponents> T commaSeparated(T container, List<Anchor> links) {
        for (Anchor link : links) {
            if (link != links.getFirst()) {
                container.add(", ");
            }
            container.add(link);
        }
        return container;
    }

    static List<Anchor> links(Collection<WidgetSchema> schemas, Function<String, String> id) {
        return schemas.stream().map(s -> link(id.apply(s.name()), s.name())).toList();
    }

    // The path and the fragment: Vaadin's <base> is the app's root, so a bare "#id" would leave this page.
    static Anchor link(String id, String text) {
        Anchor link = new Anchor(PATH + "#" + id, text);
        // The browser's own jump to the fragment, which scrolls the layout's content; Vaadin's router would only
        // change the address.
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    private void describe(Widget widget) {
        Div section = new Div();
        section.addClassName("lab-reference-widget");
        section.setId("widget-" + widget.name());
        section.add(
                new H2(widget.name()),
                new Paragraph(widget.description()),
                new Pre(ReferenceYaml.widget(widget.name(), widget.options())),
                OptionTable.of(widget.options(), RESERVED),
                new RouterLink(
                        "Open in the playground", PlaygroundView.class, new RouteParameters("widget", widget.name())));
        Div live = new Div(
                widget.create(new WidgetContext(widget.name(), Map.of(), List.of(), Map.of(), widget.name() + ".")));
        live.addClassName("lab-reference-live");
        section.add(live);
        add(section);
    }

    private static final List<OptionTable.Row> RESERVED = List.of(
            new OptionTable.Row(
                    "id",
                    "text",
                    "name-N",
                    "lowercase letters, digits, dashes",
                    "the instance's name in links: ?<id>.<option>=value"),
            new OptionTable.Row("locked", "names", "[]", "option names", "options the student cannot change"));
}
