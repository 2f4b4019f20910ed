package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.lessons.Block;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * The lesson engine keeps its lists of directives, {@code {expect}} keys, kept HTML and limits to itself; the
 * reference restates them, and these tests hold the restatement to what the engine does with a lesson file.
 */
class AuthoringReferenceTest {

    private static final WidgetRegistry REGISTRY = WidgetRegistry.standard();
    private static final String HEADER = "---\ntitle: Probe\n---\n## Step\n\n";

    @TempDir
    Path dir;

    private LessonCatalog load(byte[] lesson) throws IOException {
        Files.createDirectories(dir.resolve("probe"));
        Files.write(dir.resolve("probe/lesson.md"), lesson);
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [probe]\n");
        return LessonCatalog.load(dir, REGISTRY);
    }

    private LessonCatalog load(String body) throws IOException {
        return load((HEADER + body + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private List<String> messages(String body) throws IOException {
        return load(body).problems().stream().map(LessonProblem::message).toList();
    }

    private String html(String body) throws IOException {
        return load(body).find("probe").orElseThrow().steps().stream()
                .flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Html)
                .map(b -> ((Block.Html) b).html())
                .collect(Collectors.joining());
    }

    @Test
    void the_directives_named_are_exactly_those_the_parser_knows() throws IOException {
        List<String> known = new ArrayList<>(AuthoringReference.TEXT_BLOCKS);
        known.addAll(List.of("expect", "checkpoint"));
        REGISTRY.all().stream().map(WidgetSchema::name).forEach(known::add);

        assertThat(messages("```{qqqqqqqqqqqqqqqq}\ntext\n```"))
                .contains("unknown directive `{qqqqqqqqqqqqqqqq}`; known directives: "
                        + String.join(", ", known.stream().sorted().toList()));
    }

    @Test
    void the_folded_text_blocks_and_only_they_render_closed() throws IOException {
        for (String name : AuthoringReference.TEXT_BLOCKS) {
            String html = html("```{" + name + "}\nSome text.\n```");

            assertThat(html.startsWith("<details")).as(name).isEqualTo(AuthoringReference.FOLDED.contains(name));
        }
    }

    @Test
    void expect_takes_the_keys_named() throws IOException {
        assertThat(messages("```{openness-explorer}\nid: e\n```\n\n```{expect}\nwidget: e\nbogus: 1\n```"))
                .anyMatch(m -> m.startsWith("unknown key `bogus` in `{expect}`; expected "
                        + String.join(", ", AuthoringReference.EXPECT_KEYS)));
    }

    @Test
    void an_expect_before_its_widget_is_refused() throws IOException {
        assertThat(messages("```{expect}\nwidget: e\nvalues: {open: false}\n```\n\n```{openness-explorer}\nid: e\n```"))
                .anyMatch(m -> m.contains("no widget before it has that id"));
    }

    @Test
    void the_sanitizer_keeps_exactly_the_elements_named() throws IOException {
        String kept = html("<div><table><caption>c</caption><colgroup><col></colgroup><thead><tr><th>h</th></tr>"
                + "</thead><tbody><tr><td>d</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table></div>\n\n"
                + "<section><aside><figure><figcaption>f</figcaption></figure></aside></section>\n\n"
                + "<details><summary>s</summary><dl><dt>t</dt><dd>d</dd></dl></details>\n\n"
                + "<blockquote><pre><code>c</code></pre></blockquote><ol><li>a</li></ol><ul><li>b</li></ul>\n\n"
                + "<h1>1</h1><h2>2</h2><h3>3</h3><h4>4</h4><h5>5</h5><h6>6</h6><hr>\n\n"
                + "<p><a href=\"#x\">a</a> <abbr>a</abbr> <b>b</b> <br> <cite>c</cite> <em>e</em> <i>i</i>"
                + " <img src=\"https://example.org/x.png\" alt=\"x\"> <kbd>k</kbd> <q>q</q> <small>s</small>"
                + " <span>s</span> <strike>s</strike> <strong>s</strong> <sub>s</sub> <sup>s</sup> <u>u</u></p>");
        String removed = html("<p>"
                + String.join(
                        " ",
                        REMOVED.stream().map(t -> "<" + t + ">x</" + t + ">").toList()) + "</p>");

        assertThat(AuthoringReference.KEPT_TAGS)
                .allSatisfy(tag -> assertThat(kept).containsPattern("<" + tag + "[ >]"));
        assertThat(REMOVED).allSatisfy(tag -> assertThat(removed).doesNotContainPattern("<" + tag + "[ >]"));
    }

    private static final List<String> REMOVED = List.of(
            "form",
            "input",
            "button",
            "select",
            "textarea",
            "label",
            "video",
            "audio",
            "svg",
            "math",
            "object",
            "embed",
            "iframe",
            "script",
            "style",
            "template",
            "noscript",
            "mark",
            "s",
            "del",
            "ins",
            "font",
            "center",
            "nav",
            "header",
            "footer",
            "main",
            "article",
            "time",
            "dialog",
            "canvas",
            "link",
            "meta");

    @Test
    void the_sanitizer_removes_what_the_reference_says_and_keeps_the_rest() throws IOException {
        String html =
                html("<script>alert(1)</script>\n\n<style>p {}</style>\n\n<iframe src=\"https://e.org\">if</iframe>\n\n"
                        + "<p onclick=\"x()\" style=\"color: red\" data-x=\"1\" title=\"t\">p</p>\n\n"
                        + "[js](javascript:alert(1)) [ftp](ftp://e.org/f) [mail](mailto:a@e.org) [web](https://e.org)\n\n"
                        + "<form><input value=\"v\"><button>press</button><textarea>area</textarea></form>\n\n"
                        + "![pixel](data:image/png;base64,AAAA)");

        assertThat(html)
                .doesNotContain("alert", "p {}", ">if<", "onclick", "color: red", "data-x", "javascript", "data:")
                .contains("<p title=\"t\">p</p>", "<a>js</a>", "href=\"ftp://e.org/f\"", "href=\"mailto:a@e.org\"")
                .contains("href=\"https://e.org\" rel=\"noopener noreferrer\" target=\"_blank\"")
                .contains("press", "area", "<img alt=\"pixel\">");
    }

    @Test
    void a_file_over_the_size_limit_is_refused_and_one_at_it_is_read() throws IOException {
        byte[] at = (HEADER + "x".repeat((int) AuthoringReference.MAX_FILE_BYTES - HEADER.length()))
                .getBytes(StandardCharsets.UTF_8);
        byte[] over = (HEADER + "x".repeat((int) AuthoringReference.MAX_FILE_BYTES - HEADER.length() + 1))
                .getBytes(StandardCharsets.UTF_8);

        assertThat(load(at).find("probe")).isPresent();
        assertThat(load(over).problems()).anyMatch(p -> p.message().contains("larger than"));
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() throws IOException {
        byte[] latin1 = (HEADER + "Caf\u00e9").getBytes(StandardCharsets.ISO_8859_1);

        assertThat(load(latin1).problems()).anyMatch(p -> p.message().startsWith("the file is not UTF-8 text"));
    }

    @Test
    void ids_may_have_forty_characters_and_no_more() throws IOException {
        assertThat(messages("```{openness-explorer}\nid: a" + "b".repeat(39) + "\n```"))
                .isEmpty();
        assertThat(messages("```{openness-explorer}\nid: a" + "b".repeat(40) + "\n```"))
                .anyMatch(m -> m.startsWith("`id` must be lowercase letters"));
    }
}
