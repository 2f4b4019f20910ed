package org.landscapelab.numerics.openness;

import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Checks;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Subspace;

/**
 * Local openness of M(W1, W2) = W1W2 at a point, W1 ∈ R^{m×k}, W2 ∈ R^{k×n} (math.md §3).
 *
 * <p>Conditions (i)–(iv) of Theorem 2 and Behrends' (a), (b) are each computed on their own (witnesses are
 * constructed and verified; intersections are measured), so that tests can check the theorem's equivalences rather
 * than assume them. The verdict is the rank form: for k &lt; min(m,n), open ⇔ rank W1 = rank W2 = rank W1W2;
 * for k ≥ min(m,n), open ⇔ m − rank W1W2 ≤ k − rank W2 or n − rank W1W2 ≤ k − rank W1 (Behrends, §3.5).
 *
 * @param nullW1InColumnsW2 N(W1) ∩ C(W2), of dimension rank W2 − rank W1W2
 * @param nullW2tInRowsW1 N(W2ᵀ) ∩ C(W1ᵀ), of dimension rank W1 − rank W1W2
 */
public record LocalOpenness(
        int m,
        int k,
        int n,
        int rankW1,
        int rankW2,
        int rankW1W2,
        Subspace nullW1InColumnsW2,
        Subspace nullW2tInRowsW1,
        Condition conditionI,
        Condition conditionII,
        Condition conditionIII,
        Condition conditionIV,
        Condition conditionA,
        Condition conditionB,
        boolean locallyOpen,
        Regime regime,
        Rate rate) {

    /** Which theorem applies. */
    public enum Regime {
        /** k &lt; min(m,n): the range is the rank-≤k matrices; Theorem 2 of NR. */
        NARROW,
        /** k ≥ min(m,n): the range is all of R^{m×n}; Behrends' Theorem 2.5 as restated by NR. */
        WIDE
    }

    /** How the largest admissible target radius δ*(ε) behaves as ε → 0. */
    public enum Rate {
        /** δ*(ε) = Θ(ε): open at a point where a factor is as surjective/injective as the shapes allow. */
        LINEAR,
        /** δ*(ε) = Θ(ε²): open, but some target directions are reached only at second order. */
        QUADRATIC,
        /** δ*(ε) = 0 for small ε: not locally open. */
        ZERO
    }

    /** Analyses the pair; refuses non-finite, oversized or mismatched inputs. */
    public static LocalOpenness analyze(Matrix w1, Matrix w2) throws NumericsException {
        Checks.valid(w1, "W1");
        Checks.valid(w2, "W2");
        Checks.multipliable(w1, "W1", w2, "W2");
        // Openness, ranks and subspaces do not change under (W1, W2) → (aW1, bW2), a, b > 0. Analysing the unit-norm
        // pair makes the one rank tolerance relative to each factor (and to their product), so 1e10·W1 or 1e-11·W1
        // gets the same verdict as W1; the witnesses are scaled back (W̃1 by a = ‖W1‖, W̃2 by b = ‖W2‖).
        // The norm is taken in two steps — first by the largest entry, then the Frobenius norm of what is left —
        // because ‖W‖_F itself overflows for entries near 1e308 (and 1/‖W‖_F underflows past 1e308): with a single
        // step a pair of huge factors became the zero pair and got rank 0.
        double[] a = twoStepNorm(w1);
        double[] b = twoStepNorm(w2);
        LocalOpenness unit = OpennessAnalysis.of(divided(divided(w1, a[0]), a[1]), divided(divided(w2, b[0]), b[1]));
        return new LocalOpenness(
                unit.m,
                unit.k,
                unit.n,
                unit.rankW1,
                unit.rankW2,
                unit.rankW1W2,
                unit.nullW1InColumnsW2,
                unit.nullW2tInRowsW1,
                scaled(unit.conditionI, a),
                scaled(unit.conditionII, b),
                unit.conditionIII,
                unit.conditionIV,
                scaled(unit.conditionA, a),
                scaled(unit.conditionB, b),
                unit.locallyOpen,
                unit.regime,
                unit.rate);
    }

    /** {max |w_ij|, ‖W / max |w_ij|‖_F}, each finite and positive; {1, 1} for the zero matrix. */
    private static double[] twoStepNorm(Matrix w) {
        double m = 0;
        for (double x : w.data()) {
            m = Math.max(m, Math.abs(x));
        }
        if (m == 0) {
            return new double[] {1, 1};
        }
        return new double[] {m, divided(w, m).frobeniusNorm()};
    }

    // entry by entry, not by 1/d: 1/d is infinite for a subnormal d
    private static Matrix divided(Matrix w, double d) {
        double[] x = w.data();
        for (int i = 0; i < x.length; i++) {
            x[i] /= d;
        }
        return new Matrix(w.rows(), w.cols(), x);
    }

    private static Condition scaled(Condition c, double[] factors) {
        return factors[0] == 1 && factors[1] == 1
                ? c
                : new Condition(
                        c.kind(),
                        c.holds(),
                        c.witness().map(w -> w.scale(factors[1]).scale(factors[0])),
                        c.outcome(),
                        c.rows(),
                        c.cols(),
                        c.required(),
                        c.dimension(),
                        c.rankOn(),
                        c.free(),
                        c.reached());
    }
}
