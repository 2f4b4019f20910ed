package org.landscapelab.numerics.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.LinearNetworkProperties;

/** The critical families of math.md §4.2, the tables of §4.4 and the certificate of §4.3. */
class TwoLayerCriticalPointsTest {

    private static final Instant LATER = Instant.now().plusSeconds(600);
    private static final CriticalPoint.Kind GLOBAL = CriticalPoint.Kind.GLOBAL_MINIMUM;
    private static final CriticalPoint.Kind SADDLE = CriticalPoint.Kind.STRICT_SADDLE;

    static TwoLayerCriticalPoints.Enumeration enumerate(Matrix x, Matrix y, int d1) throws NumericsException {
        return TwoLayerCriticalPoints.enumerate(x, y, d1, LATER, () -> false, f -> {});
    }

    /** Row of a §4.4 table: J, rank, kind, L, λ_min, number of negative eigenvalues (−1: not listed). */
    record Row(List<Integer> j, int rank, CriticalPoint.Kind kind, double loss, double lambdaMin, int negatives) {}

    private static void assertTable(TwoLayerCriticalPoints.Enumeration e, List<Row> rows, int dMin) {
        assertThat(e.families()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            TwoLayerCriticalPoints.Family f = e.families().get(i);
            String as = "J = " + row.j();
            assertThat(f.indexSet()).as(as).isEqualTo(row.j());
            assertThat(f.rank()).as(as).isEqualTo(row.rank());
            assertThat(f.degenerate()).as(as).isEqualTo(row.rank() < dMin);
            assertThat(f.kind()).as(as).isEqualTo(row.kind());
            assertThat(f.loss()).as(as).isCloseTo(row.loss(), within(5e-6 * Math.abs(row.loss())));
            assertThat(f.classification().loss()).as(as).isCloseTo(f.loss(), within(1e-12));
            assertThat(f.classification().gradientNorm()).as(as).isLessThan(1e-13);
            assertThat(f.minEigenvalue())
                    .as(as)
                    .isCloseTo(row.lambdaMin(), within(Math.max(1e-12, 5e-6 * Math.abs(row.lambdaMin()))));
            if (row.negatives() >= 0) {
                assertThat(f.classification().negative()).as(as).isEqualTo(row.negatives());
            }
        }
    }

    @Test
    void section_4_4a_eckart_young_table() throws Exception {
        Matrix x = Matrix.identity(3);
        Matrix y = Matrix.parse("3,0,0;0,2,0;0,0,1");
        TwoLayerCriticalPoints.Enumeration two = enumerate(x, y, 2);
        assertThat(two.singularValues()).containsExactly(new double[] {3, 2, 1}, within(1e-14));
        assertThat(two.globalValue()).isCloseTo(0.5, within(1e-14));
        assertTable(
                two,
                List.of(
                        new Row(List.of(), 0, SADDLE, 7, -3, 6),
                        new Row(List.of(1), 1, SADDLE, 2.5, -2, 2),
                        new Row(List.of(2), 1, SADDLE, 5, -3, 3),
                        new Row(List.of(3), 1, SADDLE, 6.5, -3, 4),
                        new Row(List.of(1, 2), 2, GLOBAL, 0.5, 0, 0),
                        new Row(List.of(1, 3), 2, SADDLE, 2, -1, 1),
                        new Row(List.of(2, 3), 2, SADDLE, 4.5, -2, 2)),
                2);
        TwoLayerCriticalPoints.Enumeration one = enumerate(x, y, 1);
        assertTable(
                one,
                List.of(
                        new Row(List.of(), 0, SADDLE, 7, -3, 3),
                        new Row(List.of(1), 1, GLOBAL, 2.5, 0, 0),
                        new Row(List.of(2), 1, SADDLE, 5, -1, 1),
                        new Row(List.of(3), 1, SADDLE, 6.5, -2, 2)),
                1);
    }

