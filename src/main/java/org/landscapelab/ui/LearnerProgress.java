package org.landscapelab.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.landscapelab.records.LearnerCookie;
import org.landscapelab.records.LearnerTokens;
import org.landscapelab.records.LessonRecord;
import org.landscapelab.records.ProgressEvent;
import org.landscapelab.records.ProgressRecorder;
import org.landscapelab.widgets.Checkpoint;

/**
 * The learner's progress as the pages use it: read from the learning records once per session (and again when the
 * learner switched to another record), kept in the session for the gates and marks, and written through at the
 * moment something happens. While the database is away the session copy keeps the lesson working.
 */
@SpringComponent
class LearnerProgress {

    /** A learner's progress in one lesson, as this session knows it. */
    static final class Lesson {
        final Set<String> seen = ConcurrentHashMap.newKeySet();
        final Set<String> passed = ConcurrentHashMap.newKeySet();
        volatile int attempts;
        volatile LessonRecord.@Nullable Position position;
        // A draft is played by instructors trying it out: its gates work in the session, but nothing reaches the
        // learning records, where it would outlive the draft and count as a learner's work.
        volatile boolean recorded = true;
    }

    private static final class Learner {
        final String token;
        final String tokenHash;
        final Map<String, Lesson> lessons = new ConcurrentHashMap<>();
        final boolean loaded;

        Learner(String token, @Nullable Map<String, LessonRecord> saved) {
            this.token = token;
            this.tokenHash = LearnerTokens.hash(token);
            this.loaded = saved != null;
            if (saved != null) {
                saved.forEach((slug, r) -> {
                    Lesson l = new Lesson();
                    l.seen.addAll(r.stepsSeen());
                    l.passed.addAll(r.passed());
                    l.attempts = r.attempts();
                    l.position = r.position();
                    lessons.put(slug, l);
                });
            }
        }
    }

    private final ProgressRecorder recorder;

    LearnerProgress(ProgressRecorder recorder) {
        this.recorder = recorder;
    }

    /** Whether what is recorded reaches the database now. */
    boolean saving() {
        return recorder.saving();
    }

    ProgressRecorder recorder() {
        return recorder;
    }

    /** Whether the learner's saved progress could be read for this session. */
    boolean savedProgressShown() {
        return learner().loaded;
    }

    /**
     * The learner's own variant of a checkpoint: the same on every visit and device of this learner, different
     * between learners, and not guessable from another learner's (it is drawn from the token's hash).
     */
    long seed(String slug, String checkpoint) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest((learner().tokenHash + "\n" + slug + "\n" + checkpoint)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE; // non-negative: it reads better
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The token of the learner this session stands for. */
    String tokenHash() {
        return learner().tokenHash;
    }

    /** Reads the record again, e.g. after a reset. */
    void reload() {
        VaadinSession.getCurrent().setAttribute(Learner.class, null);
    }

    private Learner learner() {
        VaadinSession session = VaadinSession.getCurrent();
        String token = token(session);
        Learner learner = session.getAttribute(Learner.class);
        if (learner == null
                || !learner.token.equals(token)
                || !learner.loaded && recorder.saving()) { // read what could not be read before
            learner = new Learner(
                    token, recorder.records(LearnerTokens.hash(token)).orElse(null));
            session.setAttribute(Learner.class, learner);
        }
        return learner;
    }

    // The cookie filter puts the token in the HTTP session; without it (a test without the filter) the session
    // gets a token of its own that no cookie carries.
    private static String token(VaadinSession session) {
        WrappedSession http = session.getSession();
        String token = http == null ? null : (String) http.getAttribute(LearnerCookie.SESSION_TOKEN);
        if (token == null) {
            token = LearnerTokens.newToken();
            if (http != null) {
                http.setAttribute(LearnerCookie.SESSION_TOKEN, token);
            }
        }
        return token;
    }

    Lesson lesson(String slug) {
        return learner().lessons.computeIfAbsent(slug, s -> new Lesson());
    }

    Optional<Lesson> started(String slug) {
        return Optional.ofNullable(learner().lessons.get(slug));
    }

    /** Whether what happens in the lesson {@code slug} is written to the records (not while it is a draft). */
    void recording(String slug, boolean recorded) {
        lesson(slug).recorded = recorded;
    }

    private boolean recorded(String slug) {
        return lesson(slug).recorded;
    }

    /** The learner opened a step: recorded the first time. */
    void visited(String slug, String step) {
        if (lesson(slug).seen.add(step) && recorded(slug)) {
            recorder.record(tokenHash(), ProgressEvent.step(slug, step, recorder.now()));
        }
    }

    boolean hasPassed(String slug, String checkpoint) {
        return lesson(slug).passed.contains(checkpoint);
    }

    void attempted(String slug, String step, String checkpoint, Checkpoint.Attempt attempt) {
        lesson(slug).attempts++;
        if (!recorded(slug)) {
            return;
        }
        recorder.record(
                tokenHash(),
                ProgressEvent.attempt(
                        slug, step, checkpoint, attempt.answer(), attempt.right(), attempt.seed(), recorder.now()));
    }

    void passed(String slug, String step, String checkpoint) {
        if (lesson(slug).passed.add(checkpoint) && recorded(slug)) {
            recorder.record(tokenHash(), ProgressEvent.passed(slug, step, checkpoint, recorder.now()));
        }
    }

    /** Where the learner is: the step and its widget state (the query of its address). */
    void position(String slug, String step, String state) {
        LessonRecord.Position now = new LessonRecord.Position(step, state, recorder.now());
        LessonRecord.Position before = lesson(slug).position;
        if (before == null || !before.step().equals(step) || !before.state().equals(state)) {
            lesson(slug).position = now;
            if (recorded(slug)) {
                recorder.position(tokenHash(), slug, step, state);
            }
        }
    }
}
