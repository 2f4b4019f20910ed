package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Every {@code {checkpoint}} of a catalog, tested on variants: for seeds 1…N, the type's variant for the lesson's
 * options, its reference answer graded (must be right) and each wrong answer graded (must be wrong), through the
 * grader students get. Seeds count from 1 so that a failure names a seed that reproduces it.
 */
public final class CheckpointSelfTest {

    /**
     * A variant that went wrong, located as {@code path:line: checkpoint <id>: variant seed S: message}.
     *
     * @param file the lesson file, relative to the lessons folder
     * @param line where the directive starts
     * @param checkpoint the checkpoint's id
     * @param seed the variant's seed; null when the type could not be tested at all
     */
    public record Failure(
            Path file,
            int line,
            String checkpoint,
            @Nullable Long seed,
            String message) {

        @Override
        public String toString() {
            return file + ":" + line + ": checkpoint " + checkpoint + ": "
                    + (seed == null ? "" : "variant seed " + seed + ": ") + message;
        }
    }

    /**
     * @param checkpoints how many checkpoints were tested
     * @param variants how many variants were drawn and graded
     * @param questions how many of them were different questions (a checkpoint whose lesson fixes its instance asks
     *     one question whatever the seed, so its variants grade that one question again)
     * @param failures what went wrong, in lesson order
     */
    public record Report(int checkpoints, long variants, long questions, List<Failure> failures) {

        public Report {
            failures = List.copyOf(failures);
        }
    }

    private CheckpointSelfTest() {}

    /** Tests {@code variants} variants of each checkpoint of each lesson the catalog serves. */
    public static Report run(LessonCatalog catalog, WidgetSchemas widgets, int variants) {
        if (variants < 1) {
            throw new IllegalArgumentException("variants must be at least 1");
        }
        List<Failure> failures = new ArrayList<>();
        int checkpoints = 0;
        long drawn = 0;
        long questions = 0;
        // drafts too: they are validated like the rest, and are what is about to be published
        for (LessonSummary summary : catalog.lessons(true)) {
            Lesson lesson = catalog.find(summary.slug(), true).orElseThrow();
            Path file = Path.of(lesson.slug(), LessonCatalog.LESSON_FILE);
            for (Step step : lesson.steps()) {
                for (Block block : step.blocks()) {
                    if (block instanceof Block.Checkpoint c) {
                        checkpoints++;
                        Set<String> prompts = new HashSet<>();
                        drawn += test(file, c.widget(), widgets, variants, failures, prompts);
                        questions += prompts.size();
                    }
                }
            }
        }
        return new Report(checkpoints, drawn, questions, failures);
    }

    private static int test(
            Path file,
            Block.Widget directive,
            WidgetSchemas widgets,
            int variants,
            List<Failure> failures,
            Set<String> prompts) {
        Optional<CheckpointVariants> type =
                widgets.checkpoint(directive.widget()).flatMap(WidgetSchema::variants);
        if (type.isEmpty()) {
            failures.add(new Failure(
                    file,
                    directive.line(),
                    directive.id(),
                    null,
                    "checkpoint type `" + directive.widget() + "` offers no variants, so it cannot be tested"));
            return 0;
        }
        for (long seed = 1; seed <= variants; seed++) {
            String problem = problem(type.get(), directive.options(), seed, prompts);
            if (problem != null) {
                failures.add(new Failure(file, directive.line(), directive.id(), seed, problem));
            }
        }
        return variants;
    }

    /** What is wrong with the variant of {@code seed}; null when every known answer is graded as it should be. */
    static @Nullable String problem(
            CheckpointVariants type, Map<String, Object> options, long seed, Set<String> prompts) {
        CheckpointVariants.Variant v;
        try {
            v = type.variant(options, seed);
        } catch (RuntimeException | StackOverflowError e) {
            return "no variant could be made: " + describe(e);
        }
        if (v == null || v.referenceAnswer() == null || v.referenceAnswer().isBlank()) {
            return "the variant has no reference answer";
        }
        if (v.prompt() == null || v.prompt().isBlank()) {
            return "the variant names no instance (its prompt is empty), so a failure could not say which it was";
        }
        prompts.add(v.prompt());
        if (v.wrongAnswers().isEmpty()) {
            return "the variant has no wrong answer, so the grader is not tested against accepting anything";
        }
        List<String> problems = new ArrayList<>();
        String reference = check(v, v.referenceAnswer(), true);
        if (reference != null) {
            problems.add(reference);
        }
        for (String wrong : v.wrongAnswers()) {
            String p = check(v, wrong, false);
            if (p != null) {
                problems.add(p);
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems) + " (" + v.prompt() + ")";
    }

    private static @Nullable String check(CheckpointVariants.Variant v, String answer, boolean right) {
        String which = right ? "the reference answer" : "the wrong answer";
        CheckpointVariants.Grade grade;
        try {
            grade = v.grade(answer);
        } catch (RuntimeException | StackOverflowError e) {
            return "grading " + which + " “" + answer + "” threw " + describe(e);
        }
        if (grade == null) {
            return "grading " + which + " “" + answer + "” gave no grade";
        }
        if (grade.right() != right) {
            return which + " “" + answer + "” is graded " + (right ? "wrong" : "right") + ": " + grade.text();
        }
        return null;
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
