package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.LocalOpenness;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Options;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;

/** {@code openness-explorer}: is multiplication locally open at (W1, W2)? Every condition, computed live. */
public final class OpennessExplorer implements Widget {

    static final int MAX_SIDE = 6;

    @Override
    public String name() {
        return "openness-explorer";
    }

    @Override
    public String description() {
        return "Edit W1 and W2 and see ranks, N(W1) ∩ C(W2), conditions (i)–(iv) with witnesses and the verdict"
                + " of Theorem 2.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                new OptionSpec("W1", OptionType.MATRIX, "1,0;0,1;0,0", 1.0, (double) MAX_SIDE, List.of(),
                        "first factor, m×k"),
                new OptionSpec("W2", OptionType.MATRIX, "1,0,0;0,0,0", 1.0, (double) MAX_SIDE, List.of(),
                        "second factor, k×n (its rows must match W1's columns)"),
                OptionSpec.of("examples", OptionType.BOOLEAN, "true",
                        "show the instance and random-example menus"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        Matrix w1 = parse(options.getOrDefault("W1", "1,0;0,1;0,0"), "W1", problems);
        Matrix w2 = parse(options.getOrDefault("W2", "1,0,0;0,0,0"), "W2", problems);
        if (w1 != null && w2 != null && w1.cols() != w2.rows()) {
            problems.add("W2 must have as many rows as W1 has columns: W1 is " + w1.shape() + ", W2 is " + w2.shape());
        }
        return problems;
    }

    @Override
    public Optional<Evaluation> evaluate(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        Matrix w1 = parse(options.getOrDefault("W1", "1,0;0,1;0,0"), "W1", problems);
        Matrix w2 = parse(options.getOrDefault("W2", "1,0,0;0,0,0"), "W2", problems);
        if (!problems.isEmpty() || w1 == null || w2 == null) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        try {
            LocalOpenness a = LocalOpenness.analyze(w1, w2);
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("rank-W1", (double) a.rankW1());
            values.put("rank-W2", (double) a.rankW2());
            values.put("rank-W1W2", (double) a.rankW1W2());
            values.put("dim-null-W1-in-col-W2", (double) a.nullW1InColumnsW2().dimension());
            values.put("dim-null-W2t-in-row-W1", (double) a.nullW2tInRowsW1().dimension());
            values.put("open", a.locallyOpen() ? 1.0 : 0.0);
            return Optional.of(new Evaluation(a.summary(), values));
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Component create(WidgetContext context) {
        return new OpennessExplorerView(context);
    }

    static Matrix parse(Object value, String name, List<String> problems) {
        return Options.matrix(value, name, MAX_SIDE, problems);
    }
}
