package org.landscapelab.numerics.linalg;

/**
 * A linear subspace of R^ambientDimension, given by an orthonormal basis: the columns of {@code basis}
 * (ambientDimension × dimension; zero columns for the zero subspace).
 */
public record Subspace(int ambientDimension, Matrix basis) {

    public Subspace {
        if (basis == null || basis.rows() != ambientDimension) {
            throw new IllegalArgumentException("the basis needs ambientDimension rows");
        }
    }

    public int dimension() {
        return basis.cols();
    }

    /** The basis vectors, one array per vector. */
    public double[][] basisVectors() {
        return basis.transpose().toArray();
    }
}