    @Test
    void section_4_4a_certificate_at_j_1_is_the_listed_eigenvector() throws Exception {
        TwoLayerCriticalPoints.Family f = enumerate(Matrix.identity(3), Matrix.parse("3,0,0;0,2,0;0,0,1"), 2)
                .families()
                .get(1);
        TwoLayerCriticalPoints.Certificate c = f.certificate().orElseThrow();
        // z = e2, u = v = e2, c = 0, s = 2: the block [[0,−2],[−2,0]] has λ = −2, ΔW1 = ±E22/√2, ΔW2 = ±E22/√2
        assertThat(c.s()).isCloseTo(2, within(1e-14));
        assertThat(c.c()).isCloseTo(0, within(1e-14));
        assertThat(c.bound()).isCloseTo(-2, within(1e-14));
        assertThat(c.curvature()).isCloseTo(-2, within(1e-13));
        assertThat(Math.abs(c.direction().get(0).get(1, 1))).isCloseTo(1 / Math.sqrt(2), within(1e-14));
        assertThat(Math.abs(c.direction().get(1).get(1, 1))).isCloseTo(1 / Math.sqrt(2), within(1e-14));
        assertThat(c.direction().get(0).frobeniusNorm()).isCloseTo(1 / Math.sqrt(2), within(1e-14));
    }

    @Test
    void section_4_4b_rank_deficient_x_table() throws Exception {
        Matrix x = Matrix.parse("1,0,1,0;0,1,1,0;1,1,2,0");
        Matrix y = Matrix.parse("2,0,1,1;0,1,1,0;1,1,0,3");
        TwoLayerCriticalPoints.Enumeration two = enumerate(x, y, 2);
        assertThat(two.rankX()).isEqualTo(2);
        assertThat(two.singularValues()).hasSize(2);
        assertThat(two.singularValues()[0]).isCloseTo(Math.sqrt((11 + Math.sqrt(31)) / 3), within(1e-13));
        assertThat(two.singularValues()[1]).isCloseTo(Math.sqrt((11 - Math.sqrt(31)) / 3), within(1e-13));
        assertThat(two.unfittable()).isCloseTo(35.0 / 6, within(1e-13));
        assertThat(two.globalValue()).isCloseTo(35.0 / 6, within(1e-13));
        assertTable(
                two,
                List.of(
                        new Row(List.of(), 0, SADDLE, 9.5, -6.62966, -1),
                        new Row(List.of(1), 1, SADDLE, 6.73871, -2.12147, -1),
                        new Row(List.of(2), 1, SADDLE, 8.59463, -6.44200, -1),
                        new Row(List.of(1, 2), 2, GLOBAL, 35.0 / 6, 0, 0)),
                2);
        TwoLayerCriticalPoints.Enumeration one = enumerate(x, y, 1);
        assertThat(one.globalValue()).isCloseTo((46 - Math.sqrt(31)) / 6, within(1e-13));
        assertTable(
                one,
                List.of(
                        new Row(List.of(), 0, SADDLE, 9.5, -6.62966, -1),
                        new Row(List.of(1), 1, GLOBAL, (46 - Math.sqrt(31)) / 6, 0, 0),
                        new Row(List.of(2), 1, SADDLE, 8.59463, -1.91881, -1)),
                1);
    }

