package org.landscapelab.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteConfiguration;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonAuthoring;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.lessons.StepLines;

/**
 * Every problem of the course — course.yml and each lesson's files, errors and warnings — grouped by file, each
 * linking to the step of the lesson it is in, so an instructor sees the whole course's state on one screen.
 */
class CourseProblems extends Div {

    private final LessonAuthoring files;

    CourseProblems(LessonAuthoring files) {
        this.files = files;
        addClassName("lab-course-problems");
    }

    void show(LessonCatalog catalog) {
        removeAll();
        List<LessonProblem> problems = catalog.problems();
        Paragraph count = new Paragraph(count(problems));
        count.addClassName("lab-problem-count");
        add(new H2("Problems in the course"), count);
        if (problems.isEmpty()) {
            count.setText("0 problems: every lesson file reads cleanly and students see what is on disk.");
            return;
        }
        Map<Path, List<LessonProblem>> byFile = problems.stream()
                .collect(Collectors.groupingBy(LessonProblem::file, LinkedHashMap::new, Collectors.toList()));
        byFile.forEach((file, list) -> add(file(file, list, catalog)));
    }

    /** "0 problems", "2 problems and 1 warning": errors always counted, so a clean text says 0. */
    static String count(List<LessonProblem> problems) {
        long errors = problems.stream().filter(LessonProblem::error).count();
        long warnings = problems.size() - errors;
        return errors
                + (errors == 1 ? " problem" : " problems")
                + (warnings == 0 ? "" : " and " + warnings + (warnings == 1 ? " warning" : " warnings"));
    }

    /** {@code 12:3}, or "whole file" for a problem without a line. */
    static String place(LessonProblem p) {
        return p.line() == 0 ? "whole file" : p.line() + ":" + p.column();
    }

    private Div file(Path file, List<LessonProblem> problems, LessonCatalog catalog) {
        Div section = new Div();
        section.addClassName("lab-problem-file");
        section.getElement().setAttribute("data-file", file.toString());
        section.add(new H3(file.toString()));
        Optional<String> slug = slugOf(file);
        // The file's own text places each line in a step; the served lesson (maybe its last good version) says
        // which steps a link can open.
        StepLines steps = slug.flatMap(s -> files.text(s)).map(StepLines::of).orElse(StepLines.of(""));
        Optional<Lesson> served = slug.flatMap(s -> catalog.find(s, true));
        UnorderedList list = new UnorderedList();
        for (LessonProblem p : problems) {
            ListItem item = new ListItem();
            item.addClassName(p.warning() ? "lab-warning" : "lab-problem");
            item.getElement().setAttribute("data-line", String.valueOf(p.line()));
            if (slug.isPresent()) {
                Optional<String> step = steps.stepAt(p.line())
                        .filter(id -> served.flatMap(l -> l.step(id)).isPresent());
                item.add(new Anchor(href(slug.get(), step.orElse(null)), place(p)));
            } else {
                item.add(new Span(place(p)));
            }
            item.add(new Span(" " + (p.warning() ? "warning: " : "") + p.message()));
            list.add(item);
        }
        section.add(list);
        return section;
    }

    // A lesson's files are <slug>/…; course.yml and the folder itself belong to no lesson.
    private static Optional<String> slugOf(Path file) {
        if (file.isAbsolute() || file.getNameCount() < 2) {
            return Optional.empty();
        }
        return Optional.of(file.getName(0).toString());
    }

    static String href(String slug, @Nullable String step) {
        return RouteConfiguration.forApplicationScope().getUrl(LessonView.class, LessonView.parameters(slug, step))
                + "?instructor";
    }
}
