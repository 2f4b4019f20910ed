package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The frame every checkpoint shares: the question, the checkpoint's own inputs, a Check button, feedback in an
 * {@code aria-live} region and the passed state; a ladder of the author's hints, opened one at a time, and after
 * {@link #SOLUTION_AFTER} wrong answers to the same question a worked solution, computed for the question on screen
 * by the checkpoint type where it has one. Subclasses decide what is asked and how it is graded.
 */
public class CheckpointFrame extends Div {

    private final Checkpoint.Hooks hooks;
    private final Div body = new Div();
    private final Paragraph feedback = new Paragraph();
    private final Span status = new Span();
    private final Button check = new Button("Check");
    private final Button hint = new Button();
    private final Button solve = new Button("Show a worked solution");
    private final Div help = new Div();
    private @Nullable Component shownSolution;
    private int hintsShown;
    private int wrong;
    private boolean passed;
    private @Nullable Long variant;

    /** Wrong answers to one question after which its worked solution is offered. */
    public static final int SOLUTION_AFTER = 3;

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
        hint.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        hint.addClassName("lab-hint-button");
        hint.addClickListener(e -> nextHint());
        solve.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        solve.addClassName("lab-solve-button");
        solve.addClickListener(e -> showSolution());
        Div actions = new Div(check, hint, solve);
        actions.addClassName("lab-checkpoint-actions");
        help.addClassName("lab-checkpoint-help");
        help.getElement().setAttribute("aria-live", "polite");
        add(body, actions, feedback, help);
        setPassed(hooks.passedBefore());
        updateHelp();
    }

    /**
     * The worked solution of the question on screen, computed for it; empty where the type has none (its verdict
     * already explains the answer). Asked for only when the student opens it.
     */
    protected Optional<Component> solution() {
        return Optional.empty();
    }

    private void nextHint() {
        List<String> hints = hooks.hintsHtml();
        if (hintsShown >= hints.size()) {
            return;
        }
        Div shown = new Div();
        shown.addClassNames("lab-prose", "lab-hint");
        Span label = new Span("Hint " + (hintsShown + 1) + " of " + hints.size() + ": ");
        label.addClassName("lab-hint-label");
        Div text = new Div();
        text.getElement().setProperty("innerHTML", hints.get(hintsShown)); // sanitized when the lesson was loaded
        shown.add(label, text);
        if (shownSolution != null) {
            help.addComponentAtIndex(help.indexOf(shownSolution), shown);
        } else {
            help.add(shown);
        }
        hintsShown++;
        updateHelp();
    }

    private void showSolution() {
        solution().ifPresent(s -> {
            Div box = new Div(new Span("Worked solution"), s);
            box.addClassName("lab-solution");
            box.getChildren().findFirst().ifPresent(c -> c.addClassName("lab-solution-label"));
            help.add(box);
            shownSolution = box;
        });
        updateHelp();
    }

    private void updateHelp() {
        int total = hooks.hintsHtml().size();
        hint.setVisible(hintsShown < total);
        hint.setText(hintsShown == 0 ? "Hint" : "Another hint");
        hint.getElement().setAttribute("aria-label", "Show hint " + (hintsShown + 1) + " of " + total);
        solve.setVisible(wrong >= SOLUTION_AFTER && shownSolution == null && !passed);
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
        wrong += right ? 0 : 1;
        updateHelp();
        feedback.setText((right ? "Right. " : "Not quite. ") + text);
        feedback.getElement().setAttribute("data-summary", feedback.getText());
        feedback.getElement().setAttribute("data-right", String.valueOf(right));
        feedback.removeClassNames("lab-good", "lab-bad");
        feedback.addClassName(right ? "lab-good" : "lab-bad");
    }

    /** Removes the verdict, e.g. when a new question replaces the one it was about. */
    protected void clearFeedback() {
        // a new question: its own count of wrong answers, and the old question's solution goes with it
        wrong = 0;
        if (shownSolution != null) {
            help.remove(shownSolution);
            shownSolution = null;
        }
        updateHelp();
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
        solve.setVisible(false);
    }
}
