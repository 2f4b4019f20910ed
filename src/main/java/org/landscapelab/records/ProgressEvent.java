package org.landscapelab.records;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One thing a learner did, recorded when it happened.
 *
 * @param id made where the event happens, so that a retried write is stored once
 * @param lesson the lesson's slug
 * @param step the step's id
 * @param checkpoint the checkpoint's id, for attempts and passes
 * @param answer what the learner answered, as they gave it (cut to {@link #MAX_ANSWER} characters)
 * @param correct whether the answer was right
 * @param seed the variant the learner was given, where a checkpoint draws variants
 */
public record ProgressEvent(
        String id,
        String lesson,
        String step,
        Kind kind,
        @Nullable String checkpoint,
        @Nullable String answer,
        @Nullable Boolean correct,
        @Nullable Long seed,
        Instant at) {

    public static final int MAX_ANSWER = 1000;
    public static final int MAX_NAME = 100;

    public enum Kind {
        /** The learner opened a step. */
        STEP,
        /** The learner checked an answer. */
        ATTEMPT,
        /** The learner passed a checkpoint. */
        PASSED
    }

    public ProgressEvent {
        lesson = cut(lesson, MAX_NAME);
        step = cut(step, MAX_NAME);
        checkpoint = checkpoint == null ? null : cut(checkpoint, MAX_NAME);
        answer = answer == null ? null : cut(answer, MAX_ANSWER);
    }

    public static ProgressEvent step(String lesson, String step, Instant at) {
        return new ProgressEvent(newId(), lesson, step, Kind.STEP, null, null, null, null, at);
    }

    public static ProgressEvent attempt(
            String lesson,
            String step,
            String checkpoint,
            String answer,
            boolean correct,
            @Nullable Long seed,
            Instant at) {
        return new ProgressEvent(newId(), lesson, step, Kind.ATTEMPT, checkpoint, answer, correct, seed, at);
    }

    public static ProgressEvent passed(String lesson, String step, String checkpoint, Instant at) {
        return new ProgressEvent(newId(), lesson, step, Kind.PASSED, checkpoint, null, null, null, at);
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    // Never between the two halves of a surrogate pair: the cut text must still be valid UTF-16 for the database.
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
