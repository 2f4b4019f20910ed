package org.landscapelab.widgets.openness;

import java.util.Locale;
import org.landscapelab.numerics.openness.Condition;

/**
 * A condition of Theorem 2 or of Behrends' criterion in words: its label, what it states and why it holds or fails,
 * from the facts the analysis returns ({@link Condition}).
 */
final class ConditionWords {

    private ConditionWords() {}

    /** The factor a condition perturbs: (i), (a) perturb W1; (ii), (b) perturb W2 (through W2ᵀ). */
    private enum Side {
        LEFT("W̃1", "W1", "W̃1W2 = 0", "W̃1 to vanish on C(W2)", "W1", "rank W2"),
        RIGHT("W̃2", "W2", "W1W̃2 = 0", "W̃2ᵀ to vanish on C(W1ᵀ)", "W2ᵀ", "rank W1");

        final String tilde;
        final String base;
        final String annihilation;
        final String vanish;
        final String restricted;
        final String fixedDim;

        Side(String tilde, String base, String annihilation, String vanish, String restricted, String fixedDim) {
            this.tilde = tilde;
            this.base = base;
            this.annihilation = annihilation;
            this.vanish = vanish;
            this.restricted = restricted;
            this.fixedDim = fixedDim;
        }
    }

    /** {@code (i)}, {@code (ii)}, {@code (iii)}, {@code (iv)}, {@code (a)} or {@code (b)}. */
    static String label(Condition c) {
        return "(" + c.kind().name().toLowerCase(Locale.ROOT) + ")";
    }

    /** E.g. {@code ∃ W̃1 with W̃1W2 = 0 and W1 + W̃1 of full column rank k = 2}, or {@code dim N(W1) ∩ C(W2) = 0}. */
    static String statement(Condition c) {
        return switch (c.kind()) {
            case III -> "dim N(W1) ∩ C(W2) = 0";
            case IV -> "dim N(W2ᵀ) ∩ C(W1ᵀ) = 0";
            case I, II, A, B -> {
                Side side = side(c);
                yield "∃ " + side.tilde + " with " + side.annihilation + " and " + side.base + " + " + side.tilde
                        + " of " + rank(c);
            }
        };
    }

    /** Why the condition holds (the witness shown, a trivial intersection) or fails (a shape, a rank bound). */
    static String explanation(Condition c) {
        if (c.outcome() == Condition.Outcome.INTERSECTION) {
            return c.dimension() == 0
                    ? "The intersection is {0}."
                    : "The intersection has dimension " + c.dimension() + "; a basis is shown.";
        }
        Side side = side(c);
        return switch (c.outcome()) {
            case SHAPE ->
                side.base + " + " + side.tilde + " is " + c.rows() + "×" + c.cols() + ", so it cannot have " + rank(c)
                        + ".";
            case WITNESS ->
                "The " + side.tilde + " shown satisfies " + side.annihilation + " and rank(" + side.base + " + "
                        + side.tilde + ") = " + c.required() + ".";
            case UNVERIFIED ->
                "The constructed " + side.tilde + " failed the check " + side.annihilation + " numerically.";
            case RANK_BOUND ->
                side.annihilation + " forces " + side.vanish + ", a subspace of dimension "
                        + c.dimension() + " (= " + side.fixedDim + ") on which " + side.restricted + " has rank "
                        + (c.rankOn() < c.dimension() ? "only " : "") + c.rankOn() + " (= rank W1W2); the " + c.free()
                        + " remaining direction(s) can add at most " + (c.reached() - c.rankOn())
                        + " to the rank, so rank("
                        + side.base + " + " + side.tilde + ") ≤ " + c.reached() + " < " + c.required() + ".";
            case INTERSECTION -> throw new IllegalStateException("handled above");
        };
    }

    private static Side side(Condition c) {
        return switch (c.kind()) {
            case I, A -> Side.LEFT;
            case II, B -> Side.RIGHT;
            case III, IV -> throw new IllegalArgumentException(label(c) + " perturbs no factor");
        };
    }

    /** The rank the perturbed factor must have: {@code full column rank k = 2}. */
    private static String rank(Condition c) {
        String kind = switch (c.kind()) {
            case I -> "full column rank k = ";
            case II -> "full row rank k = ";
            case A -> "full row rank m = ";
            case B -> "full column rank n = ";
            case III, IV -> throw new IllegalArgumentException(label(c) + " asks for no rank");
        };
        return kind + c.required();
    }
}
