package org.landscapelab.numerics.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.numerics.networks.CriticalPointTest;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.LinearNetworkProperties;

/** Instances 1A–1D of math.md §2.2–2.5 certified as the notes say, the notes' curves, and the limits. */
class CriticalPointCertificateTest {

    private static final Instant LATER = Instant.now().plusSeconds(600);
    private static final Matrix I2 = Matrix.identity(2);

    static Matrix m(String s) throws NumericsException {
        return Matrix.parse(s);
    }

    static CriticalPointCertificate.Report certify(LinearNetwork net, List<Matrix> w) throws NumericsException {
        return CriticalPointCertificate.certify(net, w, 11, LATER, () -> false, f -> {});
    }

    @Test
    void instance_1a_psd_hessian_yet_a_drop_of_order_four() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(I2, m("0,0;0,1"));
        List<Double> progress = new ArrayList<>();
        CriticalPointCertificate.Report r = CriticalPointCertificate.certify(
                net, List.of(m("1,0"), m("0"), m("1;0")), 11, LATER, () -> false, progress::add);
        assertThat(r.critical()).isTrue();
        assertThat(r.loss()).isEqualTo(0.5);
        assertThat(r.eigenvalues()).containsExactly(new double[] {0, 0, 0, 0, 1}, within(1e-14));
        assertThat(new int[] {r.negative(), r.zero(), r.positive()}).containsExactly(0, 4, 1);
        assertThat(r.symmetryModes()).isEqualTo(2);
        assertThat(r.unexplainedZeroModes()).isEqualTo(2);
        assertThat(r.globalValue()).isEqualTo(0);
        assertThat(r.globalValueExact()).isTrue();
        assertThat(r.localMinimum()).isFalse();
        assertThat(r.secondOrder()).isEqualTo(CriticalPointCertificate.SecondOrder.INCONCLUSIVE);
        assertThat(r.verdict()).isEqualTo(CriticalPointCertificate.Verdict.NON_STRICT_SADDLE);
        CriticalPointCertificate.DescentCurve c = r.descent().orElseThrow();
        assertThat(c.order()).isEqualTo(4);
        // with ‖D1‖ = 1 the best quartic coefficient is −1/8 (D1 = (E12 of W1 + E21 of W3)/√2, D2 = ½·W2-unit),
        // the constant of the ball minimum −r⁴/8 of §2.2
        assertThat(c.coefficient()).isCloseTo(-0.125, within(1e-3));
        assertThat(c.fittedOrder()).isCloseTo(4, within(0.05));
        assertThat(c.samples().length).isEqualTo(21);
        assertThat(c.samples()[20][1]).isLessThan(0.5);
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    /** §2.2's ball table: min L − ½ ≈ −r⁴/8 (ratios 0.995, 0.99875, 0.99969 at r = 0.1, 0.05, 0.025). */
    @Test
    void instance_1a_ball_minima_follow_minus_r4_over_8_and_1d_has_none() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(I2, m("0,0;0,1"));
        List<Matrix> w = List.of(m("1,0"), m("0"), m("1;0"));
        CriticalPointCertificate.Report r = certify(net, w);
        double[] radii = {0.1, 0.05, 0.025};
        CriticalPointCertificate.BallSearch b = CriticalPointCertificate.ballMinima(
                net, w, r.descent().orElseThrow(), radii, 3, LATER, () -> false, f -> {});
        double[] ratio = {0.995007, 0.998750, 0.999688};
        for (int k = 0; k < radii.length; k++) {
            assertThat(b.drops()[k] / (-Math.pow(radii[k], 4) / 8))
                    .as("r = " + radii[k])
                    .isCloseTo(ratio[k], within(5e-4));
        }
        assertThat(b.fittedOrder()).isCloseTo(4, within(0.02));

        LinearNetwork oneC = net;
        List<Matrix> wc = List.of(m("1,0;0,0"), m("0,0;0,0"), m("1,0;0,0"));
        CriticalPointCertificate.BallSearch c = CriticalPointCertificate.ballMinima(
                oneC, wc, certify(oneC, wc).descent().orElseThrow(), radii, 3, LATER, () -> false, f -> {});
        assertThat(c.fittedOrder()).isCloseTo(3, within(0.1));

