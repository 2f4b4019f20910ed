package org.landscapelab.widgets.probe;

import java.util.Optional;
import org.landscapelab.numerics.openness.OpennessProbe.Direction;

/** How the probe's table names the target direction that set δ*(ε) (numerics returns the direction, never words). */
final class ProbeWords {

    private ProbeWords() {}

    /** The binding target, or {@code none (every target up to scale 1 was reached)}. */
    static String binding(Optional<Direction> binding) {
        return binding.map(ProbeWords::direction).orElse("none (every target up to scale 1 was reached)");
    }

    /** {@code normal block u1v2ᵀ}, {@code normal block Σu_iv_iᵀ/√2}, {@code E12} or {@code random 3}. */
    static String direction(Direction d) {
        return switch (d) {
            case Direction.NormalBlock n -> "normal block u" + n.a() + "v" + n.b() + "ᵀ";
            case Direction.BalancedNormalBlock n -> "normal block Σu_iv_iᵀ/√" + n.p();
            case Direction.Unit u -> "E" + u.i() + u.j();
            case Direction.Gaussian g -> "random " + g.index();
        };
    }
}
