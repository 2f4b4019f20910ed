package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.landscapelab.widgets.WidgetRegistry;

class LessonAuthoringTest {

    private static final String GOOD = "---\ntitle: Demo\n---\n## One\nText.\n";

    @TempDir
    Path outside;

    private Path dir;
    private LessonAuthoring authoring;

    @BeforeEach
    void lessonsFolder() throws IOException {
        dir = Files.createDirectories(outside.resolve("lessons"));
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [demo]\n");
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("demo/lesson.md"), GOOD);
        authoring = new LessonAuthoring(dir, WidgetRegistry.standard());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../x",
                "..",
                "/tmp/x",
                "x/../../y",
                "demo/../../x",
                "A-lesson",
                "two words",
                "x/y",
                "",
                ".hidden",
                "-x",
                "1x",
                "x.md",
                "x\\y"
            })
    void a_save_to_anything_but_a_lesson_folder_name_is_refused_and_writes_nothing(String folder) throws IOException {
        assertThatThrownBy(() -> authoring.save(folder, GOOD))
                .isInstanceOf(LessonAuthoring.Refused.class)
                .hasMessageContaining("cannot be a lesson folder");

        try (Stream<Path> files = Files.walk(outside)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(outside::relativize)
                            .map(Path::toString))
                    .containsExactlyInAnyOrder("lessons/course.yml", "lessons/demo/lesson.md");
        }
    }

    @Test
    void a_lesson_folder_that_is_a_link_elsewhere_is_refused() throws IOException {
        Path elsewhere = Files.createDirectories(outside.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("linked"), elsewhere);

        assertThatThrownBy(() -> authoring.save("linked", GOOD))
                .isInstanceOf(LessonAuthoring.Refused.class)
                .hasMessageContaining("not a plain folder");
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void text_with_errors_is_refused_with_their_count_and_the_file_keeps_its_text() throws IOException {
        String broken = GOOD.replace("title: Demo", "title: Demo\nminutes: 0\ncolour: red");

        assertThatThrownBy(() -> authoring.save("demo", broken))
                .isInstanceOf(LessonAuthoring.Refused.class)
                .hasMessageStartingWith("fix 2 problems first");
        assertThat(dir.resolve("demo/lesson.md")).hasContent(GOOD);
    }

    @Test
    void a_save_replaces_the_file_and_leaves_no_temporary_file_behind() throws Exception {
        authoring.save("demo", GOOD.replace("Text.", "New text."));

        assertThat(dir.resolve("demo/lesson.md")).hasContent(GOOD.replace("Text.", "New text."));
        try (Stream<Path> files = Files.list(dir.resolve("demo"))) {
            assertThat(files).containsExactly(dir.resolve("demo/lesson.md"));
        }
    }

    @Test
    void a_new_lesson_gets_its_folder_and_never_replaces_one_that_exists() throws Exception {
        authoring.create("saddle-points", LessonAuthoring.template());

        assertThat(dir.resolve("saddle-points/lesson.md")).hasContent(LessonAuthoring.template());
        assertThat(authoring.lessonFolders()).containsExactly("demo", "saddle-points");
        assertThatThrownBy(() -> authoring.create("demo", LessonAuthoring.template()))
                .isInstanceOf(LessonAuthoring.Refused.class)
                .hasMessageContaining("there is a lesson `demo` already");
        assertThat(dir.resolve("demo/lesson.md")).hasContent(GOOD);
    }

    @Test
    void the_template_is_a_draft_without_problems() {
        LessonAuthoring.Preview preview = authoring.preview("new-one", LessonAuthoring.template());

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.lesson())
                .hasValueSatisfying(l -> assertThat(l.draft()).isTrue());
    }

    @Test
    void a_preview_finds_problems_at_their_lines_without_touching_the_file() throws IOException {
        String text = GOOD + "\n```{no-such-widget}\nid: w\n```\n";

        LessonAuthoring.Preview preview = authoring.preview("demo", text);

        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("unknown directive `{no-such-widget}`");
        });
        assertThat(preview.steps().stepAt(7)).contains("one");
        assertThat(dir.resolve("demo/lesson.md")).hasContent(GOOD);
    }

    @Test
    void text_over_the_size_limit_is_neither_parsed_nor_saved() {
        String huge = GOOD + "x".repeat((int) LessonAuthoring.MAX_BYTES);

        assertThat(authoring.preview("demo", huge).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("larger than 1 MB"));
        assertThatThrownBy(() -> authoring.save("demo", huge))
                .isInstanceOf(LessonAuthoring.Refused.class)
                .hasMessageContaining("larger than 1 MB");
    }

    @Test
    void the_text_of_a_lesson_is_read_only_from_inside_the_lessons_folder() throws IOException {
        Files.writeString(outside.resolve("lesson.md"), "secret");

        assertThat(authoring.text("demo")).contains(GOOD);
        assertThat(authoring.text("..")).isEmpty();
        assertThat(authoring.text("/etc")).isEmpty();
        assertThat(authoring.text("missing")).isEmpty();
    }
}
