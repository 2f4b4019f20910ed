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
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Stale;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

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
    /** Why the link's settings were not used; shown until the first enumeration of other data replaces it. */
    private String notice = "";

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
        WidgetSpec.Start<CriticalPoints.Inputs> start = CriticalPoints.SPEC.start(context);
        CriticalPoints.Inputs in = start.inputs();
        x.show(in.problem().x());
        y.show(in.problem().y());
        d1.setValue(in.d1());
        notice = start.notice().orElse("");
        message.setText(notice);
        d1.setMin((int) LinearProblem.D1.min());
        d1.setMax((int) LinearProblem.D1.max());
        d1.setStepButtonsVisible(true);
        d1.setManualValidation(true);
        d1.setValueChangeMode(ValueChangeMode.LAZY);
        d1.setValueChangeTimeout(350);
        d1.setHelperText((int) LinearProblem.D1.min() + " to " + (int) LinearProblem.D1.max());
        d1.addValueChangeListener(e -> recompute());
        x.setReadOnly(context.isLocked(LinearProblem.X.name()));
        y.setReadOnly(context.isLocked(LinearProblem.Y.name()));
        d1.setReadOnly(context.isLocked(LinearProblem.D1.name()));
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
        if (!context.isLocked(LinearProblem.X.name()) && !context.isLocked(LinearProblem.Y.name())) {
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
        if (width == null || width < LinearProblem.D1.min() || width > LinearProblem.D1.max()) {
            d1.setErrorMessage("The hidden width d1 must be a whole number from " + (int) LinearProblem.D1.min()
                    + " to " + (int) LinearProblem.D1.max() + ".");
            d1.setInvalid(true);
            ok = false;
        } else {
            d1.setInvalid(false);
        }
        if (!ok) {
            // the fields say what is wrong; the last result stays, marked as not of these fields
            if (shown) {
                Stale.mark(true, result, summary);
                message.setText("Not recomputed: fix the marked field." + Stale.LAST_RESULT);
            }
            return;
        }
        if (getUI().isEmpty()) {
            return; // not on a page yet: the attach listener starts the first run
        }
        if (task != null) {
            task.cancel();
        }
        message.setText(notice);
        notice = "";
        cancel.setEnabled(true);
        progress.setValue(0);
        progress.setVisible(true);
        CriticalPoints.Inputs in = CriticalPoints.Inputs.of(xm, ym, width);
        // Callbacks of a task that was replaced or cancelled meanwhile are ignored (a cancelled task fails).
        Background.Task[] mine = new Background.Task[1];
        mine[0] = Background.start(
                this,
                (cancelled, report) -> CriticalPointsCompute.compute(in, new Job(cancelled, report)),
                p -> {
                    if (task == mine[0]) {
                        progress.setValue(p);
                    }
                },
                r -> {
                    if (task == mine[0]) {
                        show(in, r);
                    }
                },
                reason -> {
                    if (task == mine[0]) {
                        failed(reason);
                    }
                });
        task = mine[0];
    }

    private void show(CriticalPoints.Inputs in, CriticalPointsCompute.Result r) {
        task = null;
        shown = true;
        idle();
        result.show(r);
        Stale.mark(false, result, summary);
        summary.setText(r.summary());
        UrlState.of(context)
                .with(LinearProblem.X, in.problem().x())
                .with(LinearProblem.Y, in.problem().y())
                .with(LinearProblem.D1, in.d1())
                .write(this);
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
        /** the course's running example, the options' defaults */
        ECKART_YOUNG("Eckart–Young diag(3,2,1)", LinearProblem.X.defaultValue(), LinearProblem.Y.defaultValue()),
        RANK_DEFICIENT(
                "rank-deficient X (X has rank 2)",
                parsed("1,0,1,0;0,1,1,0;1,1,2,0"),
                parsed("2,0,1,1;0,1,1,0;1,1,0,3"));

        private final String label;
        private final Matrix x;
        private final Matrix y;

        Preset(String label, Matrix x, Matrix y) {
            this.label = label;
            this.x = x;
            this.y = y;
        }

        String label() {
            return label;
        }

        Matrix x() {
            return x;
        }

        Matrix y() {
            return y;
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
