package org.landscapelab.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.landscapelab.records.ProgressRepository.ClassEvent;

/**
 * How a class is doing, derived from the progress events of a time window: what the instructor's class view and
 * its CSV show. Pure: events and the lessons' outlines in, figures out.
 *
 * @param lessons one report per lesson of the course, in course order
 * @param learners one row per learner and lesson they started, most recently active first
 */
public record ClassReport(List<LessonReport> lessons, List<LearnerRow> learners) {

    /** How many of the most common wrong answers a checkpoint lists. */
    public static final int WRONG_ANSWERS = 3;

    /** A lesson as the report needs it: its step ids in order and its checkpoints (by widget id) with their step. */
    public record Outline(String lesson, String title, List<String> steps, Map<String, String> checkpointSteps) {
        public Outline {
            steps = List.copyOf(steps);
            checkpointSteps = new LinkedHashMap<>(checkpointSteps);
        }
    }

    /**
     * @param started learners with any event in the lesson
     * @param funnel per step, in lesson order, the learners who opened it (the completion funnel when steps are taken in order)
     */
    public record LessonReport(
            String lesson, String title, int started, List<StepCount> funnel, List<CheckpointReport> checkpoints) {}

    public record StepCount(String step, int reached) {}

    /**
     * @param attempted learners who answered at least once
     * @param passed learners who passed
     * @param medianAttemptsToPass among those who passed, the median number of answers up to and including the
     *     right one; {@code null} when nobody passed
     * @param commonWrong the most common wrong answers, most frequent first (answers compared after trimming and
     *     collapsing spaces)
     */
    public record CheckpointReport(
            String checkpoint,
            String step,
            int attempted,
            int passed,
            @Nullable Double medianAttemptsToPass,
            List<AnswerCount> commonWrong) {}

    public record AnswerCount(String answer, int count) {}

    /**
     * @param learner the name a sign-in gave, else the pseudonym
     * @param stepsSeen distinct steps of the current lesson the learner opened
     */
    public record LearnerRow(
            String learnerId,
            String learner,
            String lesson,
            int stepsSeen,
            int steps,
            int checkpointsPassed,
            int checkpoints,
            int attempts,
            Instant lastActive) {}

    /**
     * @param names display names of learners who have one; others are shown by pseudonym
     */
    public static ClassReport of(List<Outline> outlines, Collection<ClassEvent> events, Map<String, String> names) {
        Map<String, List<ClassEvent>> byLesson = new HashMap<>();
        for (ClassEvent e : events) {
            byLesson.computeIfAbsent(e.event().lesson(), k -> new ArrayList<>()).add(e);
        }
        List<LessonReport> lessons = new ArrayList<>();
        List<LearnerRow> learners = new ArrayList<>();
        for (Outline outline : outlines) {
            List<ClassEvent> lessonEvents = new ArrayList<>(byLesson.getOrDefault(outline.lesson(), List.of()));
            lessonEvents.sort(Comparator.comparing((ClassEvent e) -> e.event().at()));
            lessons.add(lesson(outline, lessonEvents));
            learners.addAll(learnerRows(outline, lessonEvents, names));
        }
        learners.sort(Comparator.comparing(LearnerRow::lastActive)
                .reversed()
                .thenComparing(LearnerRow::learner)
                .thenComparing(LearnerRow::lesson));
        return new ClassReport(List.copyOf(lessons), List.copyOf(learners));
    }

    private static LessonReport lesson(Outline outline, List<ClassEvent> events) {
        Set<String> started = new HashSet<>();
        Map<String, Set<String>> reached = new HashMap<>();
        for (ClassEvent e : events) {
            started.add(e.learnerId());
            reached.computeIfAbsent(e.event().step(), k -> new HashSet<>()).add(e.learnerId());
        }
        List<StepCount> funnel = outline.steps().stream()
                .map(s -> new StepCount(s, reached.getOrDefault(s, Set.of()).size()))
                .toList();
        List<CheckpointReport> checkpoints = new ArrayList<>();
        outline.checkpointSteps().forEach((checkpoint, step) -> checkpoints.add(checkpoint(checkpoint, step, events)));
        return new LessonReport(outline.lesson(), outline.title(), started.size(), funnel, List.copyOf(checkpoints));
    }

    private static CheckpointReport checkpoint(String checkpoint, String step, List<ClassEvent> events) {
        Map<String, Integer> attemptsSoFar = new HashMap<>();
        Map<String, Integer> attemptsToPass = new HashMap<>();
        Map<String, Integer> wrong = new HashMap<>();
        for (ClassEvent ce : events) {
            ProgressEvent e = ce.event();
            if (!checkpoint.equals(e.checkpoint()) || !step.equals(e.step())) {
                continue;
            }
            String who = ce.learnerId();
            if (e.kind() == ProgressEvent.Kind.ATTEMPT) {
                attemptsSoFar.merge(who, 1, Integer::sum);
                if (Boolean.TRUE.equals(e.correct())) {
                    attemptsToPass.putIfAbsent(who, attemptsSoFar.get(who));
                } else if (e.answer() != null && !e.answer().isBlank()) {
                    wrong.merge(e.answer().strip().replaceAll("\\s+", " "), 1, Integer::sum);
                }
            } else if (e.kind() == ProgressEvent.Kind.PASSED) {
                // A pass without a recorded right answer (recorded while an attempt was lost) still counts.
                attemptsToPass.putIfAbsent(who, Math.max(1, attemptsSoFar.getOrDefault(who, 0)));
            }
        }
        List<AnswerCount> common = wrong.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(WRONG_ANSWERS)
                .map(en -> new AnswerCount(en.getKey(), en.getValue()))
                .toList();
        Set<String> attempted = new HashSet<>(attemptsSoFar.keySet());
        attempted.addAll(attemptsToPass.keySet());
        return new CheckpointReport(
                checkpoint, step, attempted.size(), attemptsToPass.size(), median(attemptsToPass.values()), common);
    }

    static @Nullable Double median(Collection<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static List<LearnerRow> learnerRows(Outline outline, List<ClassEvent> events, Map<String, String> names) {
        Set<String> steps = new HashSet<>(outline.steps());
        Map<String, Set<String>> seen = new TreeMap<>();
        Map<String, Set<String>> passed = new HashMap<>();
        Map<String, Integer> attempts = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        for (ClassEvent ce : events) {
            ProgressEvent e = ce.event();
            String who = ce.learnerId();
            seen.computeIfAbsent(who, k -> new HashSet<>());
            if (steps.contains(e.step())) {
                seen.get(who).add(e.step());
            }
            if (e.kind() == ProgressEvent.Kind.ATTEMPT) {
                attempts.merge(who, 1, Integer::sum);
            }
            if (e.kind() == ProgressEvent.Kind.PASSED
                    && e.checkpoint() != null
                    && e.step().equals(outline.checkpointSteps().get(e.checkpoint()))) {
                passed.computeIfAbsent(who, k -> new HashSet<>()).add(e.checkpoint());
            }
            last.merge(who, e.at(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<LearnerRow> rows = new ArrayList<>();
        seen.forEach((who, s) -> rows.add(new LearnerRow(
                who,
                names.getOrDefault(who, Learner.pseudonym(who)),
                outline.lesson(),
                s.size(),
                outline.steps().size(),
                passed.getOrDefault(who, Set.of()).size(),
                outline.checkpointSteps().size(),
                attempts.getOrDefault(who, 0),
                last.get(who))));
        return rows;
    }
}
