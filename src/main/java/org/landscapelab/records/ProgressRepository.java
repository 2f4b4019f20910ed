package org.landscapelab.records;

import static org.landscapelab.records.LearnerRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.landscapelab.records.LessonRecord.Position;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Progress events (append-only) and the position row per learner and lesson. */
@Repository
public class ProgressRepository {

    /** The widget state kept per position; a longer state is not kept (the step is). */
    public static final int MAX_STATE = 8000;

    private final JdbcClient jdbc;

    public ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Appends the event; {@code false} when an event with its id is stored already (a retried write), so every
     * event is stored exactly once.
     */
    public boolean append(String learnerId, ProgressEvent e) {
        try {
            jdbc.sql("""
                    INSERT INTO progress_event (id, learner_id, lesson, step, kind, checkpoint, answer, correct, seed,
                                                occurred_at)
                    VALUES (:id, :learner, :lesson, :step, :kind, :checkpoint, :answer, :correct, :seed, :at)""")
                    .param("id", e.id())
                    .param("learner", learnerId)
                    .param("lesson", e.lesson())
                    .param("step", e.step())
                    .param("kind", e.kind().name())
                    .param("checkpoint", e.checkpoint(), Types.VARCHAR)
                    .param("answer", e.answer(), Types.VARCHAR)
                    .param("correct", e.correct(), Types.BOOLEAN)
                    .param("seed", e.seed(), Types.BIGINT)
                    .param("at", utc(e.at()))
                    .update();
            return true;
        } catch (DuplicateKeyException duplicate) {
            return false;
        }
    }

    /**
     * Where the learner is in the lesson now. A position older than the stored one is ignored, so a write that
     * is retried late cannot move the learner back. Two statements without a transaction: on PostgreSQL a failed
     * insert would abort the transaction it ran in.
     */
    public void savePosition(String learnerId, String lesson, String step, String state, Instant at) {
        String kept = state.length() <= MAX_STATE ? state : "";
        if (update(learnerId, lesson, step, kept, at) > 0) {
            return;
        }
        try {
            jdbc.sql("""
                    INSERT INTO lesson_position (learner_id, lesson, step, widget_state, updated_at)
                    VALUES (?, ?, ?, ?, ?)""").params(learnerId, lesson, step, kept, utc(at)).update();
        } catch (DuplicateKeyException raced) {
            update(learnerId, lesson, step, kept, at); // another write created the row first
        }
    }

    private int update(String learnerId, String lesson, String step, String state, Instant at) {
        return jdbc.sql("""
                UPDATE lesson_position SET step = ?, widget_state = ?, updated_at = ?
                WHERE learner_id = ? AND lesson = ? AND updated_at <= ?""")
                .params(step, state, utc(at), learnerId, lesson, utc(at))
                .update();
    }

    /** The learner's progress in every lesson they touched, by lesson slug. */
    public Map<String, LessonRecord> records(String learnerId) {
        Map<String, Set<String>> seen = new LinkedHashMap<>();
        Map<String, Set<String>> passed = new LinkedHashMap<>();
        Map<String, Integer> attempts = new LinkedHashMap<>();
        jdbc.sql("SELECT lesson, step, kind, checkpoint FROM progress_event WHERE learner_id = ? ORDER BY seq")
                .param(learnerId)
                .query(rs -> {
                    String lesson = rs.getString(1);
                    switch (ProgressEvent.Kind.valueOf(rs.getString(3))) {
                        case STEP ->
                            seen.computeIfAbsent(lesson, k -> new HashSet<>()).add(rs.getString(2));
                        case PASSED ->
                            passed.computeIfAbsent(lesson, k -> new HashSet<>()).add(rs.getString(4));
                        case ATTEMPT -> attempts.merge(lesson, 1, Integer::sum);
                    }
                });
        Map<String, Position> positions = new LinkedHashMap<>();
        jdbc.sql("SELECT lesson, step, widget_state, updated_at FROM lesson_position WHERE learner_id = ?")
                .param(learnerId)
                .query(rs -> {
                    positions.put(
                            rs.getString(1),
                            new Position(
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getObject(4, OffsetDateTime.class).toInstant()));
                });
        Set<String> lessons = new java.util.LinkedHashSet<>();
        lessons.addAll(seen.keySet());
        lessons.addAll(passed.keySet());
        lessons.addAll(attempts.keySet());
        lessons.addAll(positions.keySet());
        Map<String, LessonRecord> out = new LinkedHashMap<>();
        for (String lesson : lessons) {
            out.put(
                    lesson,
                    new LessonRecord(
                            lesson,
                            seen.getOrDefault(lesson, Set.of()),
                            passed.getOrDefault(lesson, Set.of()),
                            attempts.getOrDefault(lesson, 0),
                            positions.get(lesson)));
        }
        return out;
    }

