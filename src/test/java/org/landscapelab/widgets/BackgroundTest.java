package org.landscapelab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

/** Each browser tab gets a bounded share of the shared workers. */
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
}
