package org.landscapelab.numerics.linalg;

import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;

/** Validation of inputs at the public entry points; failures are student-readable {@link NumericsException}s. */
public final class Checks {

    private Checks() {}

    /** Refuses null (programmer error), non-finite entries, empty shapes and sides above {@link Tolerances#MAX_SIDE}. */
    public static Matrix valid(Matrix m, String name) throws NumericsException {
        if (m == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (m.rows() == 0 || m.cols() == 0) {
            throw new NumericsException(name + " is empty.");
        }
        size(m, name);
        if (!m.isFinite()) {
            throw new NumericsException(name + " has an entry that is not a finite number.");
        }
        return m;
    }

    public static void size(Matrix m, String name) throws NumericsException {
        if (m.rows() > Tolerances.MAX_SIDE || m.cols() > Tolerances.MAX_SIDE) {
            throw new NumericsException(name + " is " + m.shape() + "; at most " + Tolerances.MAX_SIDE + " rows and "
                    + Tolerances.MAX_SIDE + " columns are allowed.");
        }
    }

    /** A·B needs cols(A) = rows(B). */
    public static void multipliable(Matrix a, String an, Matrix b, String bn) throws NumericsException {
        if (a.cols() != b.rows()) {
            throw new NumericsException(an + " is " + a.shape() + " and " + bn + " is " + b.shape() + ": " + an
                    + " needs as many columns as " + bn + " has rows.");
        }
    }
}
