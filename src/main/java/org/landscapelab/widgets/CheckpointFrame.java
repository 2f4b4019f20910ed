package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * The frame every checkpoint shares: the question, the checkpoint's own inputs, a Check button, feedback in an
 * {@code aria-live} region and the passed state. Subclasses decide what is asked and how it is graded.
 */
public class CheckpointFrame extends Div {

    private final Checkpoint.Hooks hooks;
    private final Div body = new Div();
    private final Paragraph feedback = new Paragraph();
    private final Span status = new Span();
    private final Button check = new Button("Check");
    private boolean passed;
    private @Nullable Long variant;

    public CheckpointFrame(String title, Checkpoint.Hooks hooks) {
        this.hooks = hooks;
        addClassNames("lab-widget", "lab-checkpoint");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", title);
        Span label = new Span(title);
        label.addClassName("lab-checkpoint-label");
        status.addClassName("lab-checkpoint-status");
        Div head = new Div(label, status);
        head.addClassName("lab-checkpoint-head");
        add(head);
        if (!hooks.questionHtml().isBlank()) {
            // sanitized when the lesson was loaded; innerHTML spares parsing it again at every step
            Div question = new Div();
            question.addClassNames("lab-prose", "lab-question");
            question.getElement().setProperty("innerHTML", hooks.questionHtml());
            add(question);
        }
        body.addClassName("lab-checkpoint-body");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("lab-check");
        feedback.addClassName("lab-feedback");
        feedback.getElement().setAttribute("aria-live", "polite");
        feedback.getElement().setAttribute("data-summary", "");
        add(body, check, feedback);
        setPassed(hooks.passedBefore());
    }

    protected void setInputs(Component... inputs) {
        body.removeAll();
        body.add(inputs);
    }

    protected Button checkButton() {
        return check;
    }

    /** The variant now asked, for checkpoints that draw one: recorded with every attempt. */
    protected void variant(long seed) {
        variant = seed;
    }

    /**
     * Shows the verdict on the student's {@code answer} and records it as an attempt; {@code right} answers count
     * towards passing.
     */
    protected void feedback(String answer, boolean right, String text) {
        hooks.onAttempt().accept(new Checkpoint.Attempt(answer, right, variant));
        feedback.setText((right ? "Right. " : "Not quite. ") + text);
        feedback.getElement().setAttribute("data-summary", feedback.getText());
        feedback.getElement().setAttribute("data-right", String.valueOf(right));
        feedback.removeClassNames("lab-good", "lab-bad");
        feedback.addClassName(right ? "lab-good" : "lab-bad");
    }

    /** Removes the verdict, e.g. when a new question replaces the one it was about. */
    protected void clearFeedback() {
        feedback.setText("");
        feedback.getElement().setAttribute("data-summary", "");
        feedback.getElement().removeAttribute("data-right");
        feedback.removeClassNames("lab-good", "lab-bad");
    }

    protected void pass() {
        if (!passed) {
            setPassed(true);
            hooks.onPassed().run();
        }
    }

    protected void progress(String text) {
        if (!passed) {
            status.setText(text);
        }
    }

    private void setPassed(boolean value) {
        passed = value;
        if (value) {
            status.setText("Passed");
            status.addClassName("lab-good");
            getElement().setAttribute("data-passed", "true");
        }
    }
}