        LinearNetwork oneD = LinearNetwork.weightedLoss(I2, m("1,0;0,2"), m("1,10;10,1"));
        CriticalPointCertificate.BallSearch d = CriticalPointCertificate.ballMinima(
                oneD, List.of(m("1,0"), m("1;0")), null, new double[] {0.1, 0.01}, 3, LATER, () -> false, f -> {});
        assertThat(java.util.Arrays.stream(d.drops()).min().orElseThrow())
                .isGreaterThanOrEqualTo(-1e-12); // §2.5: ball minima = 2
        assertThat(d.fittedOrder()).isNaN();
    }

    @Test
    void instance_1a_along_the_notes_curve_the_loss_is_half_minus_t4_over_2_plus_t6_plus_t8_over_2() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(I2, m("0,0;0,1"));
        // (a1, a2, s, b1, b2) = (1, t, t², 1, t)
        CriticalPointCertificate.DescentCurve c = CriticalPointCertificate.curve(
                net,
                List.of(m("1,0"), m("0"), m("1;0")),
                List.of(m("0,1"), m("0"), m("0;1")),
                List.of(m("0,0"), m("1"), m("0;0")));
        double[] l = c.coefficients();
        assertThat(java.util.Arrays.copyOf(l, 9))
                .containsExactly(new double[] {0.5, 0, 0, 0, -0.5, 0, 1, 0, 0.5}, within(1e-15));
        assertThat(c.order()).isEqualTo(4);
        assertThat(c.coefficient()).isEqualTo(-0.5);
        for (double[] st : c.samples()) {
            double t = st[0];
            assertThat(st[1]).isCloseTo(0.5 - Math.pow(t, 4) / 2 + Math.pow(t, 6) + Math.pow(t, 8) / 2, within(1e-15));
        }
    }

    @Test
    void instance_1b_strict_saddle_with_the_listed_escape_direction() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(m("1"), m("0;1"));
        CriticalPointCertificate.Report r = certify(net, List.of(m("1;0"), m("0,0;0,0"), m("1,0;0,0")));
        assertThat(r.verdict()).isEqualTo(CriticalPointCertificate.Verdict.STRICT_SADDLE);
        assertThat(r.secondOrder()).isEqualTo(CriticalPointCertificate.SecondOrder.STRICT_SADDLE);
        double g = (1 + Math.sqrt(5)) / 2;
        assertThat(r.eigenvalues()).containsExactly(new double[] {-1, 1 - g, 0, 0, 0, 0, 0, 0, 1, g}, within(1e-14));
        List<Matrix> e = r.escapeDirection().orElseThrow();
        // (ΔW2)_21 = (ΔW3)_22 = 1/√2 up to a common sign, all else 0
        double sign = Math.signum(e.get(1).get(1, 0));
        assertThat(sign * e.get(1).get(1, 0)).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(sign * e.get(2).get(1, 1)).isCloseTo(1 / Math.sqrt(2), within(1e-12));
        assertThat(e.get(0).frobeniusNorm()).isLessThan(1e-12);
        CriticalPointCertificate.DescentCurve c = r.descent().orElseThrow();
        assertThat(c.order()).isEqualTo(2);
        assertThat(c.coefficient()).isCloseTo(-0.5, within(1e-12)); // ½λ_min
        assertThat(c.fittedOrder()).isCloseTo(2, within(0.05));
    }

    @Test
    void instance_1c_no_bottleneck_yet_a_non_strict_saddle_of_order_three() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(I2, m("0,0;0,1"));
        List<Matrix> w = List.of(m("1,0;0,0"), m("0,0;0,0"), m("1,0;0,0"));
        CriticalPointCertificate.Report r = certify(net, w);
        assertThat(new int[] {r.negative(), r.zero(), r.positive()}).containsExactly(0, 11, 1);
        assertThat(r.symmetryModes()).isEqualTo(4);
        assertThat(r.secondOrder()).isEqualTo(CriticalPointCertificate.SecondOrder.INCONCLUSIVE);
        assertThat(r.verdict()).isEqualTo(CriticalPointCertificate.Verdict.NON_STRICT_SADDLE);
        CriticalPointCertificate.DescentCurve c = r.descent().orElseThrow();
        assertThat(c.order()).isEqualTo(3);
        assertThat(c.coefficient()).isNegative();
        assertThat(c.fittedOrder()).isCloseTo(3, within(0.05));
        // the notes' curve W1 = E11 + tE22, W2 = tE22, W3 = E11 + tE22: L = ½ − t³ + t⁶/2
        CriticalPointCertificate.DescentCurve notes = CriticalPointCertificate.curve(
                net,
                w,
                List.of(m("0,0;0,1"), m("0,0;0,1"), m("0,0;0,1")),
                List.of(m("0,0;0,0"), m("0,0;0,0"), m("0,0;0,0")));
        assertThat(java.util.Arrays.copyOf(notes.coefficients(), 7))
                .containsExactly(new double[] {0.5, 0, 0, -1, 0, 0, 0.5}, within(1e-15));
        assertThat(notes.order()).isEqualTo(3);
    }

    @Test
    void instance_1d_weighted_loss_has_a_genuine_spurious_local_minimum() throws Exception {
        LinearNetwork net = LinearNetwork.weightedLoss(I2, m("1,0;0,2"), m("1,10;10,1"));
        CriticalPointCertificate.Report r = certify(net, List.of(m("1,0"), m("1;0")));
        assertThat(r.loss()).isEqualTo(2);
        assertThat(r.eigenvalues()).containsExactly(new double[] {0, 2, 8, 12}, within(1e-12));
        assertThat(r.symmetryModes()).isEqualTo(1);
        assertThat(r.unexplainedZeroModes()).isZero();
        assertThat(r.descent()).isEmpty(); // the search finds no descent
        assertThat(r.globalValue()).isCloseTo(0.5, within(1e-9));
        assertThat(r.globalValueExact()).isFalse();
        assertThat(r.localMinimum()).isTrue();
        assertThat(r.secondOrder()).isEqualTo(CriticalPointCertificate.SecondOrder.POSITIVE_OFF_SYMMETRIES);
        assertThat(r.verdict()).isEqualTo(CriticalPointCertificate.Verdict.SPURIOUS_LOCAL_MINIMUM);
        assertThat(r.loss()).isGreaterThan(r.globalValue()); // above the global value: spurious

        CriticalPointCertificate.Report deep = certify(net, List.of(m("1,0"), m("1"), m("1;0")));
        assertThat(deep.eigenvalues()).containsExactly(new double[] {0, 0, 3, 8, 12}, within(1e-12));
        assertThat(deep.symmetryModes()).isEqualTo(2);
        assertThat(deep.verdict()).isEqualTo(CriticalPointCertificate.Verdict.SPURIOUS_LOCAL_MINIMUM);
    }

    @Test
    void global_minima_and_non_critical_points() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(I2, m("0,0;0,1"));
        CriticalPointCertificate.Report global = certify(net, List.of(m("0,1"), m("1"), m("0;1")));
        assertThat(global.verdict()).isEqualTo(CriticalPointCertificate.Verdict.GLOBAL_MINIMUM);
        assertThat(global.localMinimum()).isTrue();
        CriticalPointCertificate.Report generic = certify(net, List.of(m("1,2"), m("3"), m("1;1")));
        assertThat(generic.verdict()).isEqualTo(CriticalPointCertificate.Verdict.NOT_CRITICAL);
        // the scalar chain (1,1,1,1), X = Y = 1, W = 0: zero Hessian and cubic descent (Kawaguchi's bad saddle)
        LinearNetwork chain = LinearNetwork.squaredLoss(m("1"), m("1"));
        CriticalPointCertificate.Report k = certify(chain, List.of(m("0"), m("0"), m("0")));
        assertThat(k.eigenvalues()).containsOnly(0.0);
        assertThat(k.verdict()).isEqualTo(CriticalPointCertificate.Verdict.NON_STRICT_SADDLE);
        assertThat(k.descent().orElseThrow().order()).isEqualTo(3);
    }

    @Test
    void limits_cancellation_and_deadline() throws Exception {
        LinearNetwork net = LinearNetwork.weightedLoss(I2, m("1,0;0,2"), m("1,10;10,1"));
        assertThatThrownBy(() -> CriticalPointCertificate.certify(
                        net, List.of(m("1,0"), m("1;0")), 1, LATER, () -> true, f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("cancelled");
        assertThatThrownBy(() -> CriticalPointCertificate.certify(
                        net, List.of(m("1,0"), m("1;0")), 1, Instant.now().minusSeconds(1), () -> false, f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("ran out of time");
        double[][] big = new double[12][12];
        LinearNetwork wide = LinearNetwork.squaredLoss(Matrix.identity(12), Matrix.identity(12));
        assertThatThrownBy(() -> certify(wide, List.of(Matrix.of(big), Matrix.of(big), Matrix.of(big))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("at most 300");
    }

    /**
     * On the two-layer families of §4.2 (random X, Y, d1) the certificate agrees with the enumeration: global
     * minimum exactly for the family at L*, strict saddle otherwise, and the escape direction has Rayleigh quotient
     * λ_min (re-measured by secondDerivative).
     */
    @Test
    void certificates_agree_with_the_two_layer_enumeration() {
        qt().withFixedSeed(77).withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int d0 = 1 + rnd.nextInt(3);
            int d2 = 1 + rnd.nextInt(3);
            int d1 = 1 + rnd.nextInt(2);
            int n = 1 + rnd.nextInt(4);
            Matrix x = gaussian(rnd, d0, n);
            Matrix y = gaussian(rnd, d2, n);
            LinearNetwork net = LinearNetworkProperties.call(() -> LinearNetwork.squaredLoss(x, y));
            TwoLayerCriticalPoints.Enumeration e =
                    LinearNetworkProperties.call(() -> TwoLayerCriticalPointsTest.enumerate(x, y, d1));
            for (TwoLayerCriticalPoints.Family f : e.families()) {
                CriticalPointCertificate.Report r =
                        LinearNetworkProperties.call(() -> certify(net, f.representative()));
                if (f.kind() == CriticalPoint.Kind.GLOBAL_MINIMUM) {
                    assertThat(r.verdict()).isEqualTo(CriticalPointCertificate.Verdict.GLOBAL_MINIMUM);
                } else {
                    assertThat(r.verdict()).isEqualTo(CriticalPointCertificate.Verdict.STRICT_SADDLE);
                    double q = LinearNetworkProperties.call(() -> net.secondDerivative(
                            f.representative(), r.escapeDirection().orElseThrow()));
                    assertThat(q).isCloseTo(r.eigenvalues()[0], within(1e-9 * Math.max(1, -r.eigenvalues()[0])));
                    assertThat(r.descent().orElseThrow().coefficient())
                            .isCloseTo(q / 2, within(1e-9 * Math.max(1, -q)));
                }
            }
        });
    }

    /**
     * §7.5 property 13 for the certificate: under W_i → G_iW_iG_{i−1}⁻¹ (unbalanced points included) the inertia, the
     * symmetry count, the verdict and the order of the drop of instances 1A–1D do not change.
     */
    @Test
    void verdict_and_drop_order_are_invariant_under_gl_reparametrisations() throws Exception {
        LinearNetwork oneA = LinearNetwork.squaredLoss(I2, m("0,0;0,1"));
        LinearNetwork oneB = LinearNetwork.squaredLoss(m("1"), m("0;1"));
        LinearNetwork oneD = LinearNetwork.weightedLoss(I2, m("1,0;0,2"), m("1,10;10,1"));
        List<LinearNetwork> nets = List.of(oneA, oneB, oneA, oneD);
        List<List<Matrix>> points = List.of(
                List.of(m("1,0"), m("0"), m("1;0")),
                List.of(m("1;0"), m("0,0;0,0"), m("1,0;0,0")),
                List.of(m("1,0;0,0"), m("0,0;0,0"), m("1,0;0,0")),
                List.of(m("1,0"), m("1;0")));
        List<CriticalPointCertificate.Report> reference = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            reference.add(certify(nets.get(i), points.get(i)));
        }
        qt().withFixedSeed(99).withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int i = rnd.nextInt(points.size());
            List<Matrix> moved = CriticalPointTest.reparametrise(points.get(i), rnd);
            CriticalPointCertificate.Report r = LinearNetworkProperties.call(() -> certify(nets.get(i), moved));
            CriticalPointCertificate.Report ref = reference.get(i);
            assertThat(new int[] {r.negative(), r.zero(), r.positive(), r.symmetryModes()})
                    .as("instance %d", i)
                    .containsExactly(ref.negative(), ref.zero(), ref.positive(), ref.symmetryModes());
            assertThat(r.verdict()).as("instance %d", i).isEqualTo(ref.verdict());
            assertThat(r.descent().map(CriticalPointCertificate.DescentCurve::order))
                    .as("instance %d", i)
                    .isEqualTo(ref.descent().map(CriticalPointCertificate.DescentCurve::order));
        });
    }

    private static Matrix gaussian(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextGaussian();
        }
        return new Matrix(rows, cols, d);
    }
}
