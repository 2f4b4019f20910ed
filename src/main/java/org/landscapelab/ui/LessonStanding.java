package org.landscapelab.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.landscapelab.lessons.Block;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.records.LessonRecord;

/**
 * Where a learner stands in a lesson as it is now on disk: steps seen and checkpoints passed out of those the
 * lesson has (steps or checkpoints that were removed since do not count), and the address that continues it.
 */
record LessonStanding(
        int stepsSeen, int steps, int checkpointsPassed, int checkpoints, boolean started, String continueUrl) {

    static LessonStanding of(Lesson lesson, LearnerProgress.@Nullable Lesson progress) {
        List<String> stepIds = lesson.steps().stream().map(s -> s.id()).toList();
        List<String> checkpointIds = lesson.steps().stream()
                .flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof Block.Checkpoint)
                .map(b -> ((Block.Checkpoint) b).widget().id())
                .toList();
        if (progress == null) {
            return new LessonStanding(0, stepIds.size(), 0, checkpointIds.size(), false, url(lesson.slug(), null, ""));
        }
        int seen = (int) stepIds.stream().filter(progress.seen::contains).count();
        int passed =
                (int) checkpointIds.stream().filter(progress.passed::contains).count();
        LessonRecord.Position at = progress.position;
        boolean resumable = at != null && stepIds.contains(at.step());
        return new LessonStanding(
                seen,
                stepIds.size(),
                passed,
                checkpointIds.size(),
                seen > 0,
                resumable ? url(lesson.slug(), at.step(), at.state()) : url(lesson.slug(), null, ""));
    }

    boolean complete() {
        return stepsSeen == steps && checkpointsPassed == checkpoints;
    }

    /** "3 of 7 steps · 1 of 2 checkpoints passed". */
    String text() {
        String s = stepsSeen + " of " + steps + (steps == 1 ? " step" : " steps");
        return checkpoints == 0
                ? s
                : s + " · " + checkpointsPassed + " of " + checkpoints
                        + (checkpoints == 1 ? " checkpoint" : " checkpoints") + " passed";
    }

    double fraction() {
        return steps == 0 ? 0 : (double) stepsSeen / steps;
    }

    private static String url(String slug, @Nullable String step, String state) {
        String path =
                RouteConfiguration.forApplicationScope().getUrl(LessonView.class, LessonView.parameters(slug, step));
        // The state was written by QueryParameters: parse and write it again rather than trust it as text.
        String query = state.isEmpty() ? "" : QueryParameters.fromString(state).getQueryString();
        return query.isEmpty() ? path : path + "?" + query;
    }
}
