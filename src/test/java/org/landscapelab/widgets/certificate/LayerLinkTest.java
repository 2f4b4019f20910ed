package org.landscapelab.widgets.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;

/** The per-layer entries W1…Wh of a shared certificate link: read and written as they always were. */
class LayerLinkTest {

    private static WidgetContext link(Map<String, String> state) {
        return new WidgetContext("cert-1a", Map.of("preset", "1A"), List.of("preset"), state, "cert-1a.");
    }

    @Test
    void a_link_with_a_layer_for_each_layer_of_the_preset_opens_that_point() throws NumericsException {
        LayerLink.Point p = LayerLink.read(link(Map.of("W1", "1,0", "W2", "0.5", "W3", "1;0")), Preset.A1);
        assertThat(p.weights()).containsExactly(Matrix.parse("1,0"), Matrix.parse("0.5"), Matrix.parse("1;0"));
        assertThat(p.notice()).isEmpty();
    }

    @Test
    void without_layers_the_preset_point_is_shown_silently() {
        LayerLink.Point p = LayerLink.read(link(Map.of("preset", "1B")), Preset.A1);
        assertThat(p.weights()).isEqualTo(Preset.A1.point());
        assertThat(p.notice()).isEmpty();
    }

    @Test
    void layers_that_do_not_fit_the_preset_fall_back_to_its_point_and_say_so() {
        String notice = "The link's point did not fit preset 1A; showing the preset's point.";
        LayerLink.Point tooFew = LayerLink.read(link(Map.of("W1", "1,0", "W2", "0")), Preset.A1);
        assertThat(tooFew.weights()).isEqualTo(Preset.A1.point());
        assertThat(tooFew.notice()).contains(notice);
        LayerLink.Point unreadable = LayerLink.read(link(Map.of("W1", "1,0", "W2", "x", "W3", "1;0")), Preset.A1);
        assertThat(unreadable.weights()).isEqualTo(Preset.A1.point());
        assertThat(unreadable.notice()).contains(notice);
        // a gap ends the layers, as it always did: W1 alone is one layer, too few for 1A
        assertThat(LayerLink.read(link(Map.of("W1", "1,0", "W3", "1;0")), Preset.A1)
                        .notice())
                .contains(notice);
    }

    @Test
    void the_link_gets_the_preset_and_every_layer_in_the_old_format_and_reads_back() throws NumericsException {
        List<Matrix> point = List.of(Matrix.parse("1,0"), Matrix.parse("0.5"), Matrix.parse("1;0"));
        WidgetContext context = link(Map.of());
        Map<String, String> written = LayerLink.with(
                        UrlState.of(context).with(Certificate.PRESET, Preset.A1), Preset.A1, point)
                .asMap();
        assertThat(written)
                .isEqualTo(Map.of(
                        "preset",
                        "1A",
                        "W1",
                        point.get(0).format(),
                        "W2",
                        point.get(1).format(),
                        "W3",
                        point.get(2).format()));
        assertThat(LayerLink.read(link(written), Preset.A1).weights()).isEqualTo(point);
    }
}
