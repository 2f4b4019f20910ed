package org.landscapelab.records;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A learner's progress in one lesson, derived from the events and the position row.
 *
 * @param stepsSeen ids of the steps the learner opened
 * @param passed ids of the checkpoints the learner passed
 * @param attempts answers checked, right or wrong
 * @param position where the learner left the lesson, if anywhere
 */
public record LessonRecord(
        String lesson,
        Set<String> stepsSeen,
        Set<String> passed,
        int attempts,
        @Nullable Position position) {

    public LessonRecord {
        stepsSeen = Set.copyOf(stepsSeen);
        passed = Set.copyOf(passed);
    }

    /**
     * The step a learner left and that step's widget state.
     *
     * @param state the query of the step's address ({@code explorer.W1=1,0;0,1&…}), empty when the widgets were
     *     left at the lesson's example
     */
    public record Position(String step, String state, Instant at) {}
}
