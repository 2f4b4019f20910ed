package org.landscapelab.widgets.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;

/** What the certificate widget claims for each preset, against the course notes (§2.2–2.5). */
class CertificateTest {

    private static Evaluation of(String preset) {
        return new Certificate().evaluate(Map.of("preset", preset)).orElseThrow();
    }

    @Test
    void instance_1a_is_a_critical_point_with_psd_hessian_that_descends_at_fourth_order() {
        Evaluation e = of("1A");
        assertThat(e.summary()).isEqualTo("L = 0.500000, ‖∇L‖ = 0; Hessian: 0 negative, 4 zero (2 from symmetries), "
                + "1 positive eigenvalues; global value 0; verdict: non-strict saddle — the loss drops at order 4 along a curve");
        assertThat(e.values()).containsEntry("critical", 1.0).containsEntry("descent-order", 4.0)
                .containsEntry("negative-eigenvalues", 0.0);
    }

    @Test
    void instance_1b_is_a_strict_saddle() {
        Evaluation e = of("1B");
        assertThat(e.summary()).contains("2 negative").contains("verdict: strict saddle");
    }

    @Test
    void instance_1c_descends_at_third_order_without_a_bottleneck() {
        Evaluation e = of("1C");
        assertThat(e.summary()).contains("0 negative").contains("verdict: non-strict saddle — the loss drops at order 3");
    }

    @Test
    void instance_1d_is_a_genuine_spurious_local_minimum_of_the_weighted_loss() {
        Evaluation e = of("1D");
        assertThat(e.summary()).startsWith("L = 2.00000").contains("verdict: spurious local minimum")
                .contains("global value ≈ 0.500000");
    }

    @Test
    void instance_1d_lifted_to_depth_three_stays_a_spurious_local_minimum() {
        // notes §2.5: widths (2,1,1,2), ℓ = 2, gradient 0, Hessian eigenvalues {0, 0, 3, 8, 12}
        Evaluation e = of("1D-deep");
        assertThat(e.summary()).startsWith("L = 2.00000").contains("verdict: spurious local minimum")
                .contains("0 negative, 2 zero").contains("3 positive");
        assertThat(e.values()).containsEntry("critical", 1.0).containsEntry("negative-eigenvalues", 0.0)
                .containsEntry("zero-eigenvalues", 2.0);
    }

    @Test
    void the_scalar_chain_at_zero_has_a_zero_hessian_and_a_cubic_descent() {
        Evaluation e = of("chain");
        assertThat(e.summary()).contains("0 negative, 3 zero").contains("order 3");
    }
}
