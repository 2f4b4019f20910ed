package org.landscapelab.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;

/**
 * Singular values, rank and the four fundamental subspaces of one matrix A, every rank decision with the one
 * tolerance τ = 1e−10·max(1, ‖A‖_F) of {@link Tolerances}.
 */
public final class LinearAlgebra {

    private LinearAlgebra() {}

    /** σ_1 ≥ σ_2 ≥ … ≥ σ_min(m,n) ≥ 0. */
    public static double[] singularValues(Matrix a) throws NumericsException {
        return svd(a).sigma.clone();
    }

    /** rank A = #{σ_i > τ}. */
    public static int rank(Matrix a) throws NumericsException {
        return svd(a).rank(tau(a));
    }

    /** N(A) = {x : Ax = 0} ⊆ R^n, orthonormal basis. */
    public static Subspace nullSpace(Matrix a) throws NumericsException {
        return Subspaces.of(svd(a).nullSpace(tau(a)));
    }

    /** C(A) = {Ax} ⊆ R^m, orthonormal basis. */
    public static Subspace columnSpace(Matrix a) throws NumericsException {
        return Subspaces.of(svd(a).columnSpace(tau(a)));
    }

    /** C(Aᵀ), the row space, ⊆ R^n, orthonormal basis. */
    public static Subspace rowSpace(Matrix a) throws NumericsException {
        return Subspaces.of(svd(a).rowSpace(tau(a)));
    }

    /** N(Aᵀ) = C(A)^⊥ ⊆ R^m, orthonormal basis. */
    public static Subspace leftNullSpace(Matrix a) throws NumericsException {
        return Subspaces.of(svd(a).leftNullSpace(tau(a)));
    }

    /**
     * S ∩ T for two subspaces of the same R^d; its dimension is {@code intersection(s, t).dimension()}. The given
     * bases need only span the subspaces: they are first made orthonormal, after which the scale is 1 and τ = 1e−10.
     */
    public static Subspace intersection(Subspace s, Subspace t) throws NumericsException {
        if (s.ambientDimension() != t.ambientDimension()) {
            throw new NumericsException("The subspaces live in R^" + s.ambientDimension() + " and R^"
                    + t.ambientDimension() + ": they must live in the same space to intersect.");
        }
        DMatrixRMaj basis = Subspaces.intersection(orthonormal(s), orthonormal(t), Tolerances.rank());
        return Subspaces.of(basis);
    }

    private static Svd svd(Matrix a) throws NumericsException {
        return Svd.of(Ejml.dense(Checks.valid(a, "The matrix")));
    }

    private static DMatrixRMaj orthonormal(Subspace s) {
        return Svd.of(Ejml.dense(s.basis())).columnSpace(tau(s.basis()));
    }

    private static double tau(Matrix a) {
        return Tolerances.rank(a.frobeniusNorm());
    }
}
