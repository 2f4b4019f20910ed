package org.landscapelab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hypothesis checker's notation, as text a student reads without TeX in their head. */
class PlainMathTest {

    @Test
    void products_indices_spaces_and_norms_become_unicode() {
        assertThat(PlainMath.of("The loss is ½‖W_{h:1}X − Y‖_F², the setting of Corollary 1."))
                .isEqualTo("The loss is ½‖Wₕ⋯W₁X − Y‖², the setting of Corollary 1.");
        assertThat(PlainMath.of("so W_{3:2} is 2×1 and W_{1:1} is 1×2")).isEqualTo("so W₃⋯W₂ is 2×1 and W₁ is 1×2");
        assertThat(PlainMath.of("ℓ(AB), A ∈ R^{2×1}, B ∈ R^{1×2}")).isEqualTo("ℓ(AB), A ∈ ℝ²ˣ¹, B ∈ ℝ¹ˣ²");
        assertThat(PlainMath.of("d_1 = 1 < d_0 = 2 and d_h, d_min; p1 = 1"))
                .isEqualTo("d₁ = 1 < d₀ = 2 and dₕ, dₘᵢₙ; p₁ = 1");
        assertThat(PlainMath.of("W_{k+1}")).isEqualTo("Wₖ₊₁");
        assertThat(PlainMath.of("x_{F}")).isEqualTo("x_(F)");
    }
}
