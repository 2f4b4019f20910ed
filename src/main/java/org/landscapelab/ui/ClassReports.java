package org.landscapelab.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.landscapelab.lessons.Block;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.Step;
import org.landscapelab.records.ClassReport;
import org.landscapelab.records.ProgressRepository;
import org.springframework.stereotype.Component;

/** The class report of a date range over the course as it is now: shared by the class view and its CSV. */
@Component
class ClassReports {

    /** Events one report reads at most; a wider window is refused with a message, never cut. */
    static final int MAX_EVENTS = 2_000_000;

    private final LessonRepository lessons;
    private final ProgressRepository progress;

    ClassReports(LessonRepository lessons, ProgressRepository progress) {
        this.lessons = lessons;
        this.progress = progress;
    }

    /** Days are the server's calendar days, both ends included; an open end means all time or up to now. */
    ClassReport report(@Nullable LocalDate from, @Nullable LocalDate to) {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(zone).toInstant();
        Instant end = to == null
                ? Instant.now().plusSeconds(60)
                : to.plusDays(1).atStartOfDay(zone).toInstant();
        return ClassReport.of(outlines(), progress.classEvents(start, end, MAX_EVENTS), progress.displayNames());
    }

    private List<ClassReport.Outline> outlines() {
        List<ClassReport.Outline> out = new ArrayList<>();
        var catalog = lessons.current();
        for (Lesson lesson : catalog.lessons().stream()
                .flatMap(s -> catalog.find(s.slug()).stream())
                .toList()) {
            Map<String, String> checkpoints = new LinkedHashMap<>();
            for (Step step : lesson.steps()) {
                for (Block b : step.blocks()) {
                    if (b instanceof Block.Checkpoint c) {
                        checkpoints.put(c.widget().id(), step.id());
                    }
                }
            }
            out.add(new ClassReport.Outline(
                    lesson.slug(),
                    lesson.summary().title(),
                    lesson.steps().stream().map(Step::id).toList(),
                    checkpoints));
        }
        return out;
    }
}
