package org.landscapelab.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.Numbers;
import org.landscapelab.numerics.NumericsException;

/** The one number writer: the same value reads the same everywhere, and what it writes reads back. */
class NumeralsTest {

    @Test
    void significant_digits_keep_their_zeros_and_noise_is_zero() {
        assertThat(Numerals.sig(2.5, 6)).isEqualTo("2.50000");
        assertThat(Numerals.sig(-1.0 / 3, 4)).isEqualTo("-0.3333");
        assertThat(Numerals.sigOrZero(-4.44e-16, 6)).isEqualTo("0");
        assertThat(Numerals.sigOrZero(1e-9, 3)).isEqualTo("1.00e-09");
    }

    @Test
    void brief_drops_trailing_zeros() {
        assertThat(Numerals.brief(8.0, 4)).isEqualTo("8");
        assertThat(Numerals.brief(0.5, 4)).isEqualTo("0.5");
        assertThat(Numerals.brief(2e-8, 4)).isEqualTo("2e-08");
    }

    @Test
    void exact_is_plain_for_ordinary_magnitudes() {
        assertThat(Numerals.exact(0.0001)).isEqualTo("0.0001");
        assertThat(Numerals.exact(3)).isEqualTo("3");
        assertThat(Numerals.exact(-0.0)).isEqualTo("0");
        assertThat(Numerals.exact(1e300)).isEqualTo("1.0E300");
    }

    @Test
    void every_exact_text_reads_back_to_the_same_double() {
        qt().withFixedSeed(42L).withExamples(20_000).forAll(longs().all()).checkAssert(bits -> {
            double x = Double.longBitsToDouble(bits);
            if (Double.isFinite(x)) {
                try {
                    assertThat(Numbers.parse(Numerals.exact(x))).isEqualTo(x == 0 ? 0.0 : x);
                } catch (NumericsException e) {
                    throw new AssertionError(Numerals.exact(x) + ": " + e.getMessage(), e);
                }
            }
        });
    }
}
