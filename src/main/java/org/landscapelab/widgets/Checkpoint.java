package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A checkpoint type: a widget that asks, grades with the computation layer, and says when it is passed. */
public interface Checkpoint extends Widget {

    /**
     * What the player hands a checkpoint.
     *
     * @param questionHtml the question as sanitized HTML
     * @param hintsHtml the author's hints as sanitized HTML, offered one at a time
     * @param passedBefore the student passed it before (in this session or, with learning records, ever)
     * @param onAttempt to call with every answer checked, right or wrong, before {@code onPassed}
     * @param onPassed to call once, when the student passes
     * @param seed the student's own variant of this checkpoint, for types that draw one: the player derives it from
     *     the learner and the checkpoint, so a student who comes back is asked the same question, and two students
     *     are asked different ones
     */
    record Hooks(
            String questionHtml,
            List<String> hintsHtml,
            boolean passedBefore,
            Consumer<Attempt> onAttempt,
            Runnable onPassed,
            long seed) {

        public Hooks {
            hintsHtml = List.copyOf(hintsHtml);
        }

        /** Hooks that record nothing, with a fresh seed: the playground, previews, tests. */
        public static Hooks none(String questionHtml) {
            return none(questionHtml, List.of());
        }

        /** Hooks that record nothing, with the lesson's hints and a fresh seed: the authoring preview. */
        public static Hooks none(String questionHtml, List<String> hintsHtml) {
            return new Hooks(
                    questionHtml,
                    hintsHtml,
                    false,
                    a -> {},
                    () -> {},
                    java.util.concurrent.ThreadLocalRandom.current().nextLong());
        }
    }

    /**
     * An answer the student checked.
     *
     * @param answer what they gave, as they gave it (a typed value, a choice, a matrix)
     * @param right whether it was graded right
     * @param seed the variant they were answering, where the checkpoint draws variants
     */
    record Attempt(String answer, boolean right, @Nullable Long seed) {}

    Component create(WidgetContext context, Hooks hooks);

    @Override
    default Component create(WidgetContext context) {
        return create(context, Hooks.none(""));
    }
}
