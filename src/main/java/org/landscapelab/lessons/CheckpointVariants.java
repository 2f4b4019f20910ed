package org.landscapelab.lessons;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A checkpoint type's self-test, headless: for a lesson's options and a seed, one question (a variant) with an
 * answer known to be right, answers known to be wrong, and the very grader the student's answers go through. The
 * validator grades each known answer and reports every one the grader gets wrong (PrairieLearn's "test N
 * variants"), so a checkpoint that cannot be answered, or that accepts anything, is found before a student finds it.
 *
 * <p>Answers are strings as the student types or chooses them, and as an attempt records them.
 */
@FunctionalInterface
public interface CheckpointVariants {

    /**
     * The variant of {@code seed} for these options.
     *
     * @param options the directive's options as parsed from YAML, defaults not filled in; they passed
     *     {@link WidgetSchema#check}
     * @param seed picks the instance where the type draws one (the seed an attempt records); ignored where the lesson
     *     fixes the instance
     * @throws IllegalArgumentException when no variant with a known right answer can be made, with the reason
     */
    Variant variant(Map<String, Object> options, long seed);

    /**
     * One question with known answers.
     *
     * @param prompt the instance in a line (the pair, the point), for messages
     * @param referenceAnswer an answer that must be graded right, computed independently of the grader where possible
     * @param wrongAnswers answers that must be graded wrong; at least one
     * @param grader what the student's answer goes through, the same function the checkpoint's view calls
     */
    record Variant(String prompt, String referenceAnswer, List<String> wrongAnswers, Function<String, Grade> grader) {

        public Variant {
            wrongAnswers = List.copyOf(wrongAnswers);
        }

        public Grade grade(String answer) {
            return grader.apply(answer);
        }
    }

    /**
     * The verdict on one answer.
     *
     * @param right whether it counts towards passing
     * @param text what the student is told (after "Right. " or "Not quite. ")
     */
    record Grade(boolean right, String text) {}
}
