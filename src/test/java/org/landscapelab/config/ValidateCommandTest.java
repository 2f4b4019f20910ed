package org.landscapelab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @Test
    void the_shipped_lessons_validate_with_exit_code_zero() {
        assertThat(run("lessons")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("OK: ")
                .containsPattern("lessons? in lessons, no problems\\.");
    }

    @Test
    void each_problem_is_printed_as_path_line_column_message_and_the_exit_code_is_one(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("demo/lesson.md"), "---\ntitle: Demo\n---\n## S\n```{theorm}\nx\n```\n");
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [demo, missing]\n");

        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly(
                        dir.resolve("course.yml")
                                + ":3:1: lesson `missing` is listed but there is no missing/lesson.md",
                        dir.resolve("demo/lesson.md") + ":5:1: unknown directive `{theorm}` — did you mean `theorem`?",
                        "2 problems in the lessons folder " + dir + ".");
    }

    @Test
    void drafts_are_validated_and_counted_as_drafts(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("done"));
        Files.createDirectories(dir.resolve("wip"));
        Files.writeString(dir.resolve("done/lesson.md"), "---\ntitle: Done\n---\n## S\nText.\n");
        Files.writeString(dir.resolve("wip/lesson.md"), "---\ntitle: Wip\ndraft: true\n---\n## S\nText.\n");
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [done]\n");

        assertThat(run(dir.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines())
                .containsExactly("OK: 2 lessons (1 draft) in " + dir + ", no problems.");

        Files.writeString(
                dir.resolve("wip/lesson.md"), "---\ntitle: Wip\ndraft: true\n---\n## S\n```{theorm}\nx\n```\n");
        out.reset();
        assertThat(run(dir.toString())).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains(dir.resolve("wip/lesson.md") + ":6:1: unknown directive `{theorm}`");
    }
}
