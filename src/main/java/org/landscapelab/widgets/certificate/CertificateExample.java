package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.MatrixAnswer;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetResult;
import org.landscapelab.widgets.WidgetSpec;

/**
 * Checkpoint {@code certificate-example}: give a critical point whose Hessian is positive semidefinite and which is
 * nevertheless not a local minimum — graded by the certificate, whose feedback says what the point actually is.
 */
public final class CertificateExample implements Checkpoint {

    /** The largest width, and the largest side of X, Y and of the layer fields. */
    static final int MAX_SIDE = 4;

    static final Option<List<Integer>> WIDTHS =
            Option.integers("widths", "1,1,1,1", 3, 5, 1, MAX_SIDE, "d0,…,dh; at most 4 per layer, depth 2–4");
    static final Option<Matrix> X = Option.matrix("X", "1", MAX_SIDE, "inputs, d0×n");
    static final Option<Matrix> Y = Option.matrix("Y", "1", MAX_SIDE, "targets, dh×n");

    /**
     * @param widths d0, …, dh of the network the student fills in
     * @param x the inputs, d0×n
     * @param y the targets, dh×n
     */
    record Inputs(List<Integer> widths, Matrix x, Matrix y) {
        Inputs {
            widths = List.copyOf(widths);
        }

        /** The number of layers h. */
        int depth() {
            return widths.size() - 1;
        }

        /** d_i. */
        int width(int i) {
            return widths.get(i);
        }

        /** Widths, X and Y that fit together; null, with the reason added to the settings, when they do not. */
        static Inputs of(Settings s, List<Integer> widths, Matrix x, Matrix y) {
            if (x.cols() != y.cols() || x.rows() != widths.getFirst() || y.rows() != widths.getLast()) {
                s.problem("X must be d0×n and Y dh×n with the same n");
                return null;
            }
            return new Inputs(widths, x, y);
        }
    }

    static final WidgetSpec<Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "certificate-example",
            "The student enters the layers W1…Wh of a network with given widths, X and Y (squared loss); passed when"
                    + " the certificate finds a critical point with no negative Hessian eigenvalue that is not a minimum.",
            List.of(WIDTHS, X, Y),
            CertificateExample::inputs);

    static Inputs inputs(Settings s) {
        Inputs in = Inputs.of(s, s.get(WIDTHS), s.get(X), s.get(Y));
        // The question must have an answer the checkpoint knows: see variant(Inputs).
        if (in != null && in.depth() < 3) {
            s.problem("this checkpoint needs depth 3 or more (widths with 4 or 5 entries): its known example, the"
                    + " zero point, is a minimum or a strict saddle at depth " + in.depth());
        } else if (in != null && in.y().times(in.x().transpose()).frobeniusNorm() == 0) {
            s.problem("this checkpoint needs YXᵀ ≠ 0: with YXᵀ = 0 the zero point, its known example, is a minimum");
        }
        return in;
    }

    @Override
    public WidgetSpec<Inputs, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        Inputs in = SPEC.lessonInputs(context);
        return new CertificateExampleView(in, hooks);
    }

    /** W1, …, Wh: the names of the layer fields and of the matrices in an answer. */
    static List<String> names(Inputs in) {
        return IntStream.rangeClosed(1, in.depth()).mapToObj(i -> "W" + i).toList();
    }

    /**
     * Grades an answer {@code W1 = …; W2 = …; …} (as {@link MatrixAnswer} writes the layer fields) by the certificate
     * of that point: right when it is a non-strict saddle.
     */
    static CheckpointVariants.Grade grade(Inputs in, String answer, Job job) throws NumericsException {
        List<Matrix> weights = MatrixAnswer.read(answer, names(in), MAX_SIDE);
        for (int i = 0; i < weights.size(); i++) {
            String shape = shapeProblem(in, i, weights.get(i));
            if (shape != null) {
                return new CheckpointVariants.Grade(false, shape);
            }
        }
        CertificateCompute.Result certificate =
                CertificateCompute.certify(LinearNetwork.squaredLoss(in.x(), in.y()), weights, job);
        boolean right = certificate.report().verdict() == Verdict.NON_STRICT_SADDLE;
        return new CheckpointVariants.Grade(
                right,
                "The certificate says: " + certificate.summary() + "."
                        + (right
                                ? ""
                                : " The question asks for a critical point with no negative eigenvalue that is not a"
                                        + " minimum (a non-strict saddle)."));
    }

    /** Why layer {@code i} (from 0) does not fit, or null when it is d_{i+1}×d_i. */
    static String shapeProblem(Inputs in, int i, Matrix m) {
        int rows = in.width(i + 1);
        int cols = in.width(i);
        return m.rows() == rows && m.cols() == cols
                ? null
                : "W" + (i + 1) + " must be " + rows + "×" + cols + "; this is " + m.shape() + ".";
    }

    @Override
    public Optional<CheckpointVariants> variants() {
        return Optional.of((options, seed) -> variant(SPEC.inputsOf(options)));
    }

    /**
     * The example (no seed: the question fixes it) is the zero point: with depth h ≥ 3 every second derivative there
     * is a product holding a zero layer, so the Hessian is 0, while L drops at order h along W_i = t·A_i when YXᵀ ≠ 0
     * — a non-strict saddle, which the certificate must find. Wrong answers: the all-ones point, and answers of the
     * wrong shape and of too few layers.
     */
    static CheckpointVariants.Variant variant(Inputs in) {
        if (in.depth() < 3) {
            throw new IllegalArgumentException("no example is known for depth " + in.depth()
                    + ": the zero point is one only from depth 3 (widths with 4 or more entries)");
        }
        if (in.y().times(in.x().transpose()).frobeniusNorm() == 0) {
            throw new IllegalArgumentException("no example is known when YXᵀ = 0: the zero point is then a minimum");
        }
        List<String> zeros = new ArrayList<>();
        List<String> ones = new ArrayList<>();
        for (int i = 0; i < in.depth(); i++) {
            Matrix zero = Matrix.zeros(in.width(i + 1), in.width(i));
            zeros.add(zero.format());
            ones.add(fill(zero, 1).format());
        }
        List<String> wrongShape = new ArrayList<>(zeros);
        wrongShape.set(0, Matrix.zeros(in.width(1) + 1, in.width(0)).format());
        List<String> names = names(in);
        return new CheckpointVariants.Variant(
                "widths " + in.widths() + ", X = " + in.x().format() + ", Y = "
                        + in.y().format(),
                MatrixAnswer.of(names, zeros),
                List.of(
                        MatrixAnswer.of(names, ones),
                        MatrixAnswer.of(names, wrongShape),
                        MatrixAnswer.of(names.subList(0, names.size() - 1), zeros.subList(0, zeros.size() - 1))),
                answer -> {
                    try {
                        return grade(in, answer, Job.HEADLESS);
                    } catch (NumericsException e) {
                        return new CheckpointVariants.Grade(false, e.getMessage());
                    }
                });
    }

    private static Matrix fill(Matrix shape, double value) {
        double[] data = new double[shape.rows() * shape.cols()];
        Arrays.fill(data, value);
        return new Matrix(shape.rows(), shape.cols(), data);
    }
}
