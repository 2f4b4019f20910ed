package org.landscapelab.lessons;

import java.util.List;
import java.util.Optional;

/**
 * A parsed lesson, ready to play.
 *
 * @param summary catalog data
 * @param prerequisites slugs of lessons to take first
 * @param objectives what the student will be able to do, as written (formulas as {@code $…$} source)
 * @param objectivesHtml the objectives as inline HTML with formulas, safe to set as innerHTML
 * @param sources the papers and results the lesson follows
 * @param steps the steps in order; never empty
 */
public record Lesson(
        LessonSummary summary,
        List<String> prerequisites,
        List<String> objectives,
        List<String> objectivesHtml,
        List<String> sources,
        List<Step> steps) {

    public Lesson {
        prerequisites = List.copyOf(prerequisites);
        objectives = List.copyOf(objectives);
        objectivesHtml = List.copyOf(objectivesHtml);
        sources = List.copyOf(sources);
        steps = List.copyOf(steps);
    }

    public String slug() {
        return summary.slug();
    }

    /** Shown to signed-in instructors only. */
    public boolean draft() {
        return summary.draft();
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public int indexOf(Step step) {
        return steps.indexOf(step);
    }
}
