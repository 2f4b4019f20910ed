package org.landscapelab.numerics.linalg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;

class MatrixTest {

    @Test
    void text_form_parses_rows_separated_by_semicolons_with_commas_or_spaces() throws Exception {
        Matrix expected = Matrix.of(new double[][] {{1, 0}, {0, 1}});
        assertThat(Matrix.parse("1,0;0,1")).isEqualTo(expected);
        assertThat(Matrix.parse(" 1 0 ; 0   1 ")).isEqualTo(expected);
        assertThat(Matrix.parse("1, 0; 0, 1")).isEqualTo(expected);
        assertThat(Matrix.parse("-1.5e0,.5;+2,3.")).isEqualTo(Matrix.of(new double[][] {{-1.5, .5}, {2, 3}}));
    }

    @Test
    void integers_print_without_decimal_point_and_negative_zero_prints_as_zero() throws Exception {
        assertThat(Matrix.of(new double[][] {{1, -0.0}, {-2, 0.5}}).format()).isEqualTo("1,0;-2,0.5");
        assertThat(Matrix.parse("1,0;0,1").format()).isEqualTo("1,0;0,1");
    }

    @Test
    void yaml_nested_lists_give_the_same_matrix() throws Exception {
        assertThat(Matrix.fromLists(List.of(List.of(1, 0), List.of(0.0, 1L)))).isEqualTo(Matrix.parse("1,0;0,1"));
    }

    @Test
    void bad_text_is_refused_with_a_message_naming_the_problem() {
        assertRefused("", "empty");
        assertRefused("1,2;", "Row 2 is empty");
        assertRefused("1,2;3", "Row 2 has 1 entries but row 1 has 2");
        assertRefused("1,,2", "empty entry");
        assertRefused("1,x", "'x' in row 1 is not a number");
        assertRefused("NaN", "not a number");
        assertRefused("Infinity", "not a number");
        assertRefused("1e400", "too large");
        assertRefused("0x10", "not a number");
        assertRefused(String.join(";", java.util.Collections.nCopies(13, "1")), "at most 12 rows");
    }

    @Test
    void yaml_values_may_be_text_a_number_or_nested_lists_and_anything_else_is_refused() throws Exception {
        assertThat(Matrix.fromYaml("1,0;0,1")).isEqualTo(Matrix.identity(2));
        assertThat(Matrix.fromYaml(List.of(List.of(1, 0), List.of(0, 1)))).isEqualTo(Matrix.identity(2));
        assertThat(Matrix.fromYaml(3)).isEqualTo(Matrix.of(new double[][] {{3}}));
        assertThatThrownBy(() -> Matrix.fromYaml(List.of(List.of(1, "two"))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("('two') is not a number");
        assertThatThrownBy(() -> Matrix.fromYaml(List.of(1, 2)))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("Row 1 is not a list");
        assertThatThrownBy(() -> Matrix.fromYaml(java.util.Map.of("a", 1))).isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> Matrix.fromYaml(null)).isInstanceOf(NumericsException.class);
    }

    @Test
    void bad_lists_are_refused() {
        assertThatThrownBy(() -> Matrix.fromLists(List.of())).isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> Matrix.fromLists(List.of(List.of(1), List.of(1, 2))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("Row 2 has 2 entries");
        assertThatThrownBy(() -> Matrix.fromLists(List.of(List.of(Double.NaN))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> Matrix.fromLists(List.of(Arrays.asList(1, null))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void programmer_misuse_throws_illegal_argument() {
        assertThatThrownBy(() -> Matrix.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Matrix(2, 2, new double[3])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_record_is_immutable_and_compares_by_value() {
        double[] d = {1, 2};
        Matrix m = new Matrix(1, 2, d);
        d[0] = 9;
        m.data()[1] = 9;
        assertThat(m).isEqualTo(Matrix.of(new double[][] {{1, 2}}));
        assertThat(m.hashCode()).isEqualTo(Matrix.of(new double[][] {{1, 2}}).hashCode());
    }

    @Test
    void format_then_parse_returns_the_same_matrix_for_any_doubles() {
        qt().withFixedSeed(7)
                .withExamples(2000)
                .forAll(integers().between(1, 12), integers().between(1, 12), longs().all())
                .checkAssert((r, c, seed) -> {
                    Random rnd = new Random(seed);
                    double[] d = new double[r * c];
                    for (int i = 0; i < d.length; i++) {
                        d[i] = rnd.nextBoolean()
                                ? rnd.nextInt(21) - 10
                                : rnd.nextGaussian() * Math.pow(10, rnd.nextInt(20) - 10);
                    }
                    Matrix m = new Matrix(r, c, d);
                    try {
                        assertThat(Matrix.parse(m.format())).isEqualTo(m);
                    } catch (NumericsException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void products_and_transposes_follow_the_definitions() throws Exception {
        Matrix a = Matrix.parse("1,2,3;4,5,6");
        assertThat(a.transpose()).isEqualTo(Matrix.parse("1,4;2,5;3,6"));
        assertThat(a.times(a.transpose())).isEqualTo(Matrix.parse("14,32;32,77"));
        assertThat(a.minus(a).frobeniusNorm()).isZero();
        assertThat(Matrix.identity(2).scale(3).plus(Matrix.zeros(2, 2))).isEqualTo(Matrix.parse("3,0;0,3"));
    }

    private static void assertRefused(String text, String message) {
        assertThatThrownBy(() -> Matrix.parse(text))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining(message);
    }
}
