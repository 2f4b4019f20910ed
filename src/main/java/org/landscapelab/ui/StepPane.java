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
    private final Step step;
    private final int furthest;
    private final IntConsumer move;
    private final H2 heading;
    private final Div content = new Div();
    private final Div buttons = new Div();
    private Nav steps;

    StepPane(Lesson lesson, Step step, int furthest, int gate, IntConsumer move) {
        this.lesson = lesson;
        this.step = step;
        this.furthest = furthest;
        this.move = move;
        int index = lesson.indexOf(step);
        addClassName("lab-player");
        heading = new H2(step.title());
        heading.getElement().setAttribute("tabindex", "-1");
        heading.addClassName("lab-step-title");
        content.addClassName("lab-step-content");
        buttons.addClassName("lab-step-buttons");
        Div article = new Div(progress(index, lesson.steps().size()), heading, content, buttons);
        article.addClassName("lab-step");
        article.getElement().setAttribute("data-step", step.id());
        steps = stepList(index, gate);
        add(steps, article);
        fillButtons(index, gate);
    }

    /** A checkpoint was passed: steps up to {@code gate} open. */
    void unlockUpTo(int gate) {
        int index = lesson.indexOf(step);
        Nav fresh = stepList(index, gate);
        replace(steps, fresh);
        steps = fresh;
        fillButtons(index, gate);
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

    private Div progress(int index, int count) {
        ProgressBar bar = new ProgressBar(0, count, index + 1);
        String words = "Step " + (index + 1) + " of " + count;
        bar.getElement().setAttribute("aria-label", "Lesson progress");
        bar.getElement().setAttribute("aria-valuetext", words);
        Span label = new Span(words);
        label.addClassName("lab-progress-label");
        Div box = new Div(label, bar);
        box.addClassName("lab-progress");
        return box;
    }

    private Nav stepList(int current, int gate) {
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
                RouterLink link = new RouterLink(s.title(), LessonView.class, LessonView.parameters(lesson.slug(), s.id()));
                link.getElement().setAttribute("data-step", s.id());
                if (i == current) {
                    link.getElement().setAttribute("aria-current", "step");
                }
                item = new ListItem(link);
            }
            item.addClassName(i == current ? "lab-current" : i <= furthest ? "lab-visited" : "lab-ahead");
            list.add(item);
        }
        Nav nav = new Nav(list);
        nav.addClassName("lab-steps");
        nav.getElement().setAttribute("aria-label", "Steps of this lesson");
        return nav;
    }

    private void fillButtons(int index, int gate) {
        int count = lesson.steps().size();
        Button previous = new Button("Previous", VaadinIcon.ARROW_LEFT.create(), e -> move.accept(-1));
        previous.setEnabled(index > 0);
        previous.addClassName("lab-previous");
        Button next = new Button("Next", VaadinIcon.ARROW_RIGHT.create(), e -> move.accept(1));
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setEnabled(index < count - 1 && index < gate);
        next.addClassName("lab-next");
        buttons.removeAll();
        buttons.add(previous);
        if (index >= gate && index < count - 1) {
            Span hint = new Span("Pass the checkpoint to go on.");
            hint.addClassName("lab-gate-hint");
            buttons.add(hint);
        }
        buttons.add(next);
    }
}
