package org.landscapelab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;

/** Each browser tab gets a bounded share of the shared workers, and a failure is said in plain words. */
class BackgroundTest {

    @Test
    void a_tab_gets_at_most_its_share_and_each_finished_computation_frees_a_slot() {
        UI tab = new UI();
        UI other = new UI();
        for (int i = 0; i < Background.PER_TAB; i++) {
            assertThat(Background.admit(tab)).isTrue();
        }
        assertThat(Background.admit(tab)).isFalse();
        assertThat(Background.admit(other)).as("another tab is not affected").isTrue();

        Background.release(tab);
        assertThat(Background.admit(tab)).isTrue();
        assertThat(Background.admit(tab)).isFalse();
    }

    @Test
    void numerical_trouble_is_said_in_the_computation_layers_words() {
        assertThat(Background.studentMessage(new NumericsException("The computation ran out of time.")))
                .isEqualTo("The computation ran out of time.");
    }

    @Test
    void a_bug_never_shows_java_text() {
        String said = Background.studentMessage(
                new NullPointerException("Cannot invoke \"[D.clone()\" because \"bestQ\" is null"));
        assertThat(said)
                .startsWith("This example could not be computed")
                .doesNotContain("Cannot invoke")
                .doesNotContain("null")
                .doesNotContain("Exception");
    }
}
