package org.landscapelab.widgets.certificate;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.LossSymmetries;

/**
 * The point {@code certificate-verdict} asks about, with its data: a worked point as the notes give it, or one drawn
 * from it by symmetries of the loss ({@link LossSymmetries}), so that each student classifies a point of their own
 * whose kind is the worked point's — which the self-test checks, variant by variant.
 *
 * @param x inputs, d0×n
 * @param y targets, dh×n
 * @param omega the weights of a weighted loss; null for the squared loss
 * @param weights the point W1…Wh
 */
record Question(Matrix x, Matrix y, @Nullable Matrix omega, List<Matrix> weights) {

    Question {
        weights = List.copyOf(weights);
    }

    /** The worked point itself. */
    static Question of(Preset preset) {
        return new Question(preset.x(), preset.y(), preset.omega(), preset.point());
    }

    /** The point of {@code seed}: the worked point moved by symmetries drawn from the seed. */
    static Question drawn(Preset preset, long seed) {
        LossSymmetries.Instance moved = LossSymmetries.move(
                new LossSymmetries.Instance(preset.x(), preset.y(), preset.omega(), preset.point()), seed);
        return new Question(moved.x(), moved.y(), moved.omega(), moved.weights());
    }

    LinearNetwork network() throws NumericsException {
        return omega == null ? LinearNetwork.squaredLoss(x, y) : LinearNetwork.weightedLoss(x, y, omega);
    }

    /** {@code X = …, Y = …, W1 = …, …}, for messages and the self-test's report. */
    String describe() {
        StringBuilder s = new StringBuilder("X = " + x.format() + ", Y = " + y.format());
        if (omega != null) {
            s.append(", Ω = ").append(omega.format());
        }
        for (int i = 0; i < weights.size(); i++) {
            s.append(", W").append(i + 1).append(" = ").append(weights.get(i).format());
        }
        return s.toString();
    }
}
