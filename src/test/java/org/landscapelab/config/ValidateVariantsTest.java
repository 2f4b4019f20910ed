package org.landscapelab.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.lessons.WidgetSchemas;

/** {@code validate --variants N}: every checkpoint graded on N variants with known right and wrong answers. */
class ValidateVariantsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private int run(String... args) {
        return ValidateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    private int run(WidgetSchemas widgets, String... args) {
        return ValidateCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8), widgets);
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void every_checkpoint_of_the_shipped_lessons_passes_two_hundred_variants() throws IOException {
        long checkpoints;
        try (Stream<Path> files = Files.walk(Path.of("lessons"))) {
            checkpoints = files.filter(f -> f.getFileName().toString().equals("lesson.md"))
                    .flatMap(ValidateVariantsTest::lines)
                    .filter(l -> l.strip().equals("```{checkpoint}"))
                    .count();
        }
        assertThat(checkpoints).isPositive();

        assertThat(run("lessons", "--variants", "200")).isZero();
        assertThat(lines()).noneMatch(l -> l.contains(": checkpoint "));
        assertThat(lines().getLast())
                .matches("OK: " + checkpoints * 200 + " variants of " + checkpoints
                        + " checkpoints \\(\\d+ distinct questions\\) checked in \\d+\\.\\d s, every answer graded as"
                        + " expected\\.");
        // the randomized checkpoints ask a question per seed; those the lesson fixes ask one
        long questions = Long.parseLong(lines().getLast().replaceAll(".*\\((\\d+) distinct.*", "$1"));
        assertThat(questions).isGreaterThan(3 * 150).isLessThanOrEqualTo(checkpoints * 200);
    }

    @Test
    void a_grader_that_fails_its_reference_answer_fails_the_run_and_names_the_seed(@TempDir Path dir)
            throws IOException {
        lesson(dir, "fussy");
        // Right everywhere but at seed 3, where the grader refuses the reference answer.
        WidgetSchemas widgets = registry(
                "fussy",
                (options, seed) -> new CheckpointVariants.Variant(
                        "the question of seed " + seed,
                        "right",
                        List.of("wrong"),
                        answer -> new CheckpointVariants.Grade(answer.equals("right") && seed != 3, "graded")));

        assertThat(run(widgets, dir.toString(), "--variants", "5")).isEqualTo(1);
        assertThat(lines())
                .containsExactly(
                        "OK: 1 lesson in " + dir + ", no problems.",
                        dir.resolve("demo/lesson.md") + ":6: checkpoint q: variant seed 3: the reference answer"
                                + " “right” is graded wrong: graded (the question of seed 3)",
                        lines().getLast());
        assertThat(lines().getLast())
                .matches("5 variants of 1 checkpoint \\(5 distinct questions\\) checked in \\d+\\.\\d s; 1 failure\\.");
    }

    @Test
    void a_grader_that_accepts_anything_or_throws_or_a_type_with_no_answer_fails_the_run(@TempDir Path dir)
            throws IOException {
        lesson(dir, "lenient");
        WidgetSchemas lenient = registry(
                "lenient",
                (options, seed) -> new CheckpointVariants.Variant(
                        "q", "right", List.of("wrong"), answer -> new CheckpointVariants.Grade(true, "anything goes")));
        assertThat(run(lenient, dir.toString(), "--variants", "1")).isEqualTo(1);
        assertThat(lines())
                .contains(dir.resolve("demo/lesson.md")
                        + ":6: checkpoint q: variant seed 1: the wrong answer “wrong” is graded right: anything goes"
                        + " (q)");

        out.reset();
        WidgetSchemas throwing = registry(
                "lenient",
                (options, seed) -> new CheckpointVariants.Variant("q", "right", List.of("wrong"), answer -> {
                    throw new IllegalStateException("no grade for " + answer);
                }));
        assertThat(run(throwing, dir.toString(), "--variants", "1")).isEqualTo(1);
        assertThat(lines())
                .anyMatch(l -> l.contains("variant seed 1: grading the reference answer “right” threw"
                        + " IllegalStateException: no grade for right;"));

        out.reset();
        WidgetSchemas unanswerable = registry("lenient", (options, seed) -> {
            throw new IllegalArgumentException("no example exists for these options");
        });
        assertThat(run(unanswerable, dir.toString(), "--variants", "10")).isEqualTo(1);
        assertThat(lines())
                .contains(
                        dir.resolve("demo/lesson.md") + ":6: checkpoint q: variant seed 3: no variant could be made:"
                                + " IllegalArgumentException: no example exists for these options",
                        dir.resolve("demo/lesson.md") + ":6: checkpoint q: the same failure at 7 more seeds")
                .noneMatch(l -> l.contains("variant seed 4:"));
        assertThat(lines().getLast()).endsWith("; 10 failures.");

        out.reset();
        assertThat(run(registry("lenient", null), dir.toString(), "--variants", "1"))
                .isEqualTo(1);
        assertThat(lines())
                .contains(dir.resolve("demo/lesson.md")
                        + ":6: checkpoint q: checkpoint type `lenient` offers no variants, so it cannot be tested");
    }

    @Test
    void without_variants_no_checkpoint_is_drawn_and_bad_arguments_are_refused(@TempDir Path dir) throws IOException {
        lesson(dir, "lenient");
        WidgetSchemas unanswerable = registry("lenient", (options, seed) -> {
            throw new IllegalArgumentException("never asked");
        });
        assertThat(run(unanswerable, dir.toString())).isZero();
        assertThat(lines()).containsExactly("OK: 1 lesson in " + dir + ", no problems.");

        for (String[] args : List.of(
                new String[] {"lessons", "--variants"},
                new String[] {"lessons", "--variants", "0"},
                new String[] {"lessons", "--variants", "many"},
                new String[] {"lessons", "--varients", "5"},
                new String[] {"lessons", "other"})) {
            out.reset();
            assertThat(run(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(lines().getFirst()).endsWith("usage: validate [DIR] [--variants N]");
        }
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One lesson with one checkpoint of {@code type}, its directive on line 6 of demo/lesson.md. */
    private static void lesson(Path dir, String type) throws IOException {
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [demo]\n");
        Files.writeString(
                dir.resolve("demo/lesson.md"),
                "---\ntitle: Demo\nsummary: A demo.\n---\n## Step\n```{checkpoint}\nid: q\ntype: " + type
                        + "\nquestion: Answer.\n```\n");
    }

    /** A registry of one checkpoint type without options, testing itself with {@code variants} (none when null). */
    private static WidgetSchemas registry(String type, CheckpointVariants variants) {
        WidgetSchema schema = new WidgetSchema() {
            @Override
            public String name() {
                return type;
            }

            @Override
            public String description() {
                return "a checkpoint of the test";
            }

            @Override
            public List<OptionSpec> options() {
                return List.of();
            }

            @Override
            public Optional<CheckpointVariants> variants() {
                return Optional.ofNullable(variants);
            }
        };
        return new WidgetSchemas() {
            @Override
            public Optional<WidgetSchema> find(String name) {
                return Optional.empty();
            }

            @Override
            public Collection<WidgetSchema> all() {
                return List.of();
            }

            @Override
            public Optional<WidgetSchema> checkpoint(String name) {
                return name.equals(type) ? Optional.of(schema) : Optional.empty();
            }

            @Override
            public Collection<WidgetSchema> checkpoints() {
                return List.of(schema);
            }
        };
    }
}
