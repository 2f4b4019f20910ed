package org.landscapelab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.IntConsumer;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.Step;

/** One step on screen: the step list, a progress bar, the step's content, and previous/next. */
class StepPane extends Div {

    private final Lesson lesson;
    private final IntConsumer move;
    private final H2 heading;
    private final Div content = new Div();
    private final Div article;
    private final Span progressLabel = new Span();
    private final ProgressBar bar;
    private final Button previous;
    private final Button next;
    private final Span gateHint = new Span("Pass the checkpoint to go on.");
    private Step step;
    private int furthest;
    private int gate;
    private Nav steps;

    StepPane(Lesson lesson, Step step, int furthest, int gate, IntConsumer move) {
        this.lesson = lesson;
        this.step = step;
        this.furthest = furthest;
        this.gate = gate;
        this.move = move;
        addClassName("lab-player");
        heading = new H2(step.title());
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("lab-step-title");
        content.addClassName("lab-step-content");
        bar = new ProgressBar(0, lesson.steps().size(), 1);
        bar.getElement().setAttribute("aria-label", "Lesson progress");
        progressLabel.addClassName("lab-progress-label");
        Div box = new Div(progressLabel, bar);
        box.addClassName("lab-progress");
        previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> move.accept(-1));
        previous.addClassName("lab-previous");
        next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> move.accept(1));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("lab-next");
        gateHint.addClassName("lab-gate-hint");
        Div buttons = new Div(previous, gateHint, next);
        buttons.addClassName("lab-step-buttons");
        article = new Div(box, heading, content, buttons);
        article.addClassName("lab-step");
        steps = stepList();
        add(steps, article);
        showPlace();
    }

    /**
     * Another step of the same lesson: only what differs changes (heading, progress, the step list's marks,
     * buttons); the caller puts in the new step's blocks. A move costs the server what the new step needs, not
     * a new page.
     */
    void show(Step step, int furthest, int gate) {
        boolean relock = gate != this.gate;
        this.step = step;
        this.furthest = furthest;
        this.gate = gate;
        heading.setText(step.title());
        if (relock) {
            Nav fresh = stepList();
            replace(steps, fresh);
            steps = fresh;
        } else {
            markSteps(steps);
        }
        showPlace();
    }

    /** A checkpoint was passed: steps up to {@code gate} open. */
    void unlockUpTo(int gate) {
        show(step, furthest, gate);
    }

    Step step() {
        return step;
    }

    void setBlocks(List<Component> blocks) {
        content.removeAll();
        blocks.forEach(content::add);
    }

    void focusHeading() {
        heading.getElement().executeJs("this.focus()");
    }

    private void showPlace() {
        int index = lesson.indexOf(step);
        int count = lesson.steps().size();
        String words = "Step " + (index + 1) + " of " + count;
        progressLabel.setText(words);
        bar.setValue(index + 1);
        bar.getElement().setAttribute("aria-valuetext", words);
        article.getElement().setAttribute("data-step", step.id());
        previous.setEnabled(index > 0);
        next.setEnabled(index < count - 1 && index < gate);
        gateHint.setVisible(index >= gate && index < count - 1);
    }

    private Nav stepList() {
        OrderedList list = new OrderedList();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Step s = lesson.steps().get(i);
            ListItem item;
            if (i > gate) {
                Span locked = new Span(s.title());
                locked.addClassName("lab-locked");
                locked.getElement().setAttribute("aria-disabled", "true");
                locked.getElement().setAttribute("title", "Pass the checkpoint first");
                locked.getElement().setAttribute("data-step", s.id());
                item = new ListItem(locked);
            } else {
                RouterLink link =
                        new RouterLink(s.title(), LessonView.class, LessonView.parameters(lesson.slug(), s.id()));
                link.getElement().setAttribute("data-step", s.id());
                item = new ListItem(link);
            }
            list.add(item);
        }
        Nav nav = new Nav(list);
        nav.addClassName("lab-steps");
        nav.getElement().setAttribute("aria-label", "Steps of this lesson");
        markSteps(nav);
        return nav;
    }

    // The current, visited and ahead marks; set only where they change, so a move sends a few attributes.
    private void markSteps(Nav nav) {
        int current = lesson.indexOf(step);
        List<Component> items =
                nav.getChildren().findFirst().orElseThrow().getChildren().toList();
        for (int i = 0; i < items.size(); i++) {
            ListItem item = (ListItem) items.get(i);
            String mark = i == current ? "lab-current" : i <= furthest ? "lab-visited" : "lab-ahead";
            if (!item.hasClassName(mark)) {
                item.removeClassNames("lab-current", "lab-visited", "lab-ahead");
                item.addClassName(mark);
            }
            Component inner = item.getChildren().findFirst().orElseThrow();
            if (inner instanceof RouterLink link) {
                if (i == current) {
                    link.getElement().setAttribute("aria-current", "step");
                } else if (link.getElement().hasAttribute("aria-current")) {
                    link.getElement().removeAttribute("aria-current");
                }
            }
        }
    }
}
