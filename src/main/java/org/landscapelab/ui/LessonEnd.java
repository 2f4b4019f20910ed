package org.landscapelab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.landscapelab.lessons.Block;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonSummary;
import org.landscapelab.lessons.Step;

/**
 * Under a lesson's last step: whether it is complete (every checkpoint passed), where the open checkpoints are, what
 * the student can now do (the lesson's objectives), and the way on — the next lesson of the course, or the catalog
 * after the last.
 */
class LessonEnd extends Div {

    private final Lesson lesson;
    private final Optional<LessonSummary> next;

    /** @param drafts whether drafts count as lessons of the course (for instructors) */
    LessonEnd(Lesson lesson, LessonCatalog catalog, boolean drafts, Set<String> passed) {
        this.lesson = lesson;
        this.next = following(lesson.slug(), catalog.lessons(drafts));
        addClassName("lab-lesson-end");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "End of the lesson");
        show(passed);
    }

    /** Shows the state for the checkpoints passed now (called again when one is passed on the last step). */
    void show(Set<String> passed) {
        removeAll();
        List<Open> open = open(lesson, passed);
        int total = checkpoints(lesson).size();
        boolean complete = open.isEmpty();
        getElement().setAttribute("data-complete", String.valueOf(complete));
        H2 heading = new H2(complete ? "Lesson complete" : "End of the lesson");
        add(heading);
        if (total > 0) {
            add(new Paragraph("Checkpoints passed: " + (total - open.size()) + " of " + total + "."));
        }
        if (!complete) {
            UnorderedList still = new UnorderedList();
            open.stream()
                    .map(Open::step)
                    .distinct()
                    .forEach(step -> still.add(new ListItem(new RouterLink(
                            step.title(), LessonView.class, LessonView.parameters(lesson.slug(), step.id())))));
            add(new Paragraph("Still open, in these steps:"), still);
        }
        if (!lesson.objectivesHtml().isEmpty()) {
            UnorderedList learned = new UnorderedList();
            lesson.objectivesHtml().forEach(html -> {
                ListItem item = new ListItem();
                item.getElement().setProperty("innerHTML", html); // made safe when the file was loaded
                learned.add(item);
            });
            add(new H3(complete ? "You can now" : "This lesson teaches you to"), learned);
        }
        add(way());
    }

    private Div way() {
        Div way = new Div();
        way.addClassName("lab-lesson-next");
        next.ifPresentOrElse(
                n -> {
                    RouterLink link = new RouterLink("", LessonView.class, LessonView.parameters(n.slug(), null));
                    Span title = new Span();
                    title.getElement().setProperty("innerHTML", n.titleHtml());
                    link.add(new Span("Next lesson: "), title);
                    link.addClassName("lab-next-lesson");
                    link.getElement().setAttribute("data-slug", n.slug());
                    way.add(link);
                },
                () -> way.add(
                        new Span("That was the last lesson of the course. "),
                        new RouterLink("Back to the catalog", CatalogView.class)));
        way.add(new Span(" · "), new RouterLink("My progress", ProgressView.class));
        return way;
    }

    private static Optional<LessonSummary> following(String slug, List<LessonSummary> course) {
        for (int i = 0; i < course.size() - 1; i++) {
            if (course.get(i).slug().equals(slug)) {
                return Optional.of(course.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** A checkpoint not passed yet, and the step it is in. */
    private record Open(String checkpoint, Step step) {}

    private static List<Open> open(Lesson lesson, Set<String> passed) {
        return checkpoints(lesson).stream()
                .filter(o -> !passed.contains(o.checkpoint()))
                .toList();
    }

    private static List<Open> checkpoints(Lesson lesson) {
        List<Open> all = new ArrayList<>();
        for (Step step : lesson.steps()) {
            for (Block b : step.blocks()) {
                if (b instanceof Block.Checkpoint c) {
                    all.add(new Open(c.widget().id(), step));
                }
            }
        }
        return all;
    }
}
