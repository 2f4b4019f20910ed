package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.landscapelab.numerics.Exercise;
import org.landscapelab.numerics.ExerciseGenerator;
import org.landscapelab.numerics.ExerciseKind;
import org.landscapelab.numerics.LocalOpenness;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;

/** The explorer on screen: two matrix fields, example menus, and the analysis of {@link LocalOpenness}. */
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
        w1Field.setReadOnly(context.isLocked("W1"));
        w2Field.setReadOnly(context.isLocked("W2"));
        Div fields = new Div(w1Field, w2Field);
        fields.addClassName("lab-widget-inputs");
        return fields;
    }

    private Div tools() {
        Div tools = new Div();
        tools.addClassName("lab-widget-tools");
        boolean examples = !Boolean.FALSE.equals(context.options().get("examples"))
                && !context.isLocked("W1") && !context.isLocked("W2");
        if (examples) {
            Select<OpennessInstance> instances = new Select<>();
            instances.setLabel("Load an instance");
            instances.setPlaceholder("Choose an instance of the notes…");
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
            Button roll = new Button("New random example", VaadinIcon.RANDOM.create(), e -> randomExample(kinds.getValue()));
            tools.add(instances, kinds, roll);
        }
        Button copy = new Button("Copy link", VaadinIcon.LINK.create(), e -> UrlState.copyLink(this));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tools.add(copy);
        return tools;
    }

    private void start() {
        List<String> problems = new ArrayList<>();
        Matrix w1 = OpennessExplorer.parse(context.initial("W1").orElse("1,0;0,1;0,0"), "W1", problems);
        Matrix w2 = OpennessExplorer.parse(context.initial("W2").orElse("1,0,0;0,0,0"), "W2", problems);
        if (w1 != null && w2 != null && w1.cols() != w2.rows()) {
            problems.add("W2 has " + w2.rows() + " rows but W1 has " + w1.cols() + " columns");
            w1 = null;
        }
        if (w1 == null || w2 == null) {
            // A hand-edited URL: fall back to the lesson's example and say why.
            w1 = OpennessExplorer.parse(context.options().getOrDefault("W1", "1,0;0,1;0,0"), "W1", new ArrayList<>());
            w2 = OpennessExplorer.parse(context.options().getOrDefault("W2", "1,0,0;0,0,0"), "W2", new ArrayList<>());
            load(w1, w2);
            result.message("The link held an invalid pair (" + String.join("; ", problems)
                    + "); showing the lesson's example instead.");
            return;
        }
        load(w1, w2);
    }

    private void load(Matrix w1, Matrix w2) {
        w1Field.show(w1);
        w2Field.show(w2);
        recompute();
    }

    private void randomExample(ExerciseKind kind) {
        Exercise exercise = ExerciseGenerator.generate(kind == null ? ExerciseKind.EQUAL_RANKS_NOT_OPEN : kind,
                random.nextLong());
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
            String message = "W2 needs " + w1.cols() + " rows to multiply W1 (" + w1.shape() + "); it has "
                    + w2.rows() + ".";
            w2Field.setErrorMessage(message);
            w2Field.setInvalid(true);
            stale(message);
            return;
        }
        try {
            LocalOpenness analysis = LocalOpenness.analyze(w1, w2);
            w2Field.setInvalid(false);
            result.show(w1, w2, analysis);
            summary.setText(analysis.summary());
            UrlState.write(this, context.urlPrefix(), Map.of("W1", w1.format(), "W2", w2.format()));
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
