package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.TwoLayerCriticalPoints;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;

/** The critical-point table on screen: data and width in, every family out, recomputed off the UI thread. */
class CriticalPointsView extends Div {

    private final WidgetContext context;
    private final MatrixField x = new MatrixField("X (d0×n)", CriticalPoints.MAX_SIDE, m -> recompute());
    private final MatrixField y = new MatrixField("Y (d2×n)", CriticalPoints.MAX_SIDE, m -> recompute());
    private final IntegerField d1 = new IntegerField("Hidden width d1");
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph message = new Paragraph();
    private final CriticalPointsResult result = new CriticalPointsResult();
    private final Summary summary = new Summary();
    private Background.Task task;
    private boolean shown;

    CriticalPointsView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-critical-points");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Critical points of a two-layer linear network");
        message.addClassName("lab-widget-message");
        add(new H3("Every critical point of a two-layer network"), inputs(), tools(), message, result, summary);
        configure();
        addAttachListener(e -> {
            if (!shown) {
                recompute(); // first attach, or back after a detach that cut the first run short
            }
        });
    }

    private void configure() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> wanted = Map.of("X", context.initial("X").orElse(CriticalPoints.X),
                "Y", context.initial("Y").orElse(CriticalPoints.Y), "d1", context.initial("d1").orElse(CriticalPoints.D1));
        Map<String, Object> mapped = CriticalPoints.trainerOptions(wanted, problems);
        org.landscapelab.widgets.trainer.LinearTrainer.validate(mapped, problems);
        if (!problems.isEmpty()) {
            // A hand-edited URL: fall back to the lesson's example and say why.
            message.setText("The link held invalid values (" + String.join("; ", problems)
                    + "); showing the lesson's example instead.");
            problems.clear();
            mapped = CriticalPoints.trainerOptions(Map.of(
                    "X", context.options().getOrDefault("X", CriticalPoints.X),
                    "Y", context.options().getOrDefault("Y", CriticalPoints.Y),
                    "d1", context.options().getOrDefault("d1", CriticalPoints.D1)), problems);
        }
        var data = org.landscapelab.widgets.trainer.LinearTrainer.data(mapped);
        x.show(data.x());
        y.show(data.y());
        d1.setValue(data.widths()[1]);
        d1.setMin(1);
        d1.setMax(CriticalPoints.MAX_SIDE);
        d1.setStepButtonsVisible(true);
        d1.setManualValidation(true);
        d1.setValueChangeMode(ValueChangeMode.LAZY);
        d1.setValueChangeTimeout(350);
        d1.setHelperText("1 to " + CriticalPoints.MAX_SIDE);
        d1.addValueChangeListener(e -> recompute());
        x.setReadOnly(context.isLocked("X"));
        y.setReadOnly(context.isLocked("Y"));
        d1.setReadOnly(context.isLocked("d1"));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Enumeration progress");
    }

    private Div inputs() {
        Div fields = new Div(x, y, d1);
        fields.addClassName("lab-widget-inputs");
        return fields;
    }

    private Div tools() {
        Div tools = new Div();
        tools.addClassName("lab-widget-tools");
        if (!context.isLocked("X") && !context.isLocked("Y")) {
            Select<Preset> presets = new Select<>();
            presets.setLabel("Load an example");
            presets.setPlaceholder("Choose an example…");
            presets.setItems(Preset.values());
            presets.setItemLabelGenerator(Preset::label);
            presets.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    x.show(e.getValue().x());
                    y.show(e.getValue().y());
                    recompute();
                }
            });
            tools.add(presets);
        }
        cancel.addClickListener(e -> stop("Cancelled; the table shows the last finished enumeration."));
        cancel.setEnabled(false);
        Button copy = new Button("Copy link", VaadinIcon.LINK.create(), e -> UrlState.copyLink(this));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tools.add(cancel, progress, copy);
        return tools;
    }

    private void recompute() {
        // Re-parse both: a field left invalid must not feed a stale matrix, and a fixed shape clears Y's mark.
        // Every field is checked and marked on its own, so one error never hides another.
        Matrix xm = x.parse(x.getValue()).orElse(null);
        Matrix ym = y.parse(y.getValue()).orElse(null);
        boolean ok = xm != null && ym != null;
        if (ok && xm.cols() != ym.cols()) {
            y.setErrorMessage("Y needs " + xm.cols() + " columns (one per sample, like X, " + xm.shape() + "); it has "
                    + ym.cols() + ".");
            y.setInvalid(true);
            ok = false;
        }
        Integer width = d1.getValue();
        if (width == null || width < 1 || width > CriticalPoints.MAX_SIDE) {
            d1.setErrorMessage("The hidden width d1 must be a whole number from 1 to " + CriticalPoints.MAX_SIDE + ".");
            d1.setInvalid(true);
            ok = false;
        } else {
            d1.setInvalid(false);
        }
        if (!ok) {
            return; // the fields say what is wrong; the last result stays
        }
        if (getUI().isEmpty()) {
            return; // not on a page yet: the attach listener starts the first run
        }
        if (task != null) {
            task.cancel();
        }
        message.setText("");
        cancel.setEnabled(true);
        progress.setValue(0);
        progress.setVisible(true);
        int w = width;
        // Callbacks of a task that was replaced or cancelled meanwhile are ignored (a cancelled task fails).
        Background.Task[] mine = new Background.Task[1];
        mine[0] = Background.start(this,
                (cancelled, report) -> TwoLayerCriticalPoints.enumerate(xm, ym, w, Instant.now().plus(CriticalPoints.BUDGET),
                        cancelled, report),
                p -> {
                    if (task == mine[0]) {
                        progress.setValue(p);
                    }
                },
                e -> {
                    if (task == mine[0]) {
                        show(xm, ym, w, e);
                    }
                },
                reason -> {
                    if (task == mine[0]) {
                        failed(reason);
                    }
                });
        task = mine[0];
    }

    private void show(Matrix xm, Matrix ym, int w, TwoLayerCriticalPoints.Enumeration e) {
        task = null;
        shown = true;
        idle();
        result.show(e, w);
        summary.setText(CriticalPoints.sentence(e));
        UrlState.write(this, context.urlPrefix(), Map.of("X", xm.format(), "Y", ym.format(), "d1", Integer.toString(w)));
    }

    private void failed(String reason) {
        task = null;
        idle();
        message.setText(reason);
    }

    private void stop(String why) {
        if (task != null) {
            task.cancel();
            task = null;
        }
        idle();
        message.setText(why);
    }

    private void idle() {
        cancel.setEnabled(false);
        progress.setVisible(false);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (task != null) {
            task.cancel();
            task = null;
        }
        idle();
    }

    /** The worked instances of the notes (§4.4); inputs only, every number shown is computed. */
    enum Preset {
        ECKART_YOUNG("Eckart–Young diag(3,2,1)", CriticalPoints.X, CriticalPoints.Y),
        RANK_DEFICIENT("rank-deficient X (notes §4.4b)", "1,0,1,0;0,1,1,0;1,1,2,0", "2,0,1,1;0,1,1,0;1,1,0,3");

        private final String label;
        private final String x;
        private final String y;

        Preset(String label, String x, String y) {
            this.label = label;
            this.x = x;
            this.y = y;
        }

        String label() {
            return label;
        }

        Matrix x() {
            return parsed(x);
        }

        Matrix y() {
            return parsed(y);
        }

        private static Matrix parsed(String text) {
            try {
                return Matrix.parse(text);
            } catch (NumericsException e) {
                throw new IllegalStateException("preset does not parse: " + text, e);
            }
        }
    }
}
