package org.landscapelab.numerics.openness;

import java.util.Optional;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * One condition of Theorem 2 (or of Behrends' criterion) at the analysed point: which one, whether it holds, a
 * verified witness matrix when the condition asks for one and holds, and the numbers that say why it holds, or why no
 * witness can exist. The widget words them.
 *
 * <p>(i), (a) ask for W̃1 with W̃1W2 = 0 and W1 + W̃1 (m×k) of full column rank k, resp. full row rank m; (ii), (b)
 * for W̃2 with W1W̃2 = 0 and W2 + W̃2 (k×n) of full row rank k, resp. full column rank n; (iii), (iv) for
 * dim N(W1) ∩ C(W2) = 0, resp. dim N(W2ᵀ) ∩ C(W1ᵀ) = 0.
 *
 * @param kind which condition
 * @param holds whether it holds at the point
 * @param witness W̃1 (for (i), (a)) or W̃2 (for (ii), (b)), verified, when the condition holds
 * @param outcome how the condition was decided
 * @param rows the rows of the perturbed factor (m for (i), (a); k for (ii), (b)); 0 for (iii), (iv)
 * @param cols the columns of the perturbed factor (k for (i), (a); n for (ii), (b)); 0 for (iii), (iv)
 * @param required the rank the perturbed factor must reach (k for (i), (ii); m for (a); n for (b)); 0 for (iii), (iv)
 * @param dimension for (iii), (iv) the dimension of the intersection; otherwise the dimension of the subspace the
 *        perturbation must vanish on, C(W2) (= rank W2) or C(W1ᵀ) (= rank W1)
 * @param rankOn the rank of W1 on C(W2), or of W2ᵀ on C(W1ᵀ) (= rank W1W2); 0 for (iii), (iv)
 * @param free the directions on which the perturbation is free (k − rank W2, or k − rank W1); 0 for (iii), (iv)
 * @param reached the rank of W + W̃ for the best W̃ constructed (Lemma A); 0 for (iii), (iv)
 */
public record Condition(
        Kind kind,
        boolean holds,
        Optional<Matrix> witness,
        Outcome outcome,
        int rows,
        int cols,
        int required,
        int dimension,
        int rankOn,
        int free,
        int reached) {

    /** The conditions (i)–(iv) of Theorem 2 and Behrends' (a), (b). */
    public enum Kind {
        I,
        II,
        III,
        IV,
        A,
        B
    }

    /** How a condition was decided. */
    public enum Outcome {
        /** (i), (ii), (a), (b) hold: the witness W̃ was constructed and verified. */
        WITNESS,
        /** The perturbed factor's shape ({@code rows}×{@code cols}) cannot have rank {@code required}. */
        SHAPE,
        /**
         * W̃ must vanish on a subspace of dimension {@code dimension} on which the factor has rank {@code rankOn};
         * the {@code free} other directions add at most {@code reached − rankOn} to the rank, and
         * {@code reached} &lt; {@code required}.
         */
        RANK_BOUND,
        /** The constructed W̃ failed its annihilation check numerically. */
        UNVERIFIED,
        /** (iii), (iv): the intersection has dimension {@code dimension}; the condition holds iff it is 0. */
        INTERSECTION
    }
}
