package org.landscapelab.widgets.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.widgets.Job;

/**
 * The certificate's one computation on the worked points of the course notes (§2.2–2.5), the path {@code {expect}}
 * takes to it, the claims of lessons/deep-networks/lesson.md, and the checks of the widget and its checkpoints.
 */
class CertificateComputeTest {

    private static CertificateCompute.Result of(Preset preset) throws NumericsException {
        return CertificateCompute.compute(Certificate.Inputs.of(preset), Job.HEADLESS);
    }

    private static Matrix m(String text) throws NumericsException {
        return Matrix.parse(text);
    }

    /** ½‖W_h⋯W_1 X − Y‖², computed here by plain multiplication. */
    private static double squaredLoss(Matrix x, Matrix y, List<Matrix> weights) {
        Matrix z = x;
        for (Matrix w : weights) {
            z = w.times(z);
        }
        return Math.pow(z.minus(y).frobeniusNorm(), 2) / 2;
    }

    /** An {@code {expect}} values claim, compared as the lesson validator compares it (relative 1e-9). */
    private static void claim(CertificateCompute.Result r, Map<String, Double> values) {
        values.forEach((k, want) ->
                assertThat(r.values().get(k)).as(k).isCloseTo(want, within(1e-9 * Math.max(1, Math.abs(want)))));
    }

    @Test
    void instance_1a_is_a_critical_point_with_psd_hessian_that_descends_at_fourth_order() throws NumericsException {
        CertificateCompute.Result r = of(Preset.A1);
        // W3W2W1 = 0, so L = ½‖Y‖² = ½ with Y = diag(0, 1); L* = 0 (rank 1 reaches Y)
        assertThat(r.report().loss())
                .isCloseTo(squaredLoss(m("1,0;0,1"), m("0,0;0,1"), Preset.A1.point()), within(1e-12))
                .isCloseTo(0.5, within(1e-12));
        assertThat(java.util.Arrays.stream(r.report().eigenvalues()).min().orElseThrow())
                .isGreaterThan(-1e-9);
        assertThat(r.report().verdict()).isEqualTo(Verdict.NON_STRICT_SADDLE);
        assertThat(r.summary())
                .isEqualTo("L = 0.500000, ‖∇L‖ = 0; Hessian: 0 negative, 4 zero (2 from symmetries), "
                        + "1 positive eigenvalues; global value 0; verdict: non-strict saddle — the loss drops at order 4 along"
                        + " a curve");
        assertThat(r.verdictWord()).isEqualTo("Non-strict saddle");
        // lesson claim under cert-1a
        assertThat(r.summary()).contains("non-strict saddle");
        claim(
                r,
                Map.of(
                        "negative-eigenvalues",
                        0.0,
                        "critical",
                        1.0,
                        "descent-order",
                        4.0,
                        "loss",
                        0.5,
                        "global-value",
                        0.0));
        assertThat(r.values())
                .containsKeys(
                        "loss",
                        "gradient-norm",
                        "critical",
                        "negative-eigenvalues",
                        "zero-eigenvalues",
                        "symmetry-modes",
                        "global-value",
                        "descent-order");
    }

    @Test
    void instance_1b_is_a_strict_saddle_with_two_negative_eigenvalues_and_an_escape_direction()
            throws NumericsException {
        CertificateCompute.Result r = of(Preset.B1);
        assertThat(r.report().verdict()).isEqualTo(Verdict.STRICT_SADDLE);
        assertThat(r.report().escapeDirection()).isPresent();
        assertThat(r.summary()).contains("2 negative").contains("verdict: strict saddle");
        assertThat(r.values()).containsEntry("negative-eigenvalues", 2.0).containsEntry("critical", 1.0);
    }

    @Test
    void instance_1c_descends_at_third_order_without_a_bottleneck() throws NumericsException {
        CertificateCompute.Result r = of(Preset.C1);
        assertThat(r.summary())
                .startsWith("L = 0.500000")
                .contains("0 negative")
                .contains("verdict: non-strict saddle — the loss drops at order 3");
        claim(r, Map.of("negative-eigenvalues", 0.0, "critical", 1.0, "descent-order", 3.0));
    }

