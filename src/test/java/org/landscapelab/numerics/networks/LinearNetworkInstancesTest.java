package org.landscapelab.numerics.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/** Instances 1A–1D of math.md §2.2–2.5 and §4.4(c), with the values listed there. */
class LinearNetworkInstancesTest {

    private static final double EXACT = 1e-12;

    @Test
    void instance_1A_bottleneck_point_is_critical_with_hessian_diag_0_0_1_0_0() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(m("1,0;0,1"), m("0,0;0,1"));
        List<Matrix> w = List.of(m("1,0"), m("0"), m("1;0"));
        assertThat(net.loss(w)).isEqualTo(0.5);
        assertThat(net.gradientNorm(w)).isZero();
        double[][] h = net.hessian(w);
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                assertThat(h[i][j]).isEqualTo(i == 2 && j == 2 ? 1.0 : 0.0); // order (a1, a2, s, b1, b2)
            }
        }
        assertEigenvalues(net.hessianEigenvalues(w), 0, 0, 0, 0, 1);
    }

    @Test
    void instance_1A_loss_along_the_escape_curve_is_one_half_minus_t4_over_2_plus_t6_plus_t8_over_2() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(m("1,0;0,1"), m("0,0;0,1"));
        for (double t : new double[] {0.1, 0.01, 0.3}) {
            List<Matrix> w = List.of(row(1, t), row(t * t), Matrix.of(new double[][] {{1}, {t}}));
            double expected = 0.5 - Math.pow(t, 4) / 2 + Math.pow(t, 6) + Math.pow(t, 8) / 2;
            assertThat(net.loss(w)).isCloseTo(expected, within(1e-15));
        }
        assertThat(net.loss(List.of(row(1, 0.1), row(0.01), Matrix.of(new double[][] {{1}, {0.1}}))) - 0.5)
                .isCloseTo(-4.89950e-5, within(1e-10));
    }

    @Test
    void instance_1B_narrowest_layer_at_the_input_is_a_strict_saddle() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(m("1"), m("0;1"));
        List<Matrix> w = List.of(m("1;0"), m("0,0;0,0"), m("1,0;0,0"));
        assertThat(net.loss(w)).isEqualTo(0.5);
        assertThat(net.gradientNorm(w)).isZero();
        double phi = (1 + Math.sqrt(5)) / 2;
        assertEigenvalues(net.hessianEigenvalues(w), -1, 1 - phi, 0, 0, 0, 0, 0, 0, 1, phi);
    }

    @Test
    void instance_1C_no_bottleneck_yet_a_psd_hessian_and_a_cubic_escape() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(m("1,0;0,1"), m("0,0;0,1"));
        List<Matrix> w = List.of(m("1,0;0,0"), m("0,0;0,0"), m("1,0;0,0"));
        assertThat(net.loss(w)).isEqualTo(0.5);
        assertThat(net.gradientNorm(w)).isZero();
        double[] expected = new double[12];
        expected[11] = 1;
        assertEigenvalues(net.hessianEigenvalues(w), expected);
        double t = 0.1;
        List<Matrix> curve = List.of(m("1,0;0,0.1"), m("0,0;0,0.1"), m("1,0;0,0.1"));
        assertThat(net.loss(curve) - 0.5).isCloseTo(-t * t * t + Math.pow(t, 6) / 2, within(1e-15));
    }

    @Test
    void kawaguchi_scalar_chain_has_a_zero_hessian_at_the_origin() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(m("1"), m("1"));
        List<Matrix> w = List.of(m("0"), m("0"), m("0"));
        assertThat(net.gradientNorm(w)).isZero();
        assertEigenvalues(net.hessianEigenvalues(w), 0, 0, 0);
    }

    @Test
    void instance_1D_weighted_loss_has_a_genuine_spurious_minimum_in_two_and_three_layers() throws Exception {
        LinearNetwork net = LinearNetwork.weightedLoss(m("1,0;0,1"), m("1,0;0,2"), m("1,10;10,1"));
        List<Matrix> two = List.of(m("1,0"), m("1;0"));
        assertThat(net.loss(two)).isEqualTo(2.0);
        assertThat(net.gradientNorm(two)).isZero();
        assertEigenvalues(net.hessianEigenvalues(two), 0, 2, 8, 12);
        List<Matrix> three = List.of(m("1,0"), m("1"), m("1;0"));
        assertThat(net.loss(three)).isEqualTo(2.0);
        assertThat(net.gradientNorm(three)).isZero();
        assertEigenvalues(net.hessianEigenvalues(three), 0, 0, 3, 8, 12);
        assertThat(net.loss(List.of(m("0,1"), m("0;2")))).isEqualTo(0.5); // the global minimum over rank ≤ 1
    }

    @Test
    void section_4_4c_unbalanced_degenerate_point_has_tiny_negative_curvature() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(m("1,0;0,1"), m("1,0;0,0"));
        for (double c : new double[] {1, 10, 100}) {
            List<Matrix> w = List.of(m("0,0"), Matrix.of(new double[][] {{0}, {c}}));
            assertThat(net.loss(w)).isEqualTo(0.5);
            assertThat(net.gradientNorm(w)).isZero();
            double expected = (c * c - Math.sqrt(c * c * c * c + 4)) / 2;
            assertThat(net.hessianEigenvalues(w)[0]).isCloseTo(expected, within(1e-12 * Math.max(1, c * c)));
        }
    }

    @Test
    void bad_networks_are_refused_with_reasons() {
        assertThatThrownBy(() -> LinearNetwork.squaredLoss(m("1,0"), m("1")))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("samples");
        assertThatThrownBy(() -> LinearNetwork.squaredLoss(m("1;0"), m("1")).loss(List.of(m("1")))) // W1 1×1, X 2×1
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("W1 is 1×1 but needs 2 columns");
        assertThatThrownBy(() -> LinearNetwork.squaredLoss(m("1"), m("1;1")).loss(List.of(m("1"))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("rows but Y has 2");
        assertThatThrownBy(() -> LinearNetwork.weightedLoss(m("1"), m("1"), m("-1")))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("≥ 0");
        assertThatThrownBy(() -> LinearNetwork.squaredLoss(m("1"), m("1")).loss(List.of()))
                .isInstanceOf(NumericsException.class);
    }

    @Test
    void the_parameter_cap_of_the_hessian_is_enforced() throws Exception {
        Matrix x = Matrix.identity(12);
        LinearNetwork net = LinearNetwork.squaredLoss(x, x);
        List<Matrix> fourteen = java.util.Collections.nCopies(14, x); // 14·144 = 2016 parameters
        assertThat(net.loss(fourteen)).isZero();
        assertThatThrownBy(() -> net.hessian(fourteen))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("2016 parameters");
        assertThatThrownBy(() -> net.loss(java.util.Collections.nCopies(21, x)))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("between 1 and 20 layers");
    }

    static void assertEigenvalues(double[] actual, double... expected) {
        assertThat(actual).hasSize(expected.length);
        java.util.Arrays.sort(expected);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("eigenvalue %d", i).isCloseTo(expected[i], within(EXACT));
        }
    }

    static Matrix m(String text) throws NumericsException {
        return Matrix.parse(text);
    }

    private static Matrix row(double... v) {
        return Matrix.of(new double[][] {v});
    }
}
