package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.widgets.WidgetRegistry;
import org.springframework.boot.test.context.SpringBootTest;

/** The openness explorer in the playground, in a lesson, and in the widget reference; the reference's checkpoints. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WidgetsIT extends PageTest {

    @Override
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 900);
    }

    private void open(String path) {
        page.navigate("http://localhost:" + port + path);
        page.locator("[data-summary]").first().waitFor();
    }

    private String summary() {
        return page.locator("[data-summary]").first().innerText();
    }

    private Locator field(String label) {
        return page.getByLabel(label).first();
    }

    @Test
    void a_playground_url_opens_that_exact_example() {
        open("/playground/openness-explorer?W1=1,0;0,0;0,0&W2=0,0,0;1,0,0");

        assertThat(summary())
                .isEqualTo("rank W1 = 1, rank W2 = 1, rank W1W2 = 0, dim N(W1) ∩ C(W2) = 1, "
                        + "dim N(W2ᵀ) ∩ C(W1ᵀ) = 1: not locally open (k < min(m,n))");
        assertThat(field("W1 (m×k)").inputValue()).isEqualTo("1,0;0,0;0,0");
        assertThat(page.locator(".lab-verdict-word").innerText()).isEqualTo("Not locally open");
        assertThat(page.locator(".lab-openness-result lab-math .katex").count()).isGreaterThan(3);
        page.waitForCondition(() -> page.url().contains("/playground/openness-explorer?"));
    }

    @Test
    void editing_a_factor_recomputes_and_puts_the_new_pair_in_the_url() {
        open("/playground/openness-explorer?W1=1,0;0,0;0,0&W2=0,0,0;1,0,0");

        field("W2 (k×n)").fill("1,0,0;0,0,0");
        page.waitForCondition(() -> summary().endsWith(": locally open (k < min(m,n))"));

        assertThat(summary()).startsWith("rank W1 = 1, rank W2 = 1, rank W1W2 = 1, dim N(W1) ∩ C(W2) = 0");
        page.waitForCondition(
                () -> page.url().contains("W2=1,0,0;0,0,0") || page.url().contains("W2=1%2C0%2C0%3B0%2C0%2C0"));
    }

    @Test
    void a_malformed_matrix_is_refused_at_the_field_and_the_analysis_is_marked_as_of_the_last_valid_pair() {
        open("/playground/openness-explorer?W1=1,0;0,0;0,0&W2=0,0,0;1,0,0");
        String verdict = page.locator(".lab-verdict").innerText();

        field("W2 (k×n)").fill("1,0,0");
        Locator w2 = page.locator("vaadin-text-field").nth(1);
        page.waitForCondition(() -> w2.getAttribute("invalid") != null);
        assertThat(w2.locator("[slot=error-message]").innerText())
                .isEqualTo("W2 needs 2 rows to multiply W1 (3×2); it has 1.");
        page.waitForCondition(() -> summary().startsWith("No valid pair: W2 needs 2 rows"));

        field("W2 (k×n)").fill("0,0,0;1,0,0");
        page.waitForCondition(() -> summary().endsWith(": not locally open (k < min(m,n))"));
        field("W1 (m×k)").fill("1,0;0,x;0,0");
        Locator w1 = page.locator("vaadin-text-field").first();
        page.waitForCondition(() -> w1.getAttribute("invalid") != null);
        assertThat(w1.locator("[slot=error-message]").innerText()).contains("'x' in row 2 is not a number");
        page.waitForCondition(() -> summary().startsWith("No valid pair: W1: 'x' in row 2 is not a number."));
        assertThat(page.locator(".lab-verdict").innerText()).isEqualTo(verdict);
    }

    @Test
    void oversized_input_is_refused_with_a_message() {
        open("/playground/openness-explorer");
        field("W1 (m×k)").fill("1,2,3,4,5,6,7");
        Locator w1 = page.locator("vaadin-text-field").first();
        page.waitForCondition(() -> w1.getAttribute("invalid") != null);
        assertThat(w1.locator("[slot=error-message]").innerText()).contains("At most 6 rows and 6 columns");
    }

    @Test
    void a_random_example_of_a_kind_is_of_that_kind() {
        open("/playground/openness-explorer");
        for (int i = 0; i < 3; i++) {
            String before =
                    field("W1 (m×k)").inputValue() + "|" + field("W2 (k×n)").inputValue();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New random example"))
                    .click();
            page.waitForCondition(() -> !before.equals(
                    field("W1 (m×k)").inputValue() + "|" + field("W2 (k×n)").inputValue()));
            page.waitForCondition(() -> summary().endsWith(": not locally open (k < min(m,n))"));
            // The default kind: equal ranks, not open.
            String s = summary();
            assertThat(s).endsWith(": not locally open (k < min(m,n))");
            String r1 = s.replaceAll("^rank W1 = (\\d+),.*", "$1");
            String r2 = s.replaceAll("^.*rank W2 = (\\d+),.*", "$1");
            assertThat(r1).isEqualTo(r2);
        }
    }

    @Test
    void the_lesson_widget_takes_its_state_from_the_url_under_its_id() {
        open("/lessons/matrix-multiplication/explore?explorer.W1=1,0;0,1;0,0&explorer.W2=1,0,0;0,1,0");

        assertThat(summary())
                .isEqualTo("rank W1 = 2, rank W2 = 2, rank W1W2 = 2, dim N(W1) ∩ C(W2) = 0, "
                        + "dim N(W2ᵀ) ∩ C(W1ᵀ) = 0: locally open (k < min(m,n))");
        assertThat(page.locator(".lab-verdict").innerText()).contains("δ*(ε) = Θ(ε)");
        // The address keeps the page's own path and holds the pair, so "Copy link" shares this exact example.
        page.waitForCondition(() -> page.url().contains("/lessons/matrix-multiplication/explore?")
                && page.url().contains("explorer.W1="));
    }

    @Test
    void an_invalid_pair_in_the_link_falls_back_to_the_lesson_example_and_says_why() {
        open("/lessons/matrix-multiplication/explore?explorer.W1=1,0;0,1;0,0&explorer.W2=1,2,3");

        assertThat(page.locator(".lab-openness-result .lab-widget-message").innerText())
                .startsWith(
                        "The link held settings that do not work (W2 must have as many rows as W1 has columns: W1 is 3×2,"
                                + " W2 is 1×3); showing the lesson's example instead.");
        assertThat(summary()).endsWith(": not locally open (k < min(m,n))");
    }

    @Test
    void while_the_input_is_invalid_the_summary_says_the_analysis_is_of_the_last_valid_pair() {
        open("/playground/openness-explorer?W1=1,0;0,0;0,0&W2=0,0,0;1,0,0");
        field("W1 (m×k)").fill("1,0;0,x;0,0");
        page.waitForCondition(() -> summary().startsWith("No valid pair: W1: 'x' in row 2 is not a number."));
        assertThat(page.locator(".lab-openness-result").getAttribute("class")).contains("lab-stale");
    }

    @Test
    void the_widget_reference_documents_every_option_and_shows_a_live_instance() {
        open("/widgets");

        Locator section = page.locator("#widget-openness-explorer");
        assertThat(section.locator("h2").innerText()).isEqualTo("openness-explorer");
        assertThat(section.locator("table").innerText())
                .contains("W1")
                .contains("W2")
                .contains("examples")
                .contains("at most 6 rows and columns");
        assertThat(section.locator("[data-summary]").innerText()).endsWith("(k < min(m,n))");
    }

    @Test
    void the_widget_reference_documents_every_checkpoint_type_with_allowed_values_and_a_live_instance() {
        open("/widgets");

        for (WidgetSchema type : WidgetRegistry.standard().checkpoints()) {
            Locator section = page.locator("#checkpoint-" + type.name());
            assertThat(section.locator(":scope > h3").innerText()).isEqualTo(type.name());
            assertThat(section.locator(":scope > pre").innerText()).contains("type: " + type.name());
            assertThat(section.locator("td.lab-allowed").first().innerText()).isNotBlank();
            Locator check = section.getByRole(
                    AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Check").setExact(true));
            assertThat(check.isVisible()).as(type.name()).isTrue();
        }
        assertThat(page.locator("#checkpoint-openness-example td.lab-allowed")
                        .first()
                        .innerText())
                .isEqualTo("one of ranks-differ, equal-ranks-open, equal-ranks-not-open, full-rank");
    }

    @Test
    void the_table_of_contents_links_each_checkpoint_type_on_the_same_page() {
        open("/widgets");
        Locator link = page.locator("nav[aria-label='On this page']")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("critical-global"));
        assertThat(link.getAttribute("href")).isEqualTo("widgets#checkpoint-critical-global");
        assertThat(page.locator("#checkpoint-critical-global").count()).isEqualTo(1);

        link.click();
        page.waitForCondition(() -> page.url().endsWith("/widgets#checkpoint-critical-global"));
        sectionStaysAtTheTop("#checkpoint-critical-global");

        // an address with the fragment, as lessons/README.md links: the page is built after the browser's own jump
        page.navigate("http://localhost:" + port + "/widgets#checkpoint-optimum-value");
        sectionStaysAtTheTop("#checkpoint-optimum-value");
    }

    // Once every live widget above has its result (the page's height no longer changes), the section is at the top
    // of the view, not pushed down by them.
    private void sectionStaysAtTheTop(String selector) {
        Locator section = page.locator(selector);
        section.waitFor();
        page.waitForCondition(() -> page.locator("[data-work=running]").count() == 0);
        page.waitForTimeout(500);
        int top = ((Number) section.evaluate("e => Math.round(e.getBoundingClientRect().top)")).intValue();
        int below = ((Number) page.evaluate("() => Math.round(Math.max(...[...document.querySelectorAll("
                        + "'vaadin-app-layout > [slot=navbar]')].map(e => e.getBoundingClientRect().bottom)))"))
                .intValue();
        // below the bar (not hidden under it), and near it
        assertThat(top).as(selector + " top").isBetween(below - 2, below + 120);
    }
}
