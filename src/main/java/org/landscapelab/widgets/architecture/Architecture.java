package org.landscapelab.widgets.architecture;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.Hypotheses;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;

/** {@code architecture}: which results apply to these widths and this kind of loss, each hypothesis with its reason. */
public final class Architecture implements Widget {

    @Override
    public String name() {
        return "architecture";
    }

    @Override
    public String description() {
        return "Widths d0,…,dh and a kind of loss: Laurent–von Brecht, Zhang's reduction, Corollary 1 and NR's"
                + " condition, each hypothesis true or false with the reason, and what it licenses.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.of("widths", OptionType.TEXT, "2,1,1,2", "d0,…,dh separated by commas"),
                OptionSpec.choice("loss", "squared", List.of("squared", "convex"), "squared, or any convex loss"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        try {
            report(options);
        } catch (IllegalArgumentException | NumericsException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    @Override
    public Optional<Evaluation> evaluate(Map<String, Object> options) {
        try {
            Hypotheses.Report r = report(options);
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("bottleneck", r.bottleneck() ? 1.0 : 0.0);
            values.put("d-min", (double) r.dMin());
            values.put("narrowest", (double) r.narrowest());
            return Optional.of(new Evaluation(summary(r), values));
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Component create(WidgetContext context) {
        return new ArchitectureView(context);
    }

    static Hypotheses.Report report(Map<String, Object> options) throws NumericsException {
        return Hypotheses.check(widths(String.valueOf(options.getOrDefault("widths", "2,1,1,2"))),
                "convex".equals(options.get("loss")) ? Hypotheses.LossKind.CONVEX : Hypotheses.LossKind.SQUARED);
    }

    static int[] widths(String text) throws NumericsException {
        String[] parts = text.strip().split("\\s*[,\\s]\\s*");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new NumericsException("Widths are whole numbers separated by commas, e.g. 2,1,1,2; '" + parts[i]
                        + "' is not one.");
            }
        }
        if (out.length < 3) {
            throw new NumericsException("Give at least three widths d0, d1, d2 (two layers).");
        }
        return out;
    }

    static String summary(Hypotheses.Report r) {
        StringBuilder s = new StringBuilder("widths " + java.util.Arrays.toString(r.widths()) + ", d_min = " + r.dMin()
                + (r.bottleneck() ? ", bottleneck" : ", no bottleneck") + ": ");
        List<String> parts = new ArrayList<>();
        r.checks().forEach(c -> parts.add(c.name() + " " + (c.holds() ? "holds" : "does not hold")));
        return s.append(String.join("; ", parts)).toString();
    }
}
