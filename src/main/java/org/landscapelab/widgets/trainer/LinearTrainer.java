package org.landscapelab.widgets.trainer;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.ReducedRankRegression;
import org.landscapelab.widgets.Options;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;

/** {@code linear-trainer}: gradient descent from many random starts on a linear network, judged against L*. */
public final class LinearTrainer implements Widget {

    static final int MAX_SIDE = 6;
    static final String X = "1,0,0;0,1,0;0,0,1";
    static final String Y = "3,0,0;0,2,0;0,0,1";

    @Override
    public String name() {
        return "linear-trainer";
    }

    @Override
    public String description() {
        return "Gradient descent (optionally with momentum) on ½‖W_h⋯W_1X − Y‖² from many seeded random starts: loss curves against the"
                + " closed-form optimum L*, a histogram of final losses, and how each run ended.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                new OptionSpec("X", OptionType.MATRIX, X, 1.0, (double) MAX_SIDE, List.of(), "inputs, d0×n"),
                new OptionSpec("Y", OptionType.MATRIX, Y, 1.0, (double) MAX_SIDE, List.of(), "targets, dh×n"),
                OptionSpec.of("hidden", OptionType.TEXT, "1", "hidden widths d1,…,d(h−1), e.g. \"1\" or \"2,2\""),
                OptionSpec.range("rate", OptionType.NUMBER, "0.05", 0.0001, 1, "learning rate η"),
                OptionSpec.range("momentum", OptionType.NUMBER, "0", 0, 0.99,
                        "heavy-ball momentum μ (0 = plain gradient descent)"),
                OptionSpec.range("steps", OptionType.INTEGER, "3000", 10, 20000, "steps per run"),
                OptionSpec.range("starts", OptionType.INTEGER, "12", 1, 50, "random starts"),
                OptionSpec.range("scale", OptionType.NUMBER, "0.3", 0.001, 3, "standard deviation of the start"),
                OptionSpec.range("seed", OptionType.INTEGER, "1", 0, 1_000_000_000, "seed of the random starts"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        setup(options, problems);
        return problems;
    }

    @Override
    public Optional<Evaluation> evaluate(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        Setup s = setup(options, problems);
        if (s == null) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        try {
            double lStar = ReducedRankRegression.globalOptimum(s.x(), s.y(), s.widths()).value();
            return Optional.of(new Evaluation("L* = " + sig6(lStar), Map.of("L*", lStar)));
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Component create(WidgetContext context) {
        return new LinearTrainerView(context);
    }

    /** The data and widths a run needs, or null with the problems said. */
    record Setup(Matrix x, Matrix y, int[] widths) {}

    /** Data and widths for other widgets of the same problem (options already validated). */
    public record Data(Matrix x, Matrix y, int[] widths) {}

    public static void validate(Map<String, Object> options, List<String> problems) {
        setup(options, problems);
    }

    public static Data data(Map<String, Object> options) {
        Setup s = setup(options, new ArrayList<>());
        if (s == null) {
            throw new IllegalArgumentException("invalid options: " + options);
        }
        return new Data(s.x(), s.y(), s.widths());
    }

    static Setup setup(Map<String, Object> options, List<String> problems) {
        Matrix x = matrix(options.getOrDefault("X", X), "X", problems);
        Matrix y = matrix(options.getOrDefault("Y", Y), "Y", problems);
        int[] hidden = hidden(String.valueOf(options.getOrDefault("hidden", "1")), problems);
        if (x == null || y == null || hidden == null) {
            return null;
        }
        if (x.cols() != y.cols()) {
            problems.add("X and Y need the same number of columns (samples): X is " + x.shape() + ", Y is " + y.shape());
            return null;
        }
        int[] widths = new int[hidden.length + 2];
        widths[0] = x.rows();
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = y.rows();
        return new Setup(x, y, widths);
    }

    static int[] hidden(String text, List<String> problems) {
        String[] parts = text.strip().split("\\s*,\\s*");
        if (parts.length > 4) {
            problems.add("at most 4 hidden layers");
            return null;
        }
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                out[i] = -1;
            }
            if (out[i] < 1 || out[i] > MAX_SIDE) {
                problems.add("hidden widths must be whole numbers from 1 to " + MAX_SIDE + ", separated by commas; got \""
                        + text + "\"");
                return null;
            }
        }
        return out;
    }

    static Matrix matrix(Object value, String name, List<String> problems) {
        return Options.matrix(value, name, MAX_SIDE, problems);
    }

    static String sig6(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