    @Test
    void bad_input_and_limits() throws Exception {
        assertThatThrownBy(() -> enumerate(Matrix.identity(2), Matrix.identity(2), 0))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("between 1 and");
        Random rnd = new Random(1);
        double[][] big = new double[12][12];
        for (double[] row : big) {
            for (int j = 0; j < 12; j++) {
                row[j] = rnd.nextGaussian();
            }
        }
        assertThatThrownBy(() -> enumerate(Matrix.identity(12), Matrix.of(big), 6))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("critical families");
        assertThatThrownBy(() -> TwoLayerCriticalPoints.enumerate(
                        Matrix.identity(3), Matrix.parse("3,0,0;0,2,0;0,0,1"), 2, LATER, () -> true, f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("cancelled");
    }

    /**
     * math.md §7.5 properties 8–9 and Theorem 5 / Corollary 6: on random (X, Y, d1), with rank-deficient X and Y
     * half of the time, every family is critical with the value ½(‖Y‖² − Σ_J σ²), exactly one value equals L*, every
     * other family has a negative Hessian eigenvalue, and at degenerate ones the certificate is negative, re-measured,
     * and bounds λ_min from above.
     */
    @Test
    void every_family_is_critical_one_is_global_and_the_others_are_strict_saddles() {
        int[] seen = new int[3]; // families, certificates, non-degenerate saddles
        qt().withFixedSeed(4242).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int d0 = 1 + rnd.nextInt(4);
            int d2 = 1 + rnd.nextInt(4);
            int d1 = 1 + rnd.nextInt(3);
            int n = 1 + rnd.nextInt(5);
            Matrix x = random(rnd, d0, n, rnd.nextBoolean() ? 1 + rnd.nextInt(Math.min(d0, n)) : Math.min(d0, n));
            Matrix y = random(rnd, d2, n, rnd.nextBoolean() ? 1 + rnd.nextInt(Math.min(d2, n)) : Math.min(d2, n));
            TwoLayerCriticalPoints.Enumeration e = LinearNetworkProperties.call(() -> enumerate(x, y, d1));
            LinearNetwork net = LinearNetworkProperties.call(() -> LinearNetwork.squaredLoss(x, y));
            int globals = 0;
            for (TwoLayerCriticalPoints.Family f : e.families()) {
                seen[0]++;
                seen[2] += !f.degenerate() && f.kind() == SADDLE ? 1 : 0;
                CriticalPoint c = f.classification();
                assertThat(c.kind()).isNotEqualTo(CriticalPoint.Kind.NOT_CRITICAL);
                assertThat(c.loss()).isCloseTo(f.loss(), within(1e-9 * Math.max(1, f.loss())));
                if (c.kind() == GLOBAL) {
                    globals++;
                    assertThat(f.loss()).isCloseTo(e.globalValue(), within(1e-9 * Math.max(1, f.loss())));
                } else {
                    assertThat(c.kind()).isEqualTo(SADDLE);
                    assertThat(c.negative()).isPositive();
                }
                if (f.degenerate() && c.kind() != GLOBAL) {
                    TwoLayerCriticalPoints.Certificate cert = f.certificate().orElseThrow();
                    seen[1]++;
                    assertThat(cert.bound()).isNegative();
                    assertThat(cert.curvature()).isCloseTo(cert.bound(), within(1e-9 * Math.max(1, cert.s())));
                    assertThat(f.minEigenvalue()).isLessThanOrEqualTo(cert.bound() + 1e-9 * Math.max(1, cert.s()));
                    double norm2 = 0;
                    for (Matrix d : cert.direction()) {
                        norm2 += Math.pow(d.frobeniusNorm(), 2);
                    }
                    assertThat(norm2).isCloseTo(1, within(1e-12));
                    double q = LinearNetworkProperties.call(
                            () -> net.secondDerivative(f.representative(), cert.direction()));
                    assertThat(q).isCloseTo(cert.curvature(), within(1e-12 * Math.max(1, cert.s())));
                } else {
                    assertThat(f.certificate()).isEmpty();
                }
            }
            assertThat(globals).as("families attaining L*").isEqualTo(1);
        });
        assertThat(seen[0]).isGreaterThan(500);
        assertThat(seen[1]).isGreaterThan(100);
        assertThat(seen[2]).isGreaterThan(20);
    }

    /** A d×n Gaussian matrix of the given rank (a product of Gaussian factors). */
    private static Matrix random(Random rnd, int rows, int cols, int rank) {
        Matrix a = gaussian(rnd, rows, rank);
        Matrix b = gaussian(rnd, rank, cols);
        return a.times(b);
    }

    private static Matrix gaussian(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextGaussian();
        }
        return new Matrix(rows, cols, d);
    }
}
