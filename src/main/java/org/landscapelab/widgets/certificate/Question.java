package org.landscapelab.widgets.certificate;

import org.landscapelab.numerics.networks.LossSymmetries;

/**
 * The point {@code certificate-verdict} asks about, with its data: a worked point as the notes give it, or one drawn
 * from it by symmetries of the loss ({@link LossSymmetries}), so that each student classifies a point of their own
 * whose kind is the worked point's — which the self-test checks, variant by variant.
 */
final class Question {

    private Question() {}

    /** The worked point itself. */
    static LossSymmetries.Instance of(Preset preset) {
        return new LossSymmetries.Instance(preset.x(), preset.y(), preset.omega(), preset.point());
    }

    /** The point of {@code seed}: the worked point moved by symmetries drawn from the seed. */
    static LossSymmetries.Instance drawn(Preset preset, long seed) {
        return LossSymmetries.move(of(preset), seed);
    }

    /** {@code X = …, Y = …, W1 = …, …}, for messages and the self-test's report. */
    static String describe(LossSymmetries.Instance q) {
        StringBuilder s = new StringBuilder("X = " + q.x().format() + ", Y = " + q.y().format());
        if (q.omega() != null) {
            s.append(", Ω = ").append(q.omega().format());
        }
        for (int i = 0; i < q.weights().size(); i++) {
            s.append(", W")
                    .append(i + 1)
                    .append(" = ")
                    .append(q.weights().get(i).format());
        }
        return s.toString();
    }
}