    /** Every event of the learner, oldest first: their record to download. */
    public List<ProgressEvent> events(String learnerId) {
        return jdbc.sql("""
                SELECT id, lesson, step, kind, checkpoint, answer, correct, seed, occurred_at
                FROM progress_event WHERE learner_id = ? ORDER BY seq""").param(learnerId).query(ProgressRepository::event).list();
    }

    /** Every event of a lesson in a time window, oldest first, with the learner's id: the class view's input. */
    public List<ClassEvent> lessonEvents(String lesson, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT id, lesson, step, kind, checkpoint, answer, correct, seed, occurred_at, learner_id
                FROM progress_event WHERE lesson = ? AND occurred_at >= ? AND occurred_at < ? ORDER BY seq""")
                .params(lesson, utc(from), utc(to))
                .query((rs, row) -> new ClassEvent(rs.getString(10), event(rs, row)))
                .list();
    }

    /**
     * Every event of a time window, at most {@code limit} of them (the oldest first): the class view's input.
     *
     * @throws TooManyEvents when the window holds more, so a report is never silently cut
     */
    public List<ClassEvent> classEvents(Instant from, Instant to, int limit) {
        List<ClassEvent> out = jdbc.sql("""
                SELECT id, lesson, step, kind, checkpoint, answer, correct, seed, occurred_at, learner_id
                FROM progress_event WHERE occurred_at >= ? AND occurred_at < ? ORDER BY seq""")
                .params(utc(from), utc(to))
                .withMaxRows(limit + 1)
                .query((rs, row) -> new ClassEvent(rs.getString(10), event(rs, row)))
                .list();
        if (out.size() > limit) {
            throw new TooManyEvents(limit);
        }
        return out;
    }

    /** The window asked for holds more events than one report reads. */
    public static final class TooManyEvents extends RuntimeException {
        public TooManyEvents(int limit) {
            super("more than " + limit + " events");
        }
    }

    /** Names of learners who have one (given by a sign-in), by learner id. */
    public Map<String, String> displayNames() {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("SELECT id, display_name FROM learner WHERE display_name IS NOT NULL")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** An event and whose it is. */
    public record ClassEvent(String learnerId, ProgressEvent event) {}

    public long countEvents() {
        return jdbc.sql("SELECT COUNT(*) FROM progress_event").query(Long.class).single();
    }

    /** Forgets the learner's progress; the learner (and their resume code) stays. */
    @Transactional
    public void reset(String learnerId) {
        jdbc.sql("DELETE FROM progress_event WHERE learner_id = ?")
                .param(learnerId)
                .update();
        jdbc.sql("DELETE FROM lesson_position WHERE learner_id = ?")
                .param(learnerId)
                .update();
    }

    private static ProgressEvent event(ResultSet rs, int row) throws SQLException {
        long seed = rs.getLong(8);
        Long seedOrNull = rs.wasNull() ? null : seed;
        boolean correct = rs.getBoolean(7);
        Boolean correctOrNull = rs.wasNull() ? null : correct;
        return new ProgressEvent(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                ProgressEvent.Kind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                correctOrNull,
                seedOrNull,
                rs.getObject(9, OffsetDateTime.class).toInstant());
    }
}
