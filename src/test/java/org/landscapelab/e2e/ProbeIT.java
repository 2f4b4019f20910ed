package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.landscapelab.widgets.OpennessInstance;
import org.springframework.boot.test.context.SpringBootTest;

/** The openness probe: measured rates against the theorem, honest zeros, cancel, inline errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProbeIT extends PageTest {

    private PlaygroundPage probe;

    private Locator summary() {
        return probe.summary();
    }

    /** Opens the probe with {@code query} (the options after the address's {@code ?}) and its prediction. */
    private void open(String query) {
        probe = new PlaygroundPage(page, "http://localhost:" + port).open("openness-probe", query);
        probe.waitForSummary(s -> s.contains("theorem: "));
    }

    private Locator button(String name) {
        return probe.button(name);
    }

    private String runProbe() {
        button("Run probe").click();
        return probe.waitForSummary(s -> s.endsWith("agrees") || s.endsWith("disagrees"), 120_000);
    }

    @Test
    void instances_b_and_e_from_the_menu_measure_slope_two_as_the_notes_say() {
        // math.md §3.3–3.4: open with rank W1W2 < k, so δ*(ε) = Θ(ε²) (ε² for B, ε²/√2 for E)
        for (String instance : new String[] {OpennessInstance.B.label(), OpennessInstance.E.label()}) {
            open("");
            probe.choose(instance);
            probe.waitForSummary(s -> s.equals("probe not run yet; theorem: δ*(ε) = Θ(ε²)"));
            assertThat(runProbe())
                    .as(instance)
                    .startsWith("fitted slope 2.0")
                    .endsWith("theorem: δ*(ε) = Θ(ε²); agrees");
        }
    }

    @Test
    void instance_d_measures_slope_one_and_agrees_with_the_theorem() {
        open("W1=1,0;0,1;0,0&W2=1,0,0;0,1,0");
        assertThat(summary().innerText()).isEqualTo("probe not run yet; theorem: δ*(ε) = Θ(ε)");

        assertThat(runProbe()).isEqualTo("fitted slope 1.00: δ*(ε) = Θ(ε); theorem: δ*(ε) = Θ(ε); agrees");
        assertThat(probe.root().locator(".lab-verdict-word").innerText()).isEqualTo("Agrees with the theorem");
        assertThat(probe.root().locator(".lab-verdict").innerText()).contains("Fitted log–log slope: 1.00");
        assertThat(probe.root()
                        .locator("table[aria-label='Measured δ*(ε)'] tbody tr")
                        .count())
                .isEqualTo(3);
        Locator chart = probe.root().locator(".lab-chart-panel");
        assertThat(chart.isVisible()).isTrue();
        page.waitForCondition(() -> chart.locator("lab-chart canvas").count() > 0);
        chart.locator("vaadin-details").click();
        chart.locator("vaadin-details table").first().waitFor(); // the table is built when opened
        assertThat(chart.locator("vaadin-details").innerText())
                .contains("measured δ*(ε)")
                .contains("fitted line, slope 1.00");
    }

    @Test
    void a_point_that_is_not_open_says_zero_in_words_instead_of_plotting_it() {
        open("W1=1,0;0,0;0,0&W2=0,0,0;1,0,0");

        assertThat(runProbe())
                .isEqualTo(
                        "no slope (δ* = 0 at ε = 0.025): δ*(ε) = 0 for small ε; theorem: δ*(ε) = 0 for small ε; agrees");
        assertThat(probe.root().locator(".lab-verdict").innerText()).contains("A log axis cannot show 0");
        assertThat(probe.root().locator(".lab-chart-panel").isVisible()).isFalse();
    }

    @Test
    void cancel_stops_a_long_probe_and_nothing_is_reported() {
        // 5×4×5 at full rank: dozens of targets with 40 unknowns each, many seconds of work
        open("W1=1,0,0,0;0,1,0,0;0,0,1,0;0,0,0,1;0,0,0,0&W2=1,0,0,0,0;0,1,0,0,0;0,0,1,0,0;0,0,0,1,0");
        String before = summary().innerText();
        button("Run probe").click();
        Locator progress = probe.root().locator("vaadin-progress-bar");
        progress.waitFor();
        assertThat(button("Run probe").isDisabled()).isTrue();
        button("Cancel").click();

        Locator message = probe.message();
        page.waitForCondition(() -> message.innerText().startsWith("Probe cancelled"));
        assertThat(button("Run probe").isEnabled()).isTrue();
        assertThat(progress.isVisible()).isFalse();
        // a cancelled run must not report late: wait until the server says its work has ended, then look
        probe.waitUntilIdle();
        assertThat(summary().innerText()).isEqualTo(before);
        assertThat(message.innerText()).startsWith("Probe cancelled");
    }

    @Test
    void a_probe_past_the_cpu_ceiling_of_one_run_stops_with_a_message_naming_the_limit() {
        // 5×4×5 at full rank needs far more than one run's 5 s of CPU (docs/performance.md)
        open("W1=1,0,0,0;0,1,0,0;0,0,1,0;0,0,0,1;0,0,0,0&W2=1,0,0,0,0;0,1,0,0,0;0,0,1,0,0;0,0,0,1,0");
        String before = summary().innerText();
        button("Run probe").click();
        Locator message = probe.message();
        page.waitForCondition(
                () -> message.innerText().startsWith("This computation needed more than 5 s of server" + " time"),
                new Page.WaitForConditionOptions().setTimeout(60_000));
        probe.waitUntilIdle();
        assertThat(button("Run probe").isEnabled()).isTrue();
        assertThat(summary().innerText())
                .as("nothing half-computed is reported")
                .isEqualTo(before);
    }

    @Test
    void bad_input_is_refused_at_the_field_and_an_instance_can_be_loaded() {
        open("");
        String before = summary().innerText();
        assertThat(before).isEqualTo("probe not run yet; theorem: δ*(ε) = Θ(ε²)");

        probe.set("W2 (k×n)", "1,0,0");
        Locator w2 = probe.root().locator("vaadin-text-field").nth(1);
        page.waitForCondition(() -> w2.getAttribute("invalid") != null);
        assertThat(w2.locator("[slot=error-message]").innerText())
                .isEqualTo("W2 needs 2 rows to multiply W1 (3×2); it has 1.");
        probe.set("W1 (m×k)", "1,2,3,4,5,6");
        Locator w1 = probe.root().locator("vaadin-text-field").first();
        page.waitForCondition(() -> w1.getAttribute("invalid") != null);
        assertThat(w1.locator("[slot=error-message]").innerText()).contains("At most 5 rows and 5 columns");
        assertThat(summary().innerText()).isEqualTo(before);

        probe.choose(OpennessInstance.D.label());
        probe.waitForSummary(s -> s.equals("probe not run yet; theorem: δ*(ε) = Θ(ε)"));
        assertThat(probe.field("W1 (m×k)").inputValue()).isEqualTo("1,0;0,1;0,0");
    }
}