    @Test
    void instance_1d_is_a_genuine_spurious_local_minimum_of_the_weighted_loss() throws NumericsException {
        CertificateCompute.Result r = of(Preset.D1);
        assertThat(r.report().verdict()).isEqualTo(Verdict.SPURIOUS_LOCAL_MINIMUM);
        assertThat(r.summary())
                .startsWith("L = 2.00000")
                .contains("verdict: spurious local minimum")
                .contains("global value ≈ 0.500000");
        claim(r, Map.of("negative-eigenvalues", 0.0, "critical", 1.0, "loss", 2.0, "global-value", 0.5));
        assertThat(r.values()).doesNotContainKey("descent-order");
    }

    @Test
    void instance_1d_lifted_to_depth_three_stays_a_spurious_local_minimum() throws NumericsException {
        // notes §2.5: widths (2,1,1,2), ℓ = 2, gradient 0, Hessian eigenvalues {0, 0, 3, 8, 12}
        CertificateCompute.Result r = of(Preset.D3);
        assertThat(r.report().eigenvalues()).containsExactly(new double[] {0, 0, 3, 8, 12}, within(1e-6));
        assertThat(r.summary())
                .startsWith("L = 2.00000")
                .contains("verdict: spurious local minimum")
                .contains("0 negative, 2 zero")
                .contains("3 positive");
        claim(
                r,
                Map.of(
                        "negative-eigenvalues",
                        0.0,
                        "critical",
                        1.0,
                        "zero-eigenvalues",
                        2.0,
                        "loss",
                        2.0,
                        "global-value",
                        0.5));
    }

    @Test
    void the_scalar_chain_at_zero_has_a_zero_hessian_and_a_cubic_descent() throws NumericsException {
        // L = ½(w3w2w1 − 1)²: every second derivative at 0 vanishes, and w = t·(1, 1, 1) gives L = ½ − t³ + …
        CertificateCompute.Result r = of(Preset.CHAIN);
        assertThat(r.report().eigenvalues()).containsOnly(0.0);
        assertThat(r.summary()).contains("0 negative, 3 zero").contains("order 3");
        assertThat(r.values()).containsEntry("descent-order", 3.0);
    }

    @Test
    void an_edited_entry_is_certified_at_the_edited_point() throws NumericsException {
        // 1A with W2 = 0.5: W3W2W1X − Y = diag(0.5, −1), L = ½(0.25 + 1) = 0.625, and the gradient is not zero
        List<Matrix> edited = List.of(m("1,0"), m("0.5"), m("1;0"));
        CertificateCompute.Result r =
                CertificateCompute.compute(new Certificate.Inputs(Preset.A1, edited), Job.HEADLESS);
        assertThat(r.report().loss())
                .isCloseTo(squaredLoss(m("1,0;0,1"), m("0,0;0,1"), edited), within(1e-12))
                .isCloseTo(0.625, within(1e-12));
        assertThat(r.summary()).startsWith("L = 0.625000").contains("verdict: not a critical point");
        assertThat(r.values()).containsEntry("critical", 0.0);
    }

    @Test
    void expect_evaluates_the_same_result_the_view_renders() throws NumericsException {
        for (Preset p : List.of(Preset.A1, Preset.B1)) {
            Evaluation e = new Certificate().evaluate(Map.of("preset", p.key())).orElseThrow();
            CertificateCompute.Result r = of(p);
            assertThat(e.summary()).isEqualTo(r.summary());
            assertThat(e.values()).isEqualTo(r.values());
        }
        assertThat(new Certificate().evaluate(Map.of()).orElseThrow().summary())
                .isEqualTo(of(Preset.A1).summary());
    }

