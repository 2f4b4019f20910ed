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
        return LessonCatalog.load(dir, WidgetRegistry.standard()).problems().stream().map(LessonProblem::toString).toList();
    }

    private static String lesson(String header, String body) {
        return "---\ntitle: T\nsummary: S\nminutes: 5\n" + header + "---\n" + body;
    }

    @Test
    void a_lesson_missing_from_course_yml_and_a_listed_lesson_missing_from_disk_are_both_reported() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons:\n      - alpha\n      - gamma\n      - alpha\n");
        write("alpha/lesson.md", lesson("", "## S\nx\n"));
        write("beta/lesson.md", lesson("", "## S\nx\n"));

        assertThat(problems()).containsExactly(
                "beta/lesson.md:1:1: lesson `beta` is not listed in course.yml; add it to a part's `lessons:`",
                "course.yml:4:1: lesson `alpha` is listed twice",
                "course.yml:5:1: lesson `gamma` is listed but there is no gamma/lesson.md");
    }

    @Test
    void an_unknown_prerequisite_is_reported_at_its_line_with_a_suggestion() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha, beta]\n");
        write("alpha/lesson.md", lesson("", "## S\nx\n"));
        write("beta/lesson.md", lesson("prerequisites: [alpah]\n", "## S\nx\n"));

        assertThat(problems()).containsExactly(
                "beta/lesson.md:5:1: unknown prerequisite `alpah`; expected a lesson folder name — did you mean `alpha`?");
    }

    @Test
    void duplicate_widget_ids_are_reported() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", lesson("", "## S\n```{openness-explorer}\nid: e\n```\n\n```{openness-explorer}\nid: e\n```\n"));

        assertThat(problems()).containsExactly(
                "alpha/lesson.md:11:1: duplicate widget id `e`; every widget in a lesson needs its own `id`");
    }

    @Test
    void the_explorer_refuses_factors_that_cannot_be_multiplied_or_are_too_large() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", lesson("", "## S\n```{openness-explorer}\nW1: \"1,0;0,1\"\nW2: \"1,2,3\"\n```\n\n"
                + "```{openness-explorer}\nW1: [[1,2,3,4,5,6,7]]\n```\n"));

        assertThat(problems()).containsExactly(
                "alpha/lesson.md:8:1: widget `openness-explorer`: W2 must have as many rows as W1 has columns: W1 is 2×2, W2 is 1×3",
                "alpha/lesson.md:13:1: option `W1` is 1×7; at most 6 rows and columns are allowed");
    }

    @Test
    void checkpoints_need_a_known_type_and_a_question_and_follow_their_schema() throws IOException {
        write("course.yml", "parts:\n  - title: P\n    lessons: [alpha]\n");
        write("alpha/lesson.md", lesson("", "## S\n```{checkpoint}\ntype: openess-example\nquestion: Q\n```\n\n"
                + "```{checkpoint}\ntype: openness-example\n```\n\n"
                + "```{checkpoint}\ntype: openness-example\nquestion: Q\nk: 3\n```\n"));

        assertThat(problems()).containsExactly(
                "alpha/lesson.md:8:1: unknown checkpoint type `openess-example`; known types: " + String.join(", ",
                        WidgetRegistry.standard().checkpoints().stream().map(WidgetSchema::name).sorted().toList())
                        + " — did you mean `openness-example`?",
                "alpha/lesson.md:12:1: `{checkpoint}` needs `question:`, the text the student answers",
                "alpha/lesson.md:17:1: widget `openness-example`: k must be below min(m, n) so that Theorem 2 applies;"
                        + " here k = 3, min(m, n) = 3");
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
}
