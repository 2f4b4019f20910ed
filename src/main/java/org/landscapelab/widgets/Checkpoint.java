package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** A checkpoint type: a widget that asks, grades with the computation layer, and says when it is passed. */
public interface Checkpoint extends Widget {

    /**
     * What the player hands a checkpoint.
     *
     * @param questionHtml the question as sanitized HTML
     * @param passedBefore the student passed it before (in this session or, with learning records, ever)
     * @param onAttempt to call with every answer checked, right or wrong, before {@code onPassed}
     * @param onPassed to call once, when the student passes
     * @param seed the student's own variant of this checkpoint, for types that draw one: the player derives it from
     *     the learner and the checkpoint, so a student who comes back is asked the same question, and two students
     *     are asked different ones
     */
    record Hooks(String questionHtml, boolean passedBefore, Consumer<Attempt> onAttempt, Runnable onPassed, long seed) {

        /** Hooks that record nothing, with a fresh seed: the playground, previews, tests. */
        public static Hooks none(String questionHtml) {
            return new Hooks(
                    questionHtml,
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
