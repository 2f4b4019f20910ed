package org.landscapelab.numerics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one reader of typed numbers: it means what a person reads, round-trips what the app prints, refuses the rest. */
class NumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "5e-2|0.05",
                "5E-2|0.05",
                "0.05|0.05",
                ".5|0.5",
                "+3|3",
                "-1e308|-1e308",
                "1e308|1e308",
                "\u22123|-3",
                "  7  |7",
                "3.|3",
                "1e-300|1e-300",
                "2.5e+3|2500"
            })
    void reads_decimal_and_scientific_notation_as_written(String text, double expected) throws NumericsException {
        assertThat(Numbers.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1,0",
                "1,000",
                "1 000",
                "NaN",
                "Infinity",
                "-inf",
                "1e400",
                "1e-400",
                "",
                "0x10",
                "٣",
                "1e",
                "e5",
                "--1",
                "1.2.3",
                "5e-2x"
            })
    void refuses_what_is_not_one_finite_number(String text) {
        assertThatThrownBy(() -> Numbers.parse(text)).isInstanceOf(NumericsException.class);
    }

    @Test
    void says_why_a_comma_is_refused() throws NumericsException {
        assertThatThrownBy(() -> Numbers.parse("1,0")).hasMessageContaining("use a point for decimals");
        assertThatThrownBy(() -> Numbers.parse("1,000")).hasMessageContaining("without grouping separators");
        assertThatThrownBy(() -> Numbers.parse("1e400")).hasMessageContaining("too large");
        assertThatThrownBy(() -> Numbers.parse("1e-400")).hasMessageContaining("too small to be told from 0");
        // found by OptionFuzzTest: exponents past ±2^31 threw NumberFormatException from BigDecimal
        assertThatThrownBy(() -> Numbers.parse("1e-2147483649")).hasMessageContaining("too small to be told from 0");
        assertThatThrownBy(() -> Numbers.parse("5e-22147483648")).hasMessageContaining("too small to be told from 0");
        assertThat(Numbers.parse("0e-99999999999")).isZero();
    }

    @Test
    void zero_is_zero_however_written() throws NumericsException {
        assertThat(Numbers.parse("0e-999")).isZero();
        assertThat(Numbers.parse("-0.000")).isZero();
    }

    @Test
    void every_double_printed_by_java_reads_back_to_itself() {
        qt().withFixedSeed(20261204L).withExamples(20_000).forAll(longs().all()).checkAssert(bits -> {
            double x = Double.longBitsToDouble(bits);
            if (Double.isFinite(x) && x != 0) {
                assertThat(parseOrFail(Double.toString(x))).isEqualTo(x);
                assertThat(parseOrFail(String.format(Locale.ROOT, "%.17g", x))).isEqualTo(x);
            }
        });
    }

    @Test
    void every_accepted_string_means_its_exact_decimal_value_rounded_once() {
        qt().withFixedSeed(7L)
                .withExamples(5_000)
                .forAll(longs().between(-99_999_999L, 99_999_999L), longs().between(-320, 300))
                .checkAssert((mantissa, exponent) -> {
                    String text = mantissa + "e" + exponent;
                    double expected = new BigDecimal(mantissa)
                            .scaleByPowerOfTen(exponent.intValue())
                            .doubleValue();
                    if (mantissa == 0 || (expected != 0 && Double.isFinite(expected))) {
                        assertThat(parseOrFail(text)).as(text).isEqualTo(expected);
                    }
                });
    }

    @Test
    void whole_numbers_are_checked_against_their_range() throws NumericsException {
        assertThat(Numbers.parseWhole("3e0", 1, 5)).isEqualTo(3);
        assertThatThrownBy(() -> Numbers.parseWhole("2.5", 1, 5)).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Numbers.parseWhole("6", 1, 5)).hasMessageContaining("from 1 to 5");
    }

    private static double parseOrFail(String text) {
        try {
            return Numbers.parse(text);
        } catch (NumericsException e) {
            throw new AssertionError(text + ": " + e.getMessage(), e);
        }
    }
}
