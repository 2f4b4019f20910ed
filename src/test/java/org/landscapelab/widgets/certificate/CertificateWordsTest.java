package org.landscapelab.widgets.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Report;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.widgets.Job;

/**
 * The sentence under the certificate's verdict, word for word, for every verdict and both ways the non-strict saddle
 * is found: the worked points of the notes (§2.2–2.5) and a few more points that reach the other branches.
 */
class CertificateWordsTest {

    private static Report of(Preset preset) throws NumericsException {
        return CertificateCompute.compute(Certificate.Inputs.of(preset), Job.HEADLESS)
                .report();
    }

    private static Report certify(LinearNetwork net, String... weights) throws NumericsException {
        List<Matrix> w = new ArrayList<>();
        for (String s : weights) {
            w.add(Matrix.parse(s));
        }
        return CertificateCompute.certify(net, w, Job.HEADLESS).report();
    }

    @Test
    void a_descent_curve_names_its_order_and_coefficient() throws NumericsException {
        Report a = of(Preset.A1);
        assertThat(a.verdict()).isEqualTo(Verdict.NON_STRICT_SADDLE);
        assertThat(CertificateWords.explanation(a))
                .isEqualTo("The Hessian is positive semidefinite (2 zero mode(s)"
                        + " beyond the 2 symmetry directions), yet along W + tD1 + t²D2 the loss drops like -0.125000·t⁴: a"
                        + " non-strict saddle, not a local minimum.");
        assertThat(CertificateWords.explanation(of(Preset.C1)))
                .isEqualTo("The Hessian is positive semidefinite"
                        + " (7 zero mode(s) beyond the 4 symmetry directions), yet along W + tD1 + t²D2 the loss drops like"
                        + " -0.101452·t³: a non-strict saddle, not a local minimum.");
        assertThat(CertificateWords.explanation(of(Preset.CHAIN)))
                .isEqualTo("The Hessian is positive semidefinite"
                        + " (3 zero mode(s) beyond the 0 symmetry directions), yet along W + tD1 + t²D2 the loss drops like"
                        + " -0.190505·t³: a non-strict saddle, not a local minimum.");
    }

    @Test
    void a_strict_saddle_names_the_smallest_eigenvalue_and_the_quadratic_drop() throws NumericsException {
        Report b = of(Preset.B1);
        assertThat(b.verdict()).isEqualTo(Verdict.STRICT_SADDLE);
        assertThat(CertificateWords.explanation(b))
                .isEqualTo("λ_min = -1.00000 < 0: a strict saddle; along its"
                        + " eigenvector the loss drops like -0.500000·t².");
    }

    @Test
    void a_spurious_minimum_compares_its_value_with_the_multistart_global_value() throws NumericsException {
        assertThat(CertificateWords.explanation(of(Preset.D1)))
                .isEqualTo("The Hessian is positive on every direction"
                        + " except the 1 symmetry directions, so W is a local minimum (Morse–Bott); its value 2.00000 is above"
                        + " the global value 0.500000 (best of 30 multistart descents): a spurious local minimum.");
        assertThat(CertificateWords.explanation(of(Preset.D3)))
                .isEqualTo("The Hessian is positive on every direction"
                        + " except the 2 symmetry directions, so W is a local minimum (Morse–Bott); its value 2.00000 is above"
                        + " the global value 0.500000 (best of 30 multistart descents): a spurious local minimum.");
    }

    @Test
    void global_minima_say_whether_the_global_value_is_exact() throws NumericsException {
        LinearNetwork squared = LinearNetwork.squaredLoss(Matrix.identity(2), Matrix.parse("0,0;0,1"));
        assertThat(CertificateWords.explanation(certify(squared, "0,1", "1", "0;1")))
                .isEqualTo("L = 0.00000 equals" + " the global value 0.00000 (closed form, §4.1): a global minimum.");
        // Y of rank 1 is reached exactly; the multistart's best is 0 up to rounding (its digits are not the point)
        Report weighted = certify(
                LinearNetwork.weightedLoss(Matrix.identity(2), Matrix.parse("1,0;0,0"), Matrix.parse("1,10;10,1")),
                "1,0",
                "1;0");
        assertThat(weighted.verdict()).isEqualTo(Verdict.GLOBAL_MINIMUM);
        assertThat(weighted.globalValue()).isLessThan(1e-20);
        assertThat(CertificateWords.explanation(weighted))
                .matches("L = 0\\.00000 equals the global value \\S+ \\(best"
                        + " of 30 multistart descents\\): a global minimum as far as the multistart can tell\\.");
    }

    @Test
    void a_point_that_is_not_critical_says_so_with_its_gradient_norm() throws NumericsException {
        LinearNetwork squared = LinearNetwork.squaredLoss(Matrix.identity(2), Matrix.parse("0,0;0,1"));
        assertThat(CertificateWords.explanation(certify(squared, "1,2", "3", "1;1")))
                .isEqualTo("‖∇L‖ = 75.7826 fails" + " the gradient test: this is not a critical point.");
    }

    @Test
    void no_descent_up_to_order_four_is_a_saddle_for_the_squared_loss_and_undecided_otherwise()
            throws NumericsException {
        // the scalar chain of depth 5 at 0 drops only at order 5, beyond the search
        Report squared =
                certify(LinearNetwork.squaredLoss(Matrix.parse("1"), Matrix.parse("1")), "0", "0", "0", "0", "0");
        assertThat(squared.verdict()).isEqualTo(Verdict.NON_STRICT_SADDLE);
        assertThat(squared.descent()).isEmpty();
        assertThat(CertificateWords.explanation(squared))
                .isEqualTo("The Hessian is positive semidefinite and no"
                        + " descent curve up to order 4 was found, but L = 0.500000 > L* = 0.00000: by Zhang's Corollary 1"
                        + " (squared loss) this is not a local minimum, so it is a non-strict saddle whose escape is of order"
                        + " above 4.");
        Report weighted = certify(
                LinearNetwork.weightedLoss(Matrix.parse("1"), Matrix.parse("1"), Matrix.parse("2")),
                "0",
                "0",
                "0",
                "0",
                "0");
        assertThat(weighted.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(CertificateWords.explanation(weighted))
                .isEqualTo("The Hessian is positive semidefinite with 5 zero"
                        + " mode(s) beyond the symmetries, and no descent curve up to order 4 was found: the tests cannot"
                        + " decide.");
    }
}
