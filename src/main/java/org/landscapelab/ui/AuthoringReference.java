package org.landscapelab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.landscapelab.lessons.LessonAuthoring;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * What else an author can write: the directives, the HTML the sanitizer keeps and the limits on a lesson file. The
 * lesson engine keeps these lists package-private, so they are restated here and pinned to its behaviour by
 * {@code AuthoringReferenceTest}; the widget and checkpoint names come from the registry.
 */
final class AuthoringReference {

    static final String DIRECTIVES = "directives";
    static final String HTML = "html";
    static final String LIMITS = "limits";

    static final List<String> TEXT_BLOCKS = LessonAuthoring.TEXT_BLOCKS;

    /** Rendered as {@code <details>}: closed until the student opens them. */
    static final List<String> FOLDED = List.of("proof", "hint");

    static final List<String> EXPECT_KEYS = LessonAuthoring.EXPECT_KEYS;

    /** The tags of MarkdownRenderer.SAFELIST (jsoup's relaxed list plus the lab's additions). */
    static final List<String> KEPT_TAGS = List.of(
            ("a abbr aside b blockquote br caption cite code col colgroup dd details div dl dt em figcaption figure"
                            + " h1 h2 h3 h4 h5 h6 hr i img kbd li ol p pre q section small span strike strong sub"
                            + " summary sup table tbody td tfoot th thead tr u ul")
                    .split(" "));

    static final long MAX_FILE_BYTES = LessonAuthoring.MAX_BYTES;

    private AuthoringReference() {}

    static Div directives(WidgetRegistry registry) {
        NativeTableBody body = new NativeTableBody();
        body.add(textBlocks(false, "shown in a frame"));
        body.add(textBlocks(true, "folded until the student opens it"));
        body.add(row(
                code("{<widget>}"),
                text("YAML: id, locked, then the widget's options"),
                links(registry.all(), name -> "widget-" + name)));
        body.add(row(
                code("{checkpoint}"),
                text("YAML: id, type, question, required, then the type's options"),
                links(registry.checkpoints(), CheckpointReference::id)));
        body.add(row(code("{expect}"), text("YAML: " + String.join(", ", EXPECT_KEYS)), text(EXPECT)));
        return part(
                DIRECTIVES, "Directives", intro(), table(List.of("block", "what goes inside", "what it does"), body));
    }

    private static NativeTableRow textBlocks(boolean folded, String shown) {
        Span names = new Span();
        TEXT_BLOCKS.stream().filter(name -> FOLDED.contains(name) == folded).forEach(name -> {
            if (names.getComponentCount() > 0) {
                names.add(", ");
            }
            names.add(code("{" + name + "}"));
        });
        return row(
                names, text("Markdown and formulas; text after the name on the fence line is the title"), text(shown));
    }

    private static final String EXPECT = "nothing: the validator computes the widget named by widget: (an id of a"
            + " widget earlier in the lesson, not a checkpoint) and checks that its summary contains summary-contains"
            + " and that its named values equal values, within tolerance (relative, 0 to 0.01, default 1e-9)";

    private static Paragraph intro() {
        return new Paragraph("A directive is a fenced block whose info string is a name in braces, as in MyST; it"
                + " must be closed by a fence at least as long as the one that opened it. Any other name is refused.");
    }

    static Div html() {
        return part(
                HTML,
                "HTML in lessons",
                new Paragraph("Raw HTML may format a lesson. It is sanitized when the lesson loads, and the validator"
                        + " warns about what a student will not see as written. Kept:"),
                list(
                        "elements: " + String.join(", ", KEPT_TAGS) + ";",
                        "attributes: id, class and title on every element; a: href, rel, target; img: src, alt,"
                                + " width, height, align; blockquote and q: cite; ol: start, type; ul: type; table:"
                                + " summary, width; td and th: abbr, axis, colspan, rowspan, width (th also scope);"
                                + " col and colgroup: span, width;",
                        "links to http, https, mailto and ftp addresses, to #anchors and to paths in the course"
                                + " (relative ones resolve in the lesson's folder); links to other sites open in a"
                                + " new tab;",
                        "images from the lesson's folder, or over http and https (another site's image loads only"
                                + " if an administrator allows its host)."),
                new Paragraph("Removed:"),
                list(
                        "script, style and iframe elements, with their content;",
                        "event handlers (onclick, …), style attributes and every attribute not listed above; the"
                                + " element stays;",
                        "javascript: links and any other scheme (data:, vbscript:): the link loses its address, its"
                                + " text stays;",
                        "forms and their fields (form, input, button, select, textarea), and every other element not"
                                + " listed (video, svg, object, …): the element goes, its text stays;",
                        "data: images: the src goes, so nothing is shown but the alt text."));
    }

    static Div limits() {
        return part(
                LIMITS,
                "Limits",
                list(
                        "lesson.md and course.yml: at most " + String.format(Locale.ROOT, "%,d", MAX_FILE_BYTES)
                                + " bytes each, UTF-8 only; a bigger file or an invalid byte (reported with its line"
                                + " and column) keeps the file from loading;",
                        "a lesson is a folder holding lesson.md; while a save has errors, students keep the last"
                                + " good version, if there is one; removed HTML is only a warning;",
                        "ids: lowercase letters, digits and dashes, starting with a letter, at most 40 characters;"
                                + " unique among the widgets and checkpoints of a lesson;",
                        "{expect} names a widget placed before it in the same lesson, in that step or an earlier one;",
                        "YAML: no duplicate keys, at most 20 aliases;",
                        "symbolic links and files with several hard links are never served;",
                        "the word LABMATHTOKEN is reserved; past 200 problems in a file the rest are only counted."));
    }

    private static Div part(String id, String title, Component... content) {
        Div part = new Div(new H2(title));
        part.add(content);
        part.addClassName("lab-reference-widget");
        part.setId(id);
        return part;
    }

    private static NativeTable table(List<String> headers, NativeTableBody body) {
        NativeTableRow head = new NativeTableRow();
        headers.forEach(h -> head.add(new NativeTableHeaderCell(h)));
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("lab-table");
        return table;
    }

    private static NativeTableRow row(Component... cells) {
        NativeTableRow row = new NativeTableRow();
        for (Component c : cells) {
            row.add(new NativeTableCell(c));
        }
        return row;
    }

    private static Component links(Collection<WidgetSchema> schemas, Function<String, String> id) {
        // in a paragraph, so the theme underlines them as links in text (WCAG 1.4.1)
        return WidgetReferenceView.commaSeparated(new Paragraph(), WidgetReferenceView.links(schemas, id));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }

    private static Code code(String text) {
        return new Code(text);
    }

    private static Span text(String text) {
        return new Span(text);
    }
}
