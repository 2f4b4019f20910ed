package org.landscapelab.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.Step;

/**
 * A link into a step behind a required checkpoint opens the checkpoint's step instead, with this note: where the
 * link leads and why it stopped here; once the checkpoint is passed, a link on to that step with the link's own
 * widget state.
 */
class LockedLink extends Paragraph {

    /** The query parameter naming the step the link was for. */
    static final String PARAMETER = "locked";

    private final Lesson lesson;
    private final Step step;
    private final Map<String, List<String>> state;

    private LockedLink(Lesson lesson, Step step, Map<String, List<String>> state) {
        this.lesson = lesson;
        this.step = step;
        this.state = state;
        addClassName("lab-locked-link");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("data-step", step.id());
    }

    /** The note for a forwarded link, if the query says where it was going (and that step still exists). */
    static Optional<LockedLink> of(Lesson lesson, Map<String, List<String>> query) {
        List<String> named = query.getOrDefault(PARAMETER, List.of());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> state = new LinkedHashMap<>(query);
        state.remove(PARAMETER);
        return lesson.step(named.getFirst()).map(step -> new LockedLink(lesson, step, state));
    }

    Step step() {
        return step;
    }

    /** Says what the student can do now: pass the checkpoint, or go on to the step. */
    void unlocked(boolean open) {
        removeAll();
        getElement().setAttribute("data-unlocked", String.valueOf(open));
        if (open) {
            RouterLink on = new RouterLink("Go on to “" + step.title() + "”", LessonView.class, parameters());
            on.setQueryParameters(new QueryParameters(state));
            add(new Span("Passed. "), on);
            on.addClassName("lab-locked-link-go");
            add(new Span(", where the link you followed was going."));
        } else {
            add(new Span("The link you followed leads to “" + step.title() + "”, which opens once you pass the"
                    + " required checkpoint in this step."));
        }
    }

    private com.vaadin.flow.router.RouteParameters parameters() {
        return LessonView.parameters(lesson.slug(), step.id());
    }
}