    @Test
    void the_example_checkpoint_grades_the_scalar_chain_by_the_same_certificate() throws NumericsException {
        // lesson psd-not-minimum: x = y = 1; (0, 0, 2) is a strict saddle, (0, 0, 0) a non-strict one
        LinearNetwork chain = LinearNetwork.squaredLoss(m("1"), m("1"));
        assertThat(CertificateCompute.certify(chain, List.of(m("0"), m("0"), m("2")), Job.HEADLESS)
                        .summary())
                .contains("verdict: strict saddle");
        CertificateCompute.Result zero =
                CertificateCompute.certify(chain, List.of(m("0"), m("0"), m("0")), Job.HEADLESS);
        assertThat(zero.report().verdict()).isEqualTo(Verdict.NON_STRICT_SADDLE);
        assertThat(zero.summary())
                .isEqualTo(of(Preset.CHAIN).summary())
                .contains("verdict: non-strict saddle — the loss drops at order 3");
    }

    @Test
    void schemas_keep_names_defaults_and_choices() {
        List<String> keys = List.of("1A", "1B", "1C", "1D", "1D-deep", "chain");
        assertThat(new Certificate().name()).isEqualTo("certificate");
        assertThat(new Certificate().options()).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("preset");
            assertThat(o.defaultValue()).isEqualTo("1A");
            assertThat(o.choices()).isEqualTo(keys);
        });
        assertThat(new CertificateVerdict().name()).isEqualTo("certificate-verdict");
        assertThat(new CertificateVerdict().options()).hasSize(2).first().satisfies(o -> {
            assertThat(o.name() + "=" + o.defaultValue() + " " + o.choices()).isEqualTo("preset=1A " + keys);
            assertThat(o.doc()).isEqualTo("the point to classify");
        });
        assertThat(new CertificateVerdict().options().get(1))
                .extracting(o -> o.name() + "=" + o.defaultValue())
                .isEqualTo("random=false");
        assertThat(new CertificateVerdict().evaluate(Map.of())).isEmpty();
        assertThat(new CertificateExample().name()).isEqualTo("certificate-example");
        assertThat(new CertificateExample().options())
                .extracting(o -> o.name() + "=" + o.defaultValue())
                .containsExactly("widths=1,1,1,1", "X=1", "Y=1");
        assertThat(new CertificateExample().evaluate(Map.of())).isEmpty();
    }

    @Test
    void bad_options_are_refused_naming_the_option() {
        assertThat(new Certificate().check(Map.of("preset", "1D-deep"))).isEmpty();
        assertThat(new Certificate().check(Map.of("preset", "1E")))
                .containsExactly("preset: must be one of 1A, 1B, 1C, 1D, 1D-deep, chain, not '1E'.");
        assertThatThrownBy(() -> new Certificate().evaluate(Map.of("preset", "1E")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("preset: must be one of");
        assertThat(new CertificateVerdict().check(Map.of("preset", "2A")))
                .containsExactly("preset: must be one of 1A, 1B, 1C, 1D, 1D-deep, chain, not '2A'.");

        CertificateExample example = new CertificateExample();
        assertThat(example.check(Map.of("widths", "1,1,1,1", "X", List.of(List.of(1)), "Y", List.of(List.of(1)))))
                .isEmpty();
        // depth 2 fits together but has no known example to grade against
        assertThat(example.check(Map.of("widths", "2,1,2", "X", "1,0;0,1", "Y", "1,0;0,2")))
                .singleElement()
                .asString()
                .startsWith("this checkpoint needs depth 3 or more");
        assertThat(example.check(Map.of("widths", "1,1")))
                .singleElement()
                .asString()
                .startsWith("widths: ");
        assertThat(example.check(Map.of("widths", "1,5,1")))
                .singleElement()
                .asString()
                .startsWith("widths: ");
        assertThat(example.check(Map.of("widths", "2,1,1")))
                .containsExactly("X must be d0×n and Y dh×n with the same n");
        assertThat(example.check(Map.of("X", "1,2", "Y", "1")))
                .containsExactly("X must be d0×n and Y dh×n with the same n");
    }
}
