package org.landscapelab.widgets.certificate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;

/**
 * The layers W1…Wh of an edited point, kept in the link beside the preset ({@code ?<id>.W1=1,0&<id>.W2=0…}) so a
 * shared link opens the student's point. They are not lesson options: each is read and written through an
 * {@link Option} of its own, made for the preset, whose default is the preset's layer.
 */
final class LayerLink {

    private LayerLink() {}

    /** Layer {@code i} (from 0) of a point of {@code preset}: {@code W1}, {@code W2}, … */
    static Option<Matrix> layer(Preset preset, int i) {
        return Option.matrix(
                "W" + (i + 1), preset.layerText(i), Certificate.MAX_SIDE, "layer " + (i + 1) + " of the point");
    }

    /**
     * The point a link holds for {@code preset}, and why it was not used when it was not.
     *
     * @param weights the link's layers when it has one for each layer of the preset and every one reads; the
     *     preset's point otherwise
     * @param notice set when the link had layers that did not fit
     */
    record Point(List<Matrix> weights, Optional<String> notice) {}

    static Point read(WidgetContext context, Preset preset) {
        List<String> texts = new ArrayList<>();
        for (int i = 1; context.state().containsKey("W" + i); i++) {
            texts.add(context.state().get("W" + i));
        }
        if (texts.isEmpty()) {
            return new Point(preset.point(), Optional.empty());
        }
        List<Matrix> weights = new ArrayList<>();
        if (texts.size() == preset.depth()) {
            for (int i = 0; i < texts.size(); i++) {
                try {
                    weights.add(layer(preset, i).read(texts.get(i)));
                } catch (NumericsException e) {
                    break;
                }
            }
        }
        return weights.size() == preset.depth()
                ? new Point(weights, Optional.empty())
                : new Point(
                        preset.point(),
                        Optional.of("The link's point did not fit preset " + preset.key()
                                + "; showing the preset's point."));
    }

    /** Adds the point's layers to the values the link is about to get. */
    static UrlState.Values with(UrlState.Values values, Preset preset, List<Matrix> weights) {
        for (int i = 0; i < weights.size(); i++) {
            values.with(layer(preset, i), weights.get(i));
        }
        return values;
    }
}
