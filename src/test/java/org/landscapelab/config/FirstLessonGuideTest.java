package org.landscapelab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Your first lesson in five minutes" in lessons/README.md, done as the guide says: its lesson is the real file
 * docs/first-lesson/first-product/lesson.md, it validates in the shipped course, and the break of step 5 gives the
 * message the guide quotes.
 */
class FirstLessonGuideTest {

    private static final Path GUIDE = Path.of("lessons/README.md");
    private static final Path EXAMPLE = Path.of("docs/first-lesson/first-product/lesson.md");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int validate(String... args) {
        out.reset();
        return ValidateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void the_guide_shows_the_example_file_as_it_is() throws IOException {
        String guide = Files.readString(GUIDE);
        String start = "<!-- first-lesson:start -->\n````markdown\n";
        String block = guide.substring(
                guide.indexOf(start) + start.length(), guide.indexOf("````\n<!-- first-lesson:end -->"));
        assertThat(block).isEqualTo(Files.readString(EXAMPLE));
    }

    @Test
    void the_example_course_validates_and_its_checkpoint_passes_its_variants() {
        assertThat(validate("docs/first-lesson", "--variants", "50"))
                .as(output())
                .isZero();
        assertThat(output())
                .contains("OK: 1 lesson in docs/first-lesson, no problems.")
                .contains("OK: 50 variants of 1 checkpoint (50 distinct questions) checked in");
    }

    @Test
    void steps_two_and_three_add_it_to_the_shipped_course_without_a_problem(@TempDir Path dir) throws IOException {
        Path course = dir.resolve("lessons");
        copy(Path.of("lessons"), course);
        copy(EXAMPLE.getParent(), course.resolve("first-product"));
        Path yml = course.resolve("course.yml");
        Files.writeString(
                yml,
                Files.readString(yml)
                        .replace("      - deep-networks\n", "      - deep-networks\n      - first-product\n"));
        assertThat(Files.readString(yml)).contains("- first-product");

        assertThat(validate(course.toString())).as(output()).isZero();
        assertThat(output()).contains("OK: 4 lessons");
    }

    @Test
    void step_five_breaks_the_claim_with_the_message_the_guide_quotes(@TempDir Path dir) throws IOException {
        copy(Path.of("docs/first-lesson"), dir);
        Path lesson = dir.resolve("first-product/lesson.md");
        String text = Files.readString(lesson);
        assertThat(text).contains("W2: [[0, 0]]");
        Files.writeString(lesson, text.replace("W2: [[0, 0]]", "W2: [[0, 1]]"));

        assertThat(validate(dir.toString())).isEqualTo(1);
        String quoted = "line 39: claim about `explorer` fails: `rank-W2` is 1, not 0";
        assertThat(Files.readString(GUIDE)).contains(quoted);
        assertThat(output()).contains("lesson.md:39:1: claim about `explorer` fails: `rank-W2` is 1, not 0");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
