package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonParserTest {

    /** A stand-in widget, so the engine is tested without the real ones. */
    static final WidgetSchema EXPLORER = new WidgetSchema() {
        @Override
        public String name() {
            return "openness-explorer";
        }

        @Override
        public String description() {
            return "test widget";
        }

        @Override
        public List<OptionSpec> options() {
            return List.of(
                    OptionSpec.of("W1", OptionType.MATRIX, "[[1]]", "first factor"),
                    OptionSpec.of("W2", OptionType.MATRIX, "[[1]]", "second factor"),
                    OptionSpec.range("k", OptionType.INTEGER, "2", 1, 6, "inner dimension"),
                    OptionSpec.choice("kind", "open", List.of("open", "not-open"), "example kind"));
        }

        @Override
        public Optional<Evaluation> evaluate(Map<String, Object> options) {
            int rows = options.get("W1") instanceof List<?> w1 ? w1.size() : 1;
            return Optional.of(new Evaluation("W1 has " + rows + " rows", Map.of("rows", (double) rows)));
        }

        @Override
        public List<String> check(Map<String, Object> options) {
            return options.containsKey("W1") && options.get("W1") instanceof List<?> w1 && w1.size() > 6
                    ? List.of("W1 has more than 6 rows")
                    : List.of();
        }
    };

    static final WidgetSchemas WIDGETS = new WidgetSchemas() {
        @Override
        public Optional<WidgetSchema> find(String name) {
            return name.equals(EXPLORER.name()) ? Optional.of(EXPLORER) : Optional.empty();
        }

        @Override
        public Collection<WidgetSchema> all() {
            return List.of(EXPLORER);
        }
    };

    @TempDir
    Path root;

    private LessonParser.Result parse(String body) throws IOException {
        Path folder = root.resolve("demo");
        Files.createDirectories(folder);
        return new LessonParser(WIDGETS)
                .parse(folder, Path.of("demo", "lesson.md"), "---\ntitle: Demo\nsummary: s\nminutes: 5\n---\n" + body);
    }

    private List<String> problems(String body) throws IOException {
        return parse(body).problems().stream().map(LessonProblem::toString).toList();
    }

    @Test
    void each_level_two_heading_starts_a_step_with_an_id_from_its_title_or_braces() throws IOException {
        Lesson lesson = parse("Intro text.\n\n## First look\nA\n\n## Rank, again {#rank}\nB\n")
                .lesson()
                .orElseThrow();

        assertThat(lesson.steps()).extracting(Step::id).containsExactly("introduction", "first-look", "rank");
        assertThat(lesson.steps()).extracting(Step::title).containsExactly("Introduction", "First look", "Rank, again");
    }

    @Test
    void a_duplicate_step_id_is_reported_at_its_heading() throws IOException {
        assertThat(problems("## A\nx\n\n## A\ny\n"))
                .containsExactly(
                        "demo/lesson.md:9:1: duplicate step id `a`; give one of the steps its own id with `## Title {#other-id}`");
    }

    @Test
    void formulas_become_elements_and_markdown_does_not_touch_their_underscores() throws IOException {
        Lesson lesson = parse(
                        "## S\nLet $W_1 W_2 = Z_{*}$ hold.\n\n$$\n\\min_{W} \\ell(W_1)\n$$\n\nCosts \\$5 and `$x$` stays code.\n")
                .lesson()
                .orElseThrow();
        Document html = Jsoup.parseBodyFragment(
                ((Block.Html) lesson.steps().getFirst().blocks().getFirst()).html());

        assertThat(html.select("lab-math").eachAttr("tex")).containsExactly("W_1 W_2 = Z_{*}", "\\min_{W} \\ell(W_1)");
        assertThat(html.select("lab-math[display]")).hasSize(1);
        assertThat(html.select("code").text()).isEqualTo("$x$");
        assertThat(html.text()).contains("Costs $5");
    }

    @Test
    void formulas_between_fenced_blocks_are_typeset_and_code_inside_fences_is_left_alone() throws IOException {
        Lesson lesson = parse("## S\n```{note}\nFirst $a$.\n```\n\nBetween $b_1$ blocks.\n\n```text\n$not math$\n```\n"
                        + "\nAfter $c$.\n\n````markdown\n```{note}\n$inner$\n```\n````\n\nEnd $d$.\n")
                .lesson()
                .orElseThrow();
        List<String> tex = new ArrayList<>();
        for (Block b : lesson.steps().getFirst().blocks()) {
            if (b instanceof Block.Html h) {
                tex.addAll(Jsoup.parseBodyFragment(h.html()).select("lab-math").eachAttr("tex"));
            }
        }
        assertThat(tex).containsExactly("a", "b_1", "c", "d");
    }

    @Test
    void an_unbalanced_formula_is_reported_at_its_line() throws IOException {
        assertThat(problems("## S\nfine $a$\n\nbad $\\frac{1}{2$ here\n"))
                .containsExactly("demo/lesson.md:9:5: formula `\\frac{1}{2`: 1 `{` not closed; expected `}`");
    }

    @Test
    void text_directives_render_in_labelled_frames_and_proofs_and_hints_fold() throws IOException {
        Lesson lesson = parse("## S\n```{theorem} Theorem 2 (NR)\nIf $k < m$ then **so**.\n```\n\n"
                        + "```{proof}\nBy rank.\n```\n\n```{hint}\nLook at $N(W_1)$.\n```\n")
                .lesson()
                .orElseThrow();
        Document html = Jsoup.parseBodyFragment(lesson.steps().getFirst().blocks().stream()
                .map(b -> ((Block.Html) b).html())
                .reduce("", String::concat));

        assertThat(html.select("section.lab-theorem .lab-directive-title").text())
                .isEqualTo("Theorem 2 (NR)");
        assertThat(html.select("section.lab-theorem lab-math").attr("tex")).isEqualTo("k < m");
        assertThat(html.select("details.lab-proof summary").text()).isEqualTo("Proof");
        assertThat(html.select("details.lab-hint summary").text()).isEqualTo("Show a hint");
        assertThat(html.select("details.lab-hint lab-math").attr("tex")).isEqualTo("N(W_1)");
    }

    @Test
    void an_unknown_directive_gets_a_did_you_mean() throws IOException {
        assertThat(problems("## S\n```{openess-explorer}\nW1: [[1]]\n```\n"))
                .containsExactly(
                        "demo/lesson.md:7:1: unknown directive `{openess-explorer}` — did you mean `openness-explorer`?");
    }

    @Test
    void a_widget_directive_becomes_a_block_with_its_options() throws IOException {
        Lesson lesson = parse("## S\nBefore.\n\n```{openness-explorer}\nid: explorer\nW1: [[1, 0], [0, 1]]\n"
                        + "W2: \"1,0;0,1\"\nk: 2\nlocked: [W2]\n```\n\nAfter.\n")
                .lesson()
                .orElseThrow();

        List<Block> blocks = lesson.steps().getFirst().blocks();
        assertThat(blocks).hasSize(3);
        Block.Widget w = (Block.Widget) blocks.get(1);
        assertThat(w.id()).isEqualTo("explorer");
        assertThat(w.options()).containsEntry("k", 2).containsEntry("W2", "1,0;0,1");
        assertThat(w.locked()).containsExactly("W2");
        assertThat(w.line()).isEqualTo(9);
    }

    @Test
    void widget_options_are_checked_against_the_schema_with_locations() throws IOException {
        assertThat(
                        problems(
                                "## S\n```{openness-explorer}\nW3: [[1]]\nk: 9\nkind: opn\nW1: [[1, 2], [3]]\nlocked: [W4]\n```\n"))
                .containsExactly(
                        "demo/lesson.md:8:1: unknown option `W3` of widget `openness-explorer`; its options are W1, W2, k, kind"
                                + " — did you mean `W1`?",
                        "demo/lesson.md:9:1: option `k` must be a whole number from 1 to 6, not `9`",
                        "demo/lesson.md:10:1: option `kind` must be one of open, not-open, not `opn` — did you mean `open`?",
                        "demo/lesson.md:11:1: option `W1`: row 2 has 1 entries but row 1 has 2; every row needs the same number",
                        "demo/lesson.md:12:1: `locked` names `W4`, which is not an option — did you mean `W1`?");
    }

    @Test
    void bad_yaml_in_a_widget_is_located_in_the_lesson_file() throws IOException {
        assertThat(problems("## S\n```{openness-explorer}\nk: 2\nW1: [[1, 0]\n```\n"))
                .singleElement()
                .asString()
                .startsWith("demo/lesson.md:10:")
                .contains("invalid YAML");
    }

    @Test
    void the_widgets_own_check_runs_after_the_type_checks() throws IOException {
        assertThat(problems("## S\n```{openness-explorer}\nW1: [[1],[1],[1],[1],[1],[1],[1]]\n```\n"))
                .containsExactly("demo/lesson.md:8:1: widget `openness-explorer`: W1 has more than 6 rows");
    }

    @Test
    void a_broken_relative_link_or_image_is_reported_and_an_existing_one_is_served_from_the_lesson()
            throws IOException {
        Files.createDirectories(root.resolve("demo/figures"));
        Files.writeString(root.resolve("demo/figures/ok.png"), "png");
        LessonParser.Result result =
                parse("## S\n![ok](figures/ok.png) and ![gone](figures/gone.png) [web](https://x.org)\n");

        assertThat(result.problems())
                .extracting(LessonProblem::toString)
                .containsExactly(
                        "demo/lesson.md:7:27: broken image: `figures/gone.png` does not exist next to lesson.md"
                                + " (paths are relative to the lesson's folder)");
        String html = ((Block.Html) result.lesson()
                        .orElseThrow()
                        .steps()
                        .getFirst()
                        .blocks()
                        .getFirst())
                .html();
        assertThat(html).contains("src=\"/lesson-files/demo/figures/ok.png\"");
    }

    @Test
    void unknown_front_matter_keys_and_bad_minutes_are_reported() throws IOException {
        Path folder = root.resolve("demo");
        Files.createDirectories(folder);
        LessonParser.Result result = new LessonParser(WIDGETS)
                .parse(
                        folder,
                        Path.of("demo", "lesson.md"),
                        "---\ntitle: Demo\nsumary: s\nminutes: lots\n---\n## S\nx\n");

        assertThat(result.problems())
                .extracting(LessonProblem::toString)
                .containsExactly(
                        "demo/lesson.md:3:1: unknown front matter key `sumary`; expected one of draft, minutes,"
                                + " objectives, prerequisites, sources, summary, title — did you mean `summary`?",
                        "demo/lesson.md:4:1: `minutes` must be a whole number from 1 to 600 (the estimated time), not `lots`");
    }

    @Test
    void an_expect_claim_that_holds_passes_silently() throws IOException {
        assertThat(problems("## S\n```{openness-explorer}\nid: e\nW1: [[1], [2]]\n```\n\n"
                        + "```{expect}\nwidget: e\nsummary-contains: \"2 rows\"\nvalues: {rows: 2}\n```\n"))
                .isEmpty();
    }

    @Test
    void an_expect_claim_that_the_widget_contradicts_is_reported_with_what_it_shows() throws IOException {
        assertThat(problems("## S\n```{openness-explorer}\nid: e\nW1: [[1], [2]]\n```\n\n"
                        + "```{expect}\nwidget: e\nsummary-contains: \"3 rows\"\nvalues: {rows: 3, cols: 1}\n```\n"))
                .containsExactly(
                        "demo/lesson.md:14:1: claim about `e` fails: its summary does not contain \"3 rows\"; it reads \"W1 has 2 rows\"",
                        "demo/lesson.md:15:1: claim about `e` fails: `rows` is 2, not 3",
                        "demo/lesson.md:15:1: claim about `e` fails: it has no value `cols`; it has rows");
    }

    @Test
    void an_expect_claim_must_name_a_widget_placed_before_it() throws IOException {
        assertThat(
                        problems(
                                "## S\n```{openness-explorer}\nid: explorer\n```\n\n```{expect}\nwidget: explore\nvalues: {rows: 1}\n```\n"))
                .containsExactly(
                        "demo/lesson.md:12:1: `{expect}` names widget `explore`, but no widget before it has that id"
                                + " — did you mean `explorer`?");
    }
}
