package org.landscapelab.widgets.certificate;

import java.util.List;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;

/**
 * The worked points of the course notes (§2.2–2.5): data, loss and a point. Inputs only — every property of them
 * (gradient, spectrum, verdict) is computed by the certificate.
 */
enum Preset {
    A1("1A", "1A — widths 2-1-1-2, squared loss", "1,0;0,1", "0,0;0,1", null, List.of("1,0", "0", "1;0")),
    B1("1B", "1B — widths 1-2-2-2, squared loss", "1", "0;1", null, List.of("1;0", "0,0;0,0", "1,0;0,0")),
    C1("1C", "1C — widths 2-2-2-2, squared loss", "1,0;0,1", "0,0;0,1", null, List.of("1,0;0,0", "0,0;0,0", "1,0;0,0")),
    D1("1D", "1D — widths 2-1-2, weighted loss", "1,0;0,1", "1,0;0,2", "1,10;10,1", List.of("1,0", "1;0")),
    D3(
            "1D-deep",
            "1D lifted — widths 2-1-1-2, weighted loss",
            "1,0;0,1",
            "1,0;0,2",
            "1,10;10,1",
            List.of("1,0", "1", "1;0")),
    CHAIN("chain", "Scalar chain 1-1-1-1 at 0", "1", "1", null, List.of("0", "0", "0"));

    private final String key;
    private final String label;
    private final String x;
    private final String y;
    private final String omega;
    private final List<String> weights;

    Preset(String key, String label, String x, String y, String omega, List<String> weights) {
        this.key = key;
        this.label = label;
        this.x = x;
        this.y = y;
        this.omega = omega;
        this.weights = weights;
    }

    /** How lesson files and links name the point: {@code 1A}, {@code 1B}, … {@code 1D-deep}, {@code chain}. */
    String key() {
        return key;
    }

    String label() {
        return label;
    }

    /** How many layers the point has. */
    int depth() {
        return weights.size();
    }

    /** The layers W1…Wh of the worked point. */
    List<Matrix> point() {
        return weights.stream().map(Preset::parse).toList();
    }

    /** Layer {@code i} (from 0) of the worked point, as a link writes it. */
    String layerText(int i) {
        return weights.get(i);
    }

    boolean weighted() {
        return omega != null;
    }

    Matrix x() {
        return parse(x);
    }

    Matrix y() {
        return parse(y);
    }

    Matrix omega() {
        return omega == null ? null : parse(omega);
    }

    LinearNetwork network() throws NumericsException {
        return omega == null ? LinearNetwork.squaredLoss(x(), y()) : LinearNetwork.weightedLoss(x(), y(), omega());
    }

    static Matrix parse(String text) {
        try {
            return Matrix.parse(text);
        } catch (NumericsException e) {
            throw new IllegalStateException("preset does not parse: " + text, e);
        }
    }
}
