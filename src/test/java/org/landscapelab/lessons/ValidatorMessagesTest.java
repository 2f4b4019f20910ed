package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.widgets.WidgetRegistry;

/** The course-level problems and the real widgets' own checks, each with its exact message. */
class ValidatorMessagesTest {

    @TempDir
    Path dir;

    private void write(String path, String text) throws IOException {
        Files.createDirectories(dir.resolve(path).getParent());
        Files.writeString(dir.resolve(path), text);
    }

    private List<String> problems() {
        return LessonCatalog.load(dir, WidgetRegistry.standard()).problems().stream()
                .map(LessonProblem::toString)
                .toList();
    }

    private static String lesson(String header, String body) {
        return "---\ntitle: T\nsummary: S\nminutes: 5\n" + header + "---\n" + body;
    }

    @Test
    void a_lesson_missing_from_course_yml_and_a_listed_lesson_missing_from_disk_are_both_reported() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons:\n      - alpha\n      - gamma\n      - alpha\n");
        write("alpha/lesson.md", lesson("", "## S\nx\n"));
        write("beta/lesson.md", lesson("", "## S\nx\n"));

        assertThat(problems())
                .containsExactly(
                        "beta/lesson.md:1:1: lesson `beta` is not listed in course.yml; add it to a part's `lessons:`",
                        "course.yml:4:1: lesson `alpha` is listed twice",
                        "course.yml:5:1: lesson `gamma` is listed but there is no gamma/lesson.md");
    }

    @Test
    void an_unknown_prerequisite_is_reported_at_its_line_with_a_suggestion() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha, beta]\n");
        write("alpha/lesson.md", lesson("", "## S\nx\n"));
        write("beta/lesson.md", lesson("prerequisites: [alpah]\n", "## S\nx\n"));

        assertThat(problems())
                .containsExactly(
                        "beta/lesson.md:5:1: unknown prerequisite `alpah`; expected a lesson folder name — did you mean `alpha`?");
    }

    @Test
    void duplicate_widget_ids_are_reported() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson("", "## S\n```{openness-explorer}\nid: e\n```\n\n```{openness-explorer}\nid: e\n```\n"));

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:11:1: duplicate widget id `e`; every widget in a lesson needs its own `id`");
    }

    @Test
    void the_explorer_refuses_factors_that_cannot_be_multiplied_or_are_too_large() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## S\n```{openness-explorer}\nW1: \"1,0;0,1\"\nW2: \"1,2,3\"\n```\n\n"
                                + "```{openness-explorer}\nW1: [[1,2,3,4,5,6,7]]\n```\n"));

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:8:1: widget `openness-explorer`: W2 must have as many rows as W1 has columns: W1 is 2×2, W2 is 1×3",
                        "alpha/lesson.md:13:1: option `W1` is 1×7; at most 6 rows and columns are allowed");
    }

    @Test
    void hints_are_a_short_list_of_markdown_lines_rendered_with_their_formulas() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        String checkpoint = "```{checkpoint}\ntype: optimum-value\nquestion: Q\n";
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## S\n" + checkpoint + "hints: [\"Look at $W_1$.\", \"**Then** $Y$.\"]\n```\n\n"
                                + checkpoint + "hints: one\n```\n\n"
                                + checkpoint + "hints: [a, b, c, d, e, f]\n```\n\n"
                                + checkpoint + "hints: [\"\"]\n```\n"));

        String refused = "`hints` must be a list of 1 to 5 hints, each a line of Markdown, e.g. `hints: [\"Look at the"
                + " ranks first.\", \"Compare rank W1W2 with them.\"]`";
        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:16:1: " + refused,
                        "alpha/lesson.md:22:1: " + refused,
                        "alpha/lesson.md:28:1: " + refused);

        write(
                "alpha/lesson.md",
                lesson("", "## S\n" + checkpoint + "hints: [\"Look at $W_1$.\", \"**Then** $Y$.\"]\n```\n"));
        Block.Checkpoint c = (Block.Checkpoint) LessonCatalog.load(dir, WidgetRegistry.standard())
                .find("alpha")
                .orElseThrow()
                .steps()
                .getFirst()
                .blocks()
                .getFirst();
        assertThat(c.hintsHtml()).hasSize(2);
        assertThat(c.hintsHtml().get(0)).contains("<lab-math tex=\"W_1\"");
        assertThat(c.hintsHtml().get(1)).contains("<strong>Then</strong>");
    }

    @Test
    void checkpoints_need_a_known_type_and_a_question_and_follow_their_schema() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## S\n```{checkpoint}\ntype: openess-example\nquestion: Q\n```\n\n"
                                + "```{checkpoint}\ntype: openness-example\n```\n\n"
                                + "```{checkpoint}\ntype: openness-example\nquestion: Q\nk: 3\n```\n"));

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:8:1: unknown checkpoint type `openess-example`; known types: "
                                + String.join(
                                        ", ",
                                        WidgetRegistry.standard().checkpoints().stream()
                                                .map(WidgetSchema::name)
                                                .sorted()
                                                .toList())
                                + " — did you mean `openness-example`?",
                        "alpha/lesson.md:12:1: `{checkpoint}` needs `question:`, the text the student answers",
                        "alpha/lesson.md:17:1: widget `openness-example`: k must be below min(m, n) so that Theorem 2 applies;"
                                + " here k = 3, min(m, n) = 3");
    }

    @Test
    void a_checkpoint_whose_question_has_no_answer_is_refused_with_the_reason() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## S\n```{checkpoint}\ntype: openness-example\nquestion: Q\nproperty: equal-ranks-not-open\n"
                                + "m: 3\nk: 1\nn: 3\n```\n\n"
                                + "```{checkpoint}\ntype: certificate-example\nquestion: Q\nwidths: \"1,1,1\"\n```\n\n"
                                + "```{checkpoint}\ntype: certificate-example\nquestion: Q\nwidths: \"1,1,1,1\"\n"
                                + "X: [[1]]\nY: [[0]]\n```\n"));

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:8:1: widget `openness-example`: no pair with equal ranks is not locally open"
                                + " when k = 1 (Sylvester: rank W1W2 ≥ rank W1 + rank W2 − k); take k ≥ 2",
                        "alpha/lesson.md:17:1: widget `certificate-example`: this checkpoint needs depth 3 or more"
                                + " (widths with 4 or 5 entries): its known example, the zero point, is a minimum or a"
                                + " strict saddle at depth 2",
                        "alpha/lesson.md:23:1: widget `certificate-example`: this checkpoint needs YXᵀ ≠ 0: with YXᵀ = 0"
                                + " the zero point, its known example, is a minimum");
    }

    @Test
    void a_symbolic_or_hard_link_in_a_lesson_folder_is_reported_with_its_path() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", lesson("", "## S\nx\n"));
        write("alpha/figures/plot.png", "not really a png");
        Path outside = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-secret.txt"), "secret");
        Files.createSymbolicLink(dir.resolve("alpha/figures/passwd.png"), outside);
        Files.createLink(dir.resolve("alpha/figures/copy.png"), outside);

        assertThat(problems())
                .containsExactly(
                        "alpha/figures/copy.png:0:0: a file with several hard links is never served to students (it may be a "
                                + "file from outside the lessons folder); make it a plain copy",
                        "alpha/figures/passwd.png:0:0: a symbolic link (to " + outside
                                + ") is never served to students; copy " + "the file into the lesson folder instead");
    }

    @Test
    void a_lesson_removed_from_disk_disappears_and_a_renamed_one_appears_under_its_new_name() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", lesson("", "## S\nx\n"));
        LessonCatalog before = LessonCatalog.load(dir, WidgetRegistry.standard());
        Files.move(dir.resolve("alpha"), dir.resolve("omega"));
        write("course.yml", "parts:\n  - title: P\n    lessons: [omega]\n");

        LessonCatalog after = LessonCatalog.load(dir, WidgetRegistry.standard(), before);

        assertThat(after.lessons()).extracting(LessonSummary::slug).containsExactly("omega");
        assertThat(after.find("alpha")).isEmpty();
        assertThat(after.problems()).isEmpty();
    }

    @Test
    void formulas_inside_text_blocks_and_checkpoint_questions_are_checked_at_their_lines() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## S\n```{theorem} About $\\fracc12$\nIt holds: $x^a^b$.\n```\n\n"
                                + "```{checkpoint}\ntype: openness-example\nquestion: |\n  Give $\\left( W$.\n```\n"));

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:7:20: formula `\\fracc12`: unknown command `\\fracc`; KaTeX would reject the formula"
                                + " — did you mean `\\frac`?",
                        "alpha/lesson.md:8:11: formula `x^a^b`: double superscript: a second `^` on the same base; expected one"
                                + " group, e.g. `x^{ab}`, or `{x^a}^b`",
                        "alpha/lesson.md:14:8: formula `\\left( W`: `\\left` is never closed with `\\right`");
    }

    @Test
    void links_to_lessons_and_steps_are_checked_and_relative_links_must_stay_in_the_lesson_folder() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha, beta]\n");
        write("alpha/lesson.md", lesson("", "## S {#start}\nx\n"));
        write("alpha/fig.png", "png");
        write(
                "beta/lesson.md",
                lesson(
                        "",
                        "## S\n[a](/lessons/alpha/start) [b](/lessons/alhpa) [c](/lessons/alpha/strat)"
                                + "\n[d](../alpha/lesson.md) ![e](../alpha/fig.png) ![f](/tmp/fig.png)\n"));

        assertThat(problems())
                .containsExactly(
                        "beta/lesson.md:7:27: link to unknown lesson `alhpa`; expected a lesson folder name — did you mean `alpha`?",
                        "beta/lesson.md:7:47: link to unknown step `strat` of lesson `alpha`; its steps are start — did you mean"
                                + " `start`?",
                        "beta/lesson.md:8:1: link `../alpha/lesson.md` points at another lesson's files; link to a lesson as"
                                + " `/lessons/<folder>` or `/lessons/<folder>/<step-id>`",
                        "beta/lesson.md:8:25: image `../alpha/fig.png` points at another lesson's files; link to a lesson as"
                                + " `/lessons/<folder>` or `/lessons/<folder>/<step-id>`",
                        "beta/lesson.md:8:48: image `/tmp/fig.png` is an absolute path; put the image next to lesson.md and"
                                + " write a relative path such as `figure.png`");
    }

    @Test
    void a_relative_lessons_folder_resolves_images_like_an_absolute_one() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", lesson("", "## S\n![a](figures/a.png)\n"));
        write("alpha/figures/a.png", "png");
        Path relative = Path.of("").toAbsolutePath().relativize(dir);

        assertThat(LessonCatalog.load(relative, WidgetRegistry.standard()).problems())
                .isEmpty();
        assertThat(LessonCatalog.load(Path.of(relative + "/."), WidgetRegistry.standard())
                        .problems())
                .isEmpty();
    }

    @Test
    void a_lesson_cannot_require_itself_or_go_round_in_a_circle() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha, beta, gamma]\n");
        write("alpha/lesson.md", lesson("prerequisites: [alpha]\n", "## S\nx\n"));
        write("beta/lesson.md", lesson("prerequisites: [gamma]\n", "## S\nx\n"));
        write("gamma/lesson.md", lesson("prerequisites: [beta]\n", "## S\nx\n"));

        assertThat(problems())
                .containsExactlyInAnyOrder(
                        "alpha/lesson.md:5:1: lesson `alpha` lists itself as a prerequisite",
                        "beta/lesson.md:5:1: prerequisites go round in a circle: beta → gamma → beta; remove one of them",
                        "gamma/lesson.md:5:1: prerequisites go round in a circle: gamma → beta → gamma; remove one of them");
    }

    @Test
    void an_unclosed_block_a_malformed_step_id_and_a_claim_on_a_broken_widget_are_each_explained() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## Recall {#Recall Step}\nx\n\n```{openness-explorer}\nid: e\nW9: 1\n```\n\n"
                                + "```{expect}\nwidget: e\nvalues: {open: true}\n```\n\n## Next\n```{note}\nnever closed\n"));

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:6:1: step id `Recall Step` is not valid; expected lowercase letters, digits and hyphens"
                                + " starting with a letter, e.g. `{#recall-step}`",
                        "alpha/lesson.md:11:1: unknown option `W9` of widget `openness-explorer`; its options are W1, W2,"
                                + " examples — did you mean `W1`?",
                        "alpha/lesson.md:15:1: claim about widget `e` not checked: the widget has problems (reported above);"
                                + " fix those first",
                        "alpha/lesson.md:20:1: the `{note}` block is never closed, so it swallows the rest of the file; end it"
                                + " with a line of ```");
    }

    @Test
    void a_folder_without_course_yml_is_not_a_lessons_folder() throws IOException {
        write("alpha/lesson.md", lesson("", "## S\nx\n"));

        assertThat(problems())
                .contains("course.yml:0:0: there is no course.yml in " + dir + "; expected the lessons"
                        + " folder itself (course.yml plus one folder per lesson)");
    }

    @Test
    void a_block_left_open_before_the_next_block_is_named_with_both_lines_not_as_a_yaml_error() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson("", "## S\n```{openness-explorer}\nid: a\n\n```{openness-explorer}\nid: b\n```\n" + "text\n"));

        assertThat(problems())
                .containsExactly("alpha/lesson.md:7:1: the `{openness-explorer}` block opened at line 7"
                        + " is not closed before the `{openness-explorer}` block at line 10; end it with a line ``` (as written,"
                        + " the next block's closing fence closes this one and the next block is lost)");
    }

    @Test
    void a_file_that_is_not_utf8_is_reported_at_the_line_and_column_of_its_first_bad_byte() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        byte[] latin1 = lesson("", "## S\nCaf\u00e9 au lait\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.createDirectories(dir.resolve("alpha"));
        Files.write(dir.resolve("alpha/lesson.md"), latin1);

        assertThat(problems())
                .containsExactly("alpha/lesson.md:7:4: the file is not UTF-8 text: byte 0xE9 at byte"
                        + " offset 47 is not valid UTF-8 (was it saved as Latin-1 or Windows-1252?); save it as UTF-8");
    }

    @Test
    void a_broken_header_does_not_hide_the_body_and_problems_come_sorted_by_line_and_column() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                "---\ntitel: T\n---\n## S\n$\\fracc{1}{2}$ and $x^$\n```{openness-explorer}\nW9: 1\n```\n");

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:2:1: unknown front matter key `titel`; expected one of draft, minutes,"
                                + " objectives, prerequisites, sources, summary, title — did you mean `title`?",
                        "alpha/lesson.md:2:1: front matter needs `title:` with the lesson's title",
                        "alpha/lesson.md:5:1: formula `\\fracc{1}{2}`: unknown command `\\fracc`; KaTeX would reject the"
                                + " formula — did you mean `\\frac`?",
                        "alpha/lesson.md:5:20: formula `x^`: `^` has nothing to attach; expected a group after `^`",
                        "alpha/lesson.md:7:1: unknown option `W9` of widget `openness-explorer`; its options are W1, W2,"
                                + " examples — did you mean `W1`?");
    }

    @Test
    void formula_commands_the_page_does_not_trust_are_errors() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", lesson("", "## S\nSee $\\href{https://example.org}{x}$ and $\\htmlId{a}{b}$.\n"));

        assertThat(problems())
                .containsExactly(
                        "alpha/lesson.md:7:5: formula `\\href{https://example.org}{x}`: `\\href` is not allowed in lesson"
                                + " formulas (links, images and HTML attributes from formulas are refused for students'"
                                + " safety); write the link in Markdown outside the formula, e.g. `[text](https://…)`",
                        "alpha/lesson.md:7:41: formula `\\htmlId{a}{b}`: `\\htmlId` is not allowed in lesson formulas"
                                + " (links, images and HTML attributes from formulas are refused for students' safety); leave it"
                                + " out");
    }

    @Test
    void what_the_sanitizer_strips_and_images_from_other_sites_are_warnings_and_the_lesson_is_still_served()
            throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## S\n<script>alert(1)</script>\n\nText <img src=\"x.png\" onerror=\"alert(2)\">"
                                + " and [bad](javascript:alert(3)) and ![pixel](https://tracker.example/p.png)\n\n"
                                + "<div style=\"color:red\"><b>kept</b> <iframe src=\"https://a.example\"></iframe></div>\n\n"
                                + "```{note}\n<span onclick=\"alert(4)\">n</span>\n```\n\n"
                                + "![dot](data:image/png;base64,iVBORw0KGgo=) ![ok](x.png)\n"));
        Files.writeString(dir.resolve("alpha/x.png"), "png");

        LessonCatalog catalog = LessonCatalog.load(dir, WidgetRegistry.standard());
        assertThat(catalog.problems().stream().map(LessonProblem::toString))
                .containsExactly(
                        "alpha/lesson.md:7:1: warning: `<script>` is removed from the page with its content; lessons may use"
                                + " formatting HTML only",
                        "alpha/lesson.md:9:23: warning: attribute `onerror` of `<img>` is removed from the page: lessons cannot"
                                + " run scripts",
                        "alpha/lesson.md:9:47: warning: link `javascript:alert(3)` is removed from the page: only http, https,"
                                + " mailto, ftp and links within the course are kept",
                        "alpha/lesson.md:9:78: warning: image `https://tracker.example/p.png` is on another site: students'"
                                + " browsers load it only if an administrator allows its host (`lab.security.image-hosts`), and"
                                + " that site then sees every student who opens the step; save the image next to lesson.md"
                                + " instead",
                        "alpha/lesson.md:11:6: warning: attribute `style` of `<div>` is removed from the page",
                        "alpha/lesson.md:11:36: warning: `<iframe>` is removed from the page with its content; lessons may use"
                                + " formatting HTML only",
                        "alpha/lesson.md:14:7: warning: attribute `onclick` of `<span>` is removed from the page: lessons cannot"
                                + " run scripts",
                        "alpha/lesson.md:17:1: warning: image `data:image/png;base64,iVBORw0KGgo=` is removed from the"
                                + " page (only its text stays): images may come from http, https or the lesson's folder,"
                                + " not from data: or other schemes; save the image next to lesson.md");
        assertThat(catalog.find("alpha"))
                .as("warnings alone do not stop a lesson being served")
                .isPresent();
    }

    @Test
    void what_the_fuzzer_found_is_reported_as_problems_not_exceptions() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha, beta, gamma]\n");
        // a formula nested 5,000 deep overflowed the checker's stack; YAML `!!binary` that is not base64 escaped
        // SnakeYAML as IllegalArgumentException
        write(
                "alpha/lesson.md",
                lesson(
                        "",
                        "## S\n$" + "{".repeat(5000) + "x" + "}".repeat(5000) + "$\n\n"
                                + "```{openness-explorer}\nid: !!binary AA!A\n```\n"));
        // the engine's own formula marker in the text was taken for a formula, located past the end of the file
        write("beta/lesson.md", lesson("", "## S\nSee LABMATHTOKEN7X here.\n"));
        // thousands of formula problems: the first 200 are listed, the rest counted
        write("gamma/lesson.md", lesson("", "## S\n" + "$\\nope$ ".repeat(300) + "\n"));

        List<String> found = problems();
        assertThat(found)
                .contains(
                        "alpha/lesson.md:7:1: formula `" + "{".repeat(5000) + "x" + "}".repeat(5000)
                                + "`: groups are nested more" + " than 100 deep; simplify the formula",
                        "beta/lesson.md:7:5: `LABMATHTOKEN` is a word the lesson engine reserves; write it another way",
                        "gamma/lesson.md:0:0: stopped after 200 problems: the other 100 formulas were not checked; fix these first");
        assertThat(found)
                .anySatisfy(p -> assertThat(p).startsWith("alpha/lesson.md:10:").contains("invalid YAML"));
        assertThat(found.stream().filter(p -> p.startsWith("gamma/"))).hasSize(201);
    }
}
