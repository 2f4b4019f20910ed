package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Random;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.exercises.Exercise;
import org.landscapelab.numerics.exercises.ExerciseGenerator;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.OpennessInstance;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** The explorer on screen: two matrix fields, example menus, and the rendered {@link OpennessExplorerCompute.Result}. */
class OpennessExplorerView extends Div {

    private final WidgetContext context;
    private final MatrixField w1Field = new MatrixField("W1 (m×k)", OpennessExplorer.MAX_SIDE, m -> recompute());
    private final MatrixField w2Field = new MatrixField("W2 (k×n)", OpennessExplorer.MAX_SIDE, m -> recompute());
    private final OpennessResult result = new OpennessResult();
    private final Summary summary = new Summary();
    private final Random random = new Random();

    OpennessExplorerView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-openness-explorer");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Openness explorer");
        add(new H3("Openness explorer"), inputs(), tools(), result, summary);
        start();
    }

    private Div inputs() {
        w1Field.setInvalidListener(message -> stale("W1: " + message));
        w2Field.setInvalidListener(message -> stale("W2: " + message));
        w1Field.setReadOnly(context.isLocked(OpennessExplorer.W1.name()));
        w2Field.setReadOnly(context.isLocked(OpennessExplorer.W2.name()));
        Div fields = new Div(w1Field, w2Field);
        fields.addClassName("lab-widget-inputs");
        return fields;
    }

    private Div tools() {
        Div tools = new Div();
        tools.addClassName("lab-widget-tools");
        boolean examples = OpennessExplorer.SPEC
                        .inputs(Settings.lessonOf(context))
                        .map(OpennessExplorer.Inputs::examples)
                        .orElse(true)
                && !context.isLocked(OpennessExplorer.W1.name())
                && !context.isLocked(OpennessExplorer.W2.name());
        if (examples) {
            Select<OpennessInstance> instances = new Select<>();
            instances.setLabel("Load an instance");
            instances.setPlaceholder("Choose a worked pair…");
            instances.setItems(OpennessInstance.values());
            instances.setItemLabelGenerator(OpennessInstance::label);
            instances.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    load(e.getValue().w1(), e.getValue().w2());
                }
            });
            Select<ExerciseKind> kinds = new Select<>();
            kinds.setLabel("Random example of kind");
            kinds.setItems(ExerciseKind.values());
            kinds.setItemLabelGenerator(OpennessExplorerView::kindLabel);
            kinds.setValue(ExerciseKind.EQUAL_RANKS_NOT_OPEN);
            Button roll =
                    new Button("New random example", VaadinIcon.RANDOM.create(), e -> randomExample(kinds.getValue()));
            tools.add(instances, kinds, roll);
        }
        Button copy = new Button("Copy link", VaadinIcon.LINK.create(), e -> UrlState.copyLink(this));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tools.add(copy);
        return tools;
    }

    private void start() {
        WidgetSpec.Start<OpennessExplorer.Inputs> start = OpennessExplorer.SPEC.start(context);
        load(start.inputs().pair().w1(), start.inputs().pair().w2());
        start.notice().ifPresent(result::message);
    }

    private void load(Matrix w1, Matrix w2) {
        w1Field.show(w1);
        w2Field.show(w2);
        recompute();
    }

    private void randomExample(ExerciseKind kind) {
        Exercise exercise =
                ExerciseGenerator.generate(kind == null ? ExerciseKind.EQUAL_RANKS_NOT_OPEN : kind, random.nextLong());
        load(exercise.w1(), exercise.w2());
    }

    /** The inputs do not form a valid pair: the shown analysis is of the last valid one, and says so. */
    private void stale(String reason) {
        result.stale(true);
        summary.setText("No valid pair: " + reason + " The analysis shown is of the last valid pair.");
    }

    private void recompute() {
        Matrix w1 = w1Field.matrix();
        Matrix w2 = w2Field.matrix();
        if (w1 == null || w2 == null || !w1Field.textValid() || !w2Field.textValid()) {
            return;
        }
        if (w1.cols() != w2.rows()) {
            String message =
                    "W2 needs " + w1.cols() + " rows to multiply W1 (" + w1.shape() + "); it has " + w2.rows() + ".";
            w2Field.setErrorMessage(message);
            w2Field.setInvalid(true);
            stale(message);
            return;
        }
        try {
            OpennessExplorerCompute.Result r = OpennessExplorerCompute.compute(
                    new OpennessExplorer.Inputs(new OpennessExplorer.Pair(w1, w2), true), Job.HEADLESS);
            w2Field.valid();
            result.show(r);
            summary.setText(r.summary());
            UrlState.of(context)
                    .with(OpennessExplorer.W1, w1)
                    .with(OpennessExplorer.W2, w2)
                    .write(this);
        } catch (NumericsException e) {
            result.message(e.getMessage());
        }
    }

    static String kindLabel(ExerciseKind kind) {
        return switch (kind) {
            case RANKS_DIFFER -> "ranks differ";
            case EQUAL_RANKS_OPEN -> "equal ranks, open";
            case EQUAL_RANKS_NOT_OPEN -> "equal ranks, not open";
            case FULL_RANK -> "full rank";
        };
    }
}
