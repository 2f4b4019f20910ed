package org.landscapelab.widgets.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.openness.OpennessProbe;
import org.landscapelab.numerics.openness.OpennessProbe.Direction;
import org.landscapelab.widgets.OpennessInstance;

/** The probe table's "binding target" column, word for word. */
class ProbeWordsTest {

    @Test
    void each_kind_of_target_direction_is_named_as_the_table_shows_it() {
        assertThat(ProbeWords.direction(new Direction.NormalBlock(1, 2))).isEqualTo("normal block u1v2ᵀ");
        assertThat(ProbeWords.direction(new Direction.BalancedNormalBlock(2))).isEqualTo("normal block Σu_iv_iᵀ/√2");
        assertThat(ProbeWords.direction(new Direction.Unit(3, 1))).isEqualTo("E31");
        assertThat(ProbeWords.direction(new Direction.Gaussian(6))).isEqualTo("random 6");
    }

    @Test
    void no_binding_target_means_every_target_was_reached() {
        assertThat(ProbeWords.binding(Optional.empty())).isEqualTo("none (every target up to scale 1 was reached)");
        assertThat(ProbeWords.binding(Optional.of(new Direction.Unit(1, 1)))).isEqualTo("E11");
    }

    @Test
    void instance_e_is_bound_by_the_balanced_normal_block_target() throws NumericsException {
        OpennessInstance e = OpennessInstance.E;
        OpennessProbe.Estimate estimate =
                OpennessProbe.deltaStar(e.w1(), e.w2(), 0.1, 7, Instant.now().plusSeconds(600), () -> false, f -> {});
        assertThat(ProbeWords.binding(estimate.binding())).isEqualTo("normal block Σu_iv_iᵀ/√3");
    }
}
