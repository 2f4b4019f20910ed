package org.landscapelab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.landscapelab.lessons.LessonAuthoring;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.lessons.Step;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * What unsaved lesson text gives: its problems at their lines and steps (a click selects the line in the text), who
 * will see it once saved, and its steps rendered with their widgets.
 */
class LessonPreview extends Div {

    private final WidgetRegistry widgets;
    private final IntConsumer selectLine;
    private final Paragraph count = new Paragraph();
    private final Paragraph audience = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final Div steps = new Div();
    private Map<Step, StepPreview> rendered = new HashMap<>();

    LessonPreview(WidgetRegistry widgets, IntConsumer selectLine) {
        this.widgets = widgets;
        this.selectLine = selectLine;
        addClassName("lab-preview");
        count.addClassName("lab-preview-count");
        audience.addClassName("lab-preview-audience");
        problems.addClassName("lab-preview-problems");
        steps.addClassName("lab-preview-steps");
        add(count, audience, problems, steps);
    }

    void show(LessonAuthoring.Preview preview) {
        count.setText(CourseProblems.count(preview.problems()));
        // Who the text is for once saved: removing `draft: true` is how a lesson is published.
        audience.setText(preview.lesson()
                .map(l -> preview.draft()
                        ? "A draft: once saved, only instructors see it."
                        : "Published: once saved, students see it.")
                .orElse(""));
        problems.removeAll();
        preview.problems().forEach(p -> problems.add(problem(p, preview)));
        showSteps(preview);
    }

    private ListItem problem(LessonProblem p, LessonAuthoring.Preview preview) {
        String step =
                preview.steps().stepAt(p.line()).map(id -> " · step " + id).orElse("");
        Button where = new Button(CourseProblems.place(p), e -> {
            if (p.line() > 0) {
                selectLine.accept(p.line());
            }
        });
        where.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        where.getElement().setAttribute("title", "Select this line in the text");
        ListItem item = new ListItem(where, new Span(step + " · " + (p.warning() ? "warning: " : "") + p.message()));
        item.addClassNames("lab-preview-problem", p.warning() ? "lab-warning" : "lab-problem");
        item.getElement().setAttribute("data-line", String.valueOf(p.line()));
        return item;
    }

    // A step that did not change keeps its widgets: typing in one step does not restart the others' computations.
    private void showSteps(LessonAuthoring.Preview preview) {
        steps.removeAll();
        if (preview.lesson().isEmpty()) {
            steps.add(new Paragraph("Nothing to show yet: the problems above keep the lesson from being read."));
            rendered = new HashMap<>();
            return;
        }
        Map<Step, StepPreview> kept = new HashMap<>();
        List<Component> shown = new ArrayList<>();
        for (Step step : preview.lesson().get().steps()) {
            StepPreview view = rendered.remove(step);
            if (view == null) {
                view = new StepPreview(step, widgets);
            }
            kept.putIfAbsent(step, view);
            shown.add(view);
        }
        rendered = kept;
        shown.forEach(steps::add);
    }
}
