package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The critical-points widget: the §4.4 tables from a link, the presets, inline errors, the escape direction. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CriticalPointsIT extends PageTest {

    private static final String EY_SUMMARY = "L* = 0.500000; 7 critical families: J = {1,2} global minimum (0.500000),"
            + " J = {1,3} strict saddle (2.00000), J = {1} strict saddle (2.50000), J = {2,3} strict saddle (4.50000),"
            + " J = {2} strict saddle (5.00000), J = {3} strict saddle (6.50000), J = ∅ strict saddle (7.00000)";

    private Locator summary() {
        return widget.summary();
    }

    private PlaygroundPage widget;

    /** Opens the widget alone with {@code query} (the options after the address's {@code ?}) and its table. */
    private void open(String query) {
        widget = new PlaygroundPage(page, "http://localhost:" + port).open("critical-points", query);
        widget.waitForSummary(s -> s.startsWith("L* = "), 30_000);
    }

    private Locator field(String label) {
        return page.locator("vaadin-text-field, vaadin-integer-field")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("label", new Page.LocatorOptions().setHasText(label))));
    }

    @Test
    void a_playground_url_gives_the_eckart_young_table_and_the_escape_direction() {
        open("X=1,0,0;0,1,0;0,0,1&Y=3,0,0;0,2,0;0,0,1&d1=2");

        assertThat(summary().innerText()).isEqualTo(EY_SUMMARY);
        assertThat(widget.root().locator(".lab-verdict-word").innerText()).isEqualTo("L* = 0.500000");
        Locator rows = widget.root().locator("table[aria-label='Critical families'] tbody tr");
        assertThat(rows.count()).isEqualTo(7);
        Locator j1 = widget.root().locator("tr[data-j='{1}']");
        assertThat(j1.innerText())
                .contains("2.50000")
                .contains("yes")
                .contains("2, 3, 7")
                .contains("-2.00000")
                .contains("strict saddle");
        assertThat(widget.root().locator("tr[data-j='{1,2}']").innerText())
                .contains("global minimum")
                .contains("0, 4, 8");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Escape direction at J = {1}"))
                .click();
        Locator curvature = widget.root().locator("[data-curvature]");
        curvature.waitFor();
        assertThat(curvature.getAttribute("data-curvature")).isEqualTo("-2.00000");
        assertThat(curvature.innerText())
                .contains("c = 0.00000")
                .contains("s = σ₁(G) = 2.00000")
                .contains("bound = -2.00000");
        page.waitForCondition(() ->
                widget.root().locator(".lab-result-section lab-math .katex").count() >= 2);
        Locator escape = widget.root().locator(".lab-result-section").last();
        assertThat(escape.innerText()).contains("Escape direction at J = {1}");
        escape.scrollIntoViewIfNeeded(); // the page scrolls inside the layout: show the section in the screenshot
    }

    @Test
    void the_rank_deficient_preset_gives_the_notes_table_and_goes_into_the_url() {
        open("");
        assertThat(summary().innerText()).isEqualTo(EY_SUMMARY);

        widget.choose("rank-deficient X (X has rank 2)");
        widget.waitForSummary(s -> s.startsWith("L* = 5.83333"));

        assertThat(summary().innerText())
                .isEqualTo(
                        "L* = 5.83333; 4 critical families: J = {1,2} global minimum"
                                + " (5.83333), J = {1} strict saddle (6.73871), J = {2} strict saddle (8.59463), J = ∅ strict saddle (9.50000)");
        assertThat(widget.root().locator("tr[data-j='{1}']").innerText()).contains("-2.12147");
        page.waitForCondition(() -> widget.url().contains("X=1,0,1,0;0,1,1,0;1,1,2,0")
                || widget.url().contains("X=1%2C0%2C1%2C0%3B0%2C1%2C1%2C0%3B1%2C1%2C2%2C0"));
    }

    @Test
    void bad_input_is_refused_at_the_field_and_nothing_else_changes() {
        open("");

        Locator y = field("Y (d2×n)");
        y.locator("input").fill("1,0;0,x");
        page.waitForCondition(() -> y.getAttribute("invalid") != null);
        assertThat(y.locator("[slot=error-message]").innerText()).contains("'x' in row 2 is not a number");

        y.locator("input").fill("1,0;0,1");
        page.waitForCondition(
                () -> y.locator("[slot=error-message]").innerText().startsWith("Y needs 3 columns"));

        Locator d1 = field("Hidden width d1");
        d1.locator("input").fill("9");
        d1.locator("input").press("Tab");
        page.waitForCondition(() -> d1.getAttribute("invalid") != null);
        assertThat(d1.locator("[slot=error-message]").innerText()).contains("from 1 to 6");
        assertThat(y.getAttribute("invalid")).as("Y keeps its own mark").isNotNull();
        assertThat(summary().innerText()).isEqualTo(EY_SUMMARY);
        assertThat(widget.root()
                        .locator("table[aria-label='Critical families'] tbody tr")
                        .count())
                .isEqualTo(7);
        // the table stays, marked as not of the fields on screen
        assertThat(widget.root().locator(".lab-critical-result").getAttribute("data-stale"))
                .isEqualTo("true");
        assertThat(widget.root().locator(".lab-widget-message").innerText())
                .contains("for the last valid input, not for these fields");

        // fixed: a new table, no longer marked
        y.locator("input").fill("3,0,0;0,2,0;0,0,1");
        d1.locator("input").fill("2");
        d1.locator("input").press("Tab");
        page.waitForCondition(
                () -> widget.root().locator(".lab-critical-result").getAttribute("data-stale") == null);
    }

    @Test
    void the_lesson_step_shows_the_widget() {
        PlayerPage player = new PlayerPage(page, "http://localhost:" + port)
                .openStep("/lessons/two-layer-networks/critical-points");
        assertThat(player.waitForSummary(player.widget("critical-points"), s -> s.startsWith("L* = "), 30_000))
                .isEqualTo(EY_SUMMARY);
    }
}
