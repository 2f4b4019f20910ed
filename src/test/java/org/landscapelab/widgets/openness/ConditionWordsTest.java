package org.landscapelab.widgets.openness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.Condition;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.widgets.OpennessInstance;

/** The conditions of Theorem 2 and Behrends' criterion as the explorer words them, on the worked pairs of lesson A. */
class ConditionWordsTest {

    private static LocalOpenness analyze(OpennessInstance instance) throws NumericsException {
        return LocalOpenness.analyze(instance.w1(), instance.w2());
    }

    @Test
    void instance_c_condition_i_fails_by_the_rank_bound_and_says_why() throws NumericsException {
        LocalOpenness c = analyze(OpennessInstance.C);
        assertThat(ConditionWords.label(c.conditionI())).isEqualTo("(i)");
        assertThat(ConditionWords.statement(c.conditionI()))
                .isEqualTo("∃ W̃1 with W̃1W2 = 0 and W1 + W̃1 of full column rank k = 2");
        assertThat(ConditionWords.explanation(c.conditionI()))
                .contains("rank W2", "< 2")
                .isEqualTo(
                        "W̃1W2 = 0 forces W̃1 to vanish on C(W2), a subspace of dimension 1 (= rank W2) on which W1 has rank"
                                + " only 0 (= rank W1W2); the 1 remaining direction(s) can add at most 1 to the rank, so"
                                + " rank(W1 + W̃1) ≤ 1 < 2.");
        assertThat(ConditionWords.statement(c.conditionIII())).isEqualTo("dim N(W1) ∩ C(W2) = 0");
        assertThat(ConditionWords.explanation(c.conditionIII()))
                .isEqualTo("The intersection has dimension 1; a basis is shown.");
        assertThat(ConditionWords.statement(c.conditionIV())).isEqualTo("dim N(W2ᵀ) ∩ C(W1ᵀ) = 0");
    }

    @Test
    void instance_d_conditions_hold_with_the_witness_shown() throws NumericsException {
        LocalOpenness d = analyze(OpennessInstance.D);
        assertThat(ConditionWords.explanation(d.conditionI()))
                .isEqualTo("The W̃1 shown satisfies W̃1W2 = 0 and rank(W1 + W̃1) = 2.");
        assertThat(ConditionWords.label(d.conditionII())).isEqualTo("(ii)");
        assertThat(ConditionWords.statement(d.conditionII()))
                .isEqualTo("∃ W̃2 with W1W̃2 = 0 and W2 + W̃2 of full row rank k = 2");
        assertThat(ConditionWords.explanation(d.conditionII()))
                .isEqualTo("The W̃2 shown satisfies W1W̃2 = 0 and rank(W2 + W̃2) = 2.");
        assertThat(ConditionWords.explanation(d.conditionIII())).isEqualTo("The intersection is {0}.");
        assertThat(List.of(d.conditionIII(), d.conditionIV()))
                .extracting(ConditionWords::label)
                .containsExactly("(iii)", "(iv)");
    }

    @Test
    void behrends_conditions_and_a_shape_that_cannot_have_the_rank() throws NumericsException {
        // §3.5: W1 = [I 0] (2×3) is surjective, W2 = 0 (3×2): (a) holds, (i) cannot (2×3 has no column rank 3)
        LocalOpenness a = LocalOpenness.analyze(Matrix.parse("1,0,0;0,1,0"), Matrix.parse("0,0;0,0;0,0"));
        assertThat(ConditionWords.explanation(a.conditionI()))
                .contains("is 2×3")
                .isEqualTo("W1 + W̃1 is 2×3, so it cannot have full column rank k = 3.");
        assertThat(ConditionWords.label(a.conditionA())).isEqualTo("(a)");
        assertThat(ConditionWords.statement(a.conditionA()))
                .isEqualTo("∃ W̃1 with W̃1W2 = 0 and W1 + W̃1 of full row rank m = 2");
        assertThat(ConditionWords.label(a.conditionB())).isEqualTo("(b)");
        assertThat(ConditionWords.statement(a.conditionB()))
                .isEqualTo("∃ W̃2 with W1W̃2 = 0 and W2 + W̃2 of full column rank n = 2");
    }

    @Test
    void every_condition_of_the_worked_pairs_is_worded() throws NumericsException {
        for (OpennessInstance instance : OpennessInstance.values()) {
            LocalOpenness a = analyze(instance);
            for (Condition c : List.of(
                    a.conditionI(),
                    a.conditionII(),
                    a.conditionIII(),
                    a.conditionIV(),
                    a.conditionA(),
                    a.conditionB())) {
                assertThat(ConditionWords.statement(c))
                        .as("%s %s", instance, c.kind())
                        .isNotBlank();
                assertThat(ConditionWords.explanation(c))
                        .as("%s %s", instance, c.kind())
                        .isNotBlank()
                        .endsWith(".");
            }
        }
    }
}
