package org.landscapelab.numerics.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;

class LinearAlgebraTest {

    @Test
    void singular_values_come_sorted_descending() throws Exception {
        assertThat(LinearAlgebra.singularValues(Matrix.parse("1,0,0;0,3,0;0,0,2")))
                .containsExactly(3, 2, 1);
        double[] s = LinearAlgebra.singularValues(Matrix.parse("2,1,0;1,-3,0;0,0,0.5"));
        assertThat(s[0]).isGreaterThanOrEqualTo(s[1]);
        assertThat(s[1]).isGreaterThanOrEqualTo(s[2]);
    }

    @Test
    void ranks_of_small_integer_matrices_are_exact_including_zero_and_scaled_cases() throws Exception {
        assertThat(LinearAlgebra.rank(Matrix.parse("0,0;0,0;0,0"))).isZero(); // EJML SingularOps.rank says 2 (§7.1)
        assertThat(LinearAlgebra.rank(Matrix.parse("1,2,3;2,4,6;1,1,1"))).isEqualTo(2);
        assertThat(LinearAlgebra.rank(Matrix.parse("1,2;3,4"))).isEqualTo(2);
        assertThat(LinearAlgebra.rank(Matrix.parse("1,2,3;4,5,6;7,8,9"))).isEqualTo(2);
        assertThat(LinearAlgebra.rank(Matrix.parse("1e-15,0;0,1e-15;0,0"))).isEqualTo(0); // below the 1e-10 floor
        assertThat(LinearAlgebra.rank(Matrix.parse("1e6,0;0,1;0,0"))).isEqualTo(2);
    }

    @Test
    void the_four_subspaces_have_the_dimensions_of_rank_nullity() throws Exception {
        Matrix a = Matrix.parse("1,2,3,4;2,4,6,8;0,1,0,1"); // rank 2, 3×4
        assertThat(LinearAlgebra.columnSpace(a).dimension()).isEqualTo(2);
        assertThat(LinearAlgebra.rowSpace(a).dimension()).isEqualTo(2);
        assertThat(LinearAlgebra.nullSpace(a).dimension()).isEqualTo(2);
        assertThat(LinearAlgebra.leftNullSpace(a).dimension()).isEqualTo(1);
        Matrix n = LinearAlgebra.nullSpace(a).basis();
        assertThat(a.times(n).frobeniusNorm()).isLessThan(1e-12);
        assertThat(n.transpose().times(n).minus(Matrix.identity(2)).frobeniusNorm())
                .isLessThan(1e-12);
        Matrix l = LinearAlgebra.leftNullSpace(a).basis();
        assertThat(l.transpose().times(a).frobeniusNorm()).isLessThan(1e-12);
    }

    @Test
    void intersection_of_two_planes_in_r3_is_their_common_line() throws Exception {
        Subspace xy = LinearAlgebra.columnSpace(Matrix.parse("1,0;0,1;0,0"));
        Subspace diagonalPlane = LinearAlgebra.columnSpace(Matrix.parse("1,0;1,0;0,1"));
        Subspace line = LinearAlgebra.intersection(xy, diagonalPlane);
        assertThat(line.dimension()).isEqualTo(1);
        double[] v = line.basisVectors()[0];
        assertThat(Math.abs(v[0])).isCloseTo(Math.sqrt(0.5), within(1e-12));
        assertThat(v[0]).isCloseTo(v[1], within(1e-12));
        assertThat(v[2]).isCloseTo(0, within(1e-12));
        assertThat(LinearAlgebra.intersection(xy, xy).dimension()).isEqualTo(2);
        Subspace z = LinearAlgebra.columnSpace(Matrix.parse("0;0;5"));
        assertThat(LinearAlgebra.intersection(xy, z).dimension()).isZero();
    }

    @Test
    void intersection_accepts_spanning_sets_that_are_not_orthonormal() throws Exception {
        Subspace s = new Subspace(3, Matrix.parse("1,2;1,2;0,0")); // spans one line twice
        Subspace t = new Subspace(3, Matrix.parse("3,0;3,0;0,1"));
        assertThat(LinearAlgebra.intersection(s, t).dimension()).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused() {
        assertThatThrownBy(() -> LinearAlgebra.rank(Matrix.zeros(13, 1)))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("at most 12");
        assertThatThrownBy(() -> LinearAlgebra.rank(new Matrix(1, 1, new double[] {Double.NaN})))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> LinearAlgebra.intersection(
                        new Subspace(2, Matrix.identity(2)), new Subspace(3, Matrix.identity(3))))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> LinearAlgebra.rank(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
