package org.landscapelab.numerics.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;

/** Classification of critical points (math.md §7.3) and the invariance of inertia (§7.5, property 13). */
public class CriticalPointTest {

    private static final Matrix I2 = Matrix.identity(2);

    record Point(String name, LinearNetwork net, List<Matrix> w, int[] inertia, CriticalPoint.Kind kind) {}

    private static List<Point> points() throws NumericsException {
        LinearNetwork oneA = LinearNetwork.squaredLoss(I2, m("0,0;0,1"));
        LinearNetwork oneB = LinearNetwork.squaredLoss(m("1"), m("0;1"));
        LinearNetwork oneD = LinearNetwork.weightedLoss(I2, m("1,0;0,2"), m("1,10;10,1"));
        LinearNetwork ey = LinearNetwork.squaredLoss(Matrix.identity(3), m("3,0,0;0,2,0;0,0,1"));
        double r3 = Math.sqrt(3);
        double r2 = Math.sqrt(2);
        return List.of(
                new Point(
                        "1A",
                        oneA,
                        List.of(m("1,0"), m("0"), m("1;0")),
                        new int[] {0, 4, 1},
                        CriticalPoint.Kind.NON_STRICT_SADDLE),
                new Point(
                        "1B",
                        oneB,
                        List.of(m("1;0"), m("0,0;0,0"), m("1,0;0,0")),
                        new int[] {2, 6, 2},
                        CriticalPoint.Kind.STRICT_SADDLE),
                new Point(
                        "1C",
                        oneA,
                        List.of(m("1,0;0,0"), m("0,0;0,0"), m("1,0;0,0")),
                        new int[] {0, 11, 1},
                        CriticalPoint.Kind.NON_STRICT_SADDLE),
                new Point(
                        "1D", oneD, List.of(m("1,0"), m("1;0")), new int[] {0, 1, 3}, CriticalPoint.Kind.INCONCLUSIVE),
                new Point(
                        "4.4a J={1,2}",
                        ey,
                        List.of(Matrix.of(new double[][] {{r3, 0, 0}, {0, r2, 0}}), Matrix.of(new double[][] {
                            {r3, 0}, {0, r2}, {0, 0}
                        })),
                        new int[] {0, 4, 8},
                        CriticalPoint.Kind.GLOBAL_MINIMUM),
                new Point(
                        "4.4a J={1,3}",
                        ey,
                        List.of(Matrix.of(new double[][] {{r3, 0, 0}, {0, 0, 1}}), Matrix.of(new double[][] {
                            {r3, 0}, {0, 0}, {0, 1}
                        })),
                        new int[] {1, 4, 7},
                        CriticalPoint.Kind.STRICT_SADDLE));
    }

    @Test
    void the_lesson_instances_are_classified_as_math_md_says() throws Exception {
        for (Point p : points()) {
            CriticalPoint c = p.net().classify(p.w());
            assertThat(new int[] {c.negative(), c.zero(), c.positive()})
                    .as(p.name())
                    .containsExactly(p.inertia());
            assertThat(c.kind()).as(p.name()).isEqualTo(p.kind());
        }
    }

    @Test
    void a_generic_point_is_not_critical_and_weighted_losses_have_no_closed_form_value() throws Exception {
        LinearNetwork net = LinearNetwork.weightedLoss(I2, m("1,0;0,2"), m("1,10;10,1"));
        CriticalPoint c = net.classify(List.of(m("1,2"), m("3;4")));
        assertThat(c.kind()).isEqualTo(CriticalPoint.Kind.NOT_CRITICAL);
        assertThat(c.globalValue()).isNaN();
    }

    @Test
    void inertia_and_verdict_are_invariant_under_gl_reparametrisations() throws Exception {
        List<Point> points = points();
        qt().withFixedSeed(41).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            Point p = points.get(rnd.nextInt(points.size()));
            List<Matrix> moved = reparametrise(p.w(), rnd);
            CriticalPoint c = LinearNetworkProperties.call(() -> p.net().classify(moved));
            assertThat(c.loss())
                    .isCloseTo(
                            LinearNetworkProperties.call(() -> p.net().loss(p.w())),
                            org.assertj.core.api.Assertions.within(1e-12));
            assertThat(new int[] {c.negative(), c.zero(), c.positive()})
                    .as(p.name())
                    .containsExactly(p.inertia());
            assertThat(c.kind()).as(p.name()).isEqualTo(p.kind());
        });
    }

    /** W_i → G_i W_i G_{i−1}⁻¹ with G_0 = I, G_h = I and G_i = I + 0.3·Gaussian otherwise; W_{h:1} is unchanged. */
    public static List<Matrix> reparametrise(List<Matrix> w, Random rnd) {
        int h = w.size();
        Matrix[] g = new Matrix[h + 1];
        Matrix[] gInverse = new Matrix[h + 1];
        g[0] = gInverse[0] = Matrix.identity(w.get(0).cols());
        g[h] = gInverse[h] = Matrix.identity(w.get(h - 1).rows());
        for (int i = 1; i < h; i++) {
            int d = w.get(i - 1).rows();
            while (true) {
                Matrix candidate = Matrix.identity(d)
                        .plus(LinearNetworkProperties.gaussian(rnd, d, d).scale(0.3));
                DMatrixRMaj inverse = new DMatrixRMaj(d, d);
                if (Math.abs(CommonOps_DDRM.det(Ejml.dense(candidate))) > 0.3
                        && CommonOps_DDRM.invert(Ejml.dense(candidate), inverse)) {
                    g[i] = candidate;
                    gInverse[i] = Ejml.matrix(inverse);
                    break;
                }
            }
        }
        List<Matrix> moved = new ArrayList<>();
        for (int i = 1; i <= h; i++) {
            moved.add(g[i].times(w.get(i - 1)).times(gInverse[i - 1]));
        }
        return moved;
    }

    private static Matrix m(String text) throws NumericsException {
        return Matrix.parse(text);
    }
}
