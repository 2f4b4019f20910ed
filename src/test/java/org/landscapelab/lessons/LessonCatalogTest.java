package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.widgets.WidgetRegistry;

class LessonCatalogTest {

    @TempDir
    Path dir;

    private void lesson(String slug, String text) throws IOException {
        Files.createDirectories(dir.resolve(slug));
        Files.writeString(dir.resolve(slug).resolve("lesson.md"), text);
    }

    @Test
    void lessons_come_in_the_order_of_course_yml_then_by_slug() throws IOException {
        lesson("alpha", "---\ntitle: Alpha\nsummary: First letter\nminutes: 5\n---\nBody");
        lesson("beta", "---\ntitle: Beta\n---\nBody");
        lesson("gamma", "---\ntitle: Gamma\n---\nBody");
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [gamma, alpha, beta]\n");

        LessonCatalog catalog = LessonCatalog.load(dir, WidgetSchemas.none());

        assertThat(catalog.lessons()).extracting(LessonSummary::slug).containsExactly("gamma", "alpha", "beta");
        assertThat(catalog.course().parts())
                .singleElement()
                .extracting(Course.Part::title)
                .isEqualTo("P");
        assertThat(catalog.lessons().get(1)).isEqualTo(new LessonSummary("alpha", "Alpha", "First letter", 5));
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void a_broken_lesson_is_reported_with_its_line_and_the_others_still_load() throws IOException {
        lesson("good", "---\ntitle: Good\n---\nBody");
        lesson("bad", "---\ntitle: Bad\nminutes: [5\n---\nBody");
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [good, bad]\n");

        LessonCatalog catalog = LessonCatalog.load(dir, WidgetSchemas.none());

        assertThat(catalog.lessons()).extracting(LessonSummary::slug).containsExactly("good");
        assertThat(catalog.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(Path.of("bad", "lesson.md"));
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("invalid YAML");
        });
    }

    @Test
    void a_lesson_without_front_matter_or_title_is_refused_with_what_was_expected() throws IOException {
        lesson("plain", "# Just markdown");
        lesson("untitled", "---\nsummary: no title\n---\nBody");
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [plain, untitled]\n");

        LessonCatalog catalog = LessonCatalog.load(dir, WidgetSchemas.none());

        assertThat(catalog.lessons()).isEmpty();
        assertThat(catalog.problems())
                .extracting(LessonProblem::toString)
                .containsExactlyInAnyOrder(
                        Path.of("plain", "lesson.md")
                                + ":1:1: expected front matter: a first line `---`, then YAML with `title:`",
                        Path.of("untitled", "lesson.md") + ":2:1: front matter needs `title:` with the lesson's title");
    }

    @Test
    void a_missing_lessons_folder_gives_an_empty_catalog_not_a_crash() {
        LessonCatalog catalog = LessonCatalog.load(dir.resolve("nowhere"), WidgetSchemas.none());

        assertThat(catalog.lessons()).isEmpty();
        assertThat(catalog.problems()).hasSize(1);
    }

    @Test
    void the_shipped_lessons_folder_loads_without_problems() {
        LessonCatalog catalog = LessonCatalog.load(Path.of("lessons"), WidgetRegistry.standard());

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.lessons()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.title()).isNotBlank();
            assertThat(l.summary()).isNotBlank();
            assertThat(l.minutes()).isPositive();
        });
    }
}
