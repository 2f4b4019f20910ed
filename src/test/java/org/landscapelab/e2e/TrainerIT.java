package org.landscapelab.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The linear trainer: runs judged against L*, charts with data tables and export, honest labels. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainerIT extends PageTest {

    private static final String TRAINED = "L* = ";
    private static final String SLICED = "The run leaves the plane by at most";

    private PlaygroundPage trainer;

    private String base() {
        return "http://localhost:" + port;
    }

    /** Opens the trainer alone with {@code query} (the options after the address's {@code ?}). */
    private void openTrainer(String query) {
        trainer = new PlaygroundPage(page, base()).open("linear-trainer", query);
    }

    private String summaryAfterTraining() {
        return trainer.waitForSummary(s -> s.startsWith(TRAINED), PlaygroundPage.WORK_TIMEOUT);
    }

    @Test
    void every_run_of_the_eckart_young_example_reaches_the_closed_form_optimum() {
        PlayerPage player = new PlayerPage(page, base()).openStep("/lessons/two-layer-networks/train");

        String summary = player.waitForSummary(player.widget("linear-trainer"), s -> s.startsWith(TRAINED), 60_000);
        assertThat(summary).startsWith("L* = 2.50000; 12 of 12 runs reached L*; largest gap to L*: ");
        double gap = Double.parseDouble(summary.replaceAll("^.*largest gap to L\\*: ", ""));
        assertThat(gap).isBetween(-1e-9, 2.5e-6);

        Locator curves = page.locator(".lab-chart-panel").first();
        assertThat(curves.locator("lab-chart").getAttribute("aria-label")).contains("global optimum L*");
        assertThat(curves.locator("lab-chart canvas").count()).isPositive();
        curves.locator("vaadin-details").click();
        curves.locator("vaadin-details table").first().waitFor(); // the table is built when opened
        assertThat(curves.locator("vaadin-details").innerText())
                .contains("L* = 2.50000")
                .contains("run 12 (reached L*)");

        Download png = page.waitForDownload(() -> curves.getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName("Download the chart Loss of every run against the global optimum L* as PNG"))
                .click());
        assertThat(png.suggestedFilename()).isEqualTo("loss-curves.png");
    }

    @Test
    void a_learning_rate_too_large_is_labelled_diverged_never_a_minimum() {
        openTrainer("rate=1.5&starts=3&steps=200");

        String summary = summaryAfterTraining();
        assertThat(summary)
                .contains("0 of 3 runs reached L*")
                .contains("3 diverged")
                .doesNotContain("minimum");
    }

    @Test
    void a_step_cap_too_small_is_labelled_not_converged() {
        openTrainer("rate=0.001&starts=2&steps=10");

        assertThat(summaryAfterTraining()).contains("0 of 2 runs reached L*; 2 not converged");
    }

    @Test
    void a_small_learning_rate_typed_by_hand_is_accepted() {
        openTrainer("starts=2&steps=50");
        summaryAfterTraining();
        trainer.set("Learning rate η", "0.001");
        trainer.button("Train").click();
        trainer.waitForUrlContaining("rate=0.001");
        assertThat(trainer.message().innerText()).isEmpty();
    }

    @Test
    void a_rate_in_scientific_notation_runs_at_the_value_written() {
        openTrainer("rate=0.2&scale=0.5&starts=2&steps=50");
        summaryAfterTraining();
        trainer.set("Learning rate η", "5e-2");
        trainer.set("Initial scale", "3e-1");
        trainer.button("Train").click();
        trainer.waitForUrlContaining("rate=0.05", "scale=0.3");
        assertThat(trainer.message().innerText()).isEmpty();
    }

    @Test
    void bad_settings_are_refused_with_a_message_and_nothing_runs() {
        openTrainer("starts=2&steps=50");
        summaryAfterTraining();
        trainer.set("Hidden widths", "2,x");
        trainer.button("Train").click();

        Locator message = trainer.message();
        page.waitForCondition(() -> !message.innerText().isBlank());
        assertThat(message.innerText())
                .contains("hidden widths must be whole numbers from 1 to 6")
                .endsWith("What is shown below is for the last valid input, not for these fields.");
        // the field that does not read is marked, with what it read wrong
        Locator hidden = page.locator(".lab-linear-trainer vaadin-text-field[invalid]");
        assertThat(hidden.count()).isEqualTo(1);
        assertThat(hidden.locator("[slot=error-message]").innerText()).contains("'x'");
        // the last run's charts stay, dimmed and marked
        assertThat(page.locator(".lab-linear-trainer .lab-chart-row").getAttribute("data-stale"))
                .isEqualTo("true");
    }

    @Test
    void the_landscape_slice_says_how_far_the_run_leaves_the_plane() {
        PlayerPage player = new PlayerPage(page, base()).openStep("/lessons/two-layer-networks/slice");
        Locator slice = player.widget("landscape-slice");

        assertThat(player.waitForSummary(slice, s -> s.startsWith(SLICED), 60_000))
                .contains("largest gap between the true loss and the slice's loss along it")
                .contains("(L* = 2.50000)");
        assertThat(slice.locator("lab-chart")).hasCount(3);
        slice.screenshot(new Locator.ScreenshotOptions().setPath(BrowserSupport.screenshot("landscape-slice")));
    }

    @Test
    void the_slice_map_has_level_lines_and_the_same_slice_turns_into_a_3d_surface() {
        // switching views rebuilt the chart while a progressive frame was pending: "reading 'layerStack' of null"
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onPageError(errors::add);
        PlaygroundPage slice = new PlaygroundPage(page, base()).open("landscape-slice", "grid=40");
        slice.waitForSummary(s -> s.startsWith(SLICED), PlaygroundPage.WORK_TIMEOUT);
        Locator map = slice.root().locator("lab-chart").first();
        assertThat(map.getAttribute("data-dimensions")).isEqualTo("2");

        // the level lines are drawn, each named by its value, and the data table lists the levels in order
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) map.evaluate("el => el.currentOption.series"
                + ".filter(s => s.type === 'lines').flatMap(s => s.data.map(d => d.name))");
        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("loss on the slice = "));
        page.getByText("Data table").first().click();
        // built on the server when opened
        slice.root().locator(".lab-chart-table p").first().waitFor();
        String levels = slice.root().locator(".lab-chart-table").first().innerText();
        assertThat(levels).contains("Level lines at loss on the slice = ");
        double[] values = java.util.Arrays.stream(
                        levels.replaceAll("(?s).*Level lines at loss on the slice = ([^\\n]*)\\.\\s.*", "$1")
                                .split(", "))
                .mapToDouble(Double::parseDouble)
                .toArray();
        assertThat(values.length).isBetween(2, 12);
        for (int k = 1; k < values.length; k++) {
            assertThat(values[k]).isGreaterThan(values[k - 1]);
        }
        slice.root()
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(BrowserSupport.screenshot("landscape-slice-level-lines")));

        toSurface(map);
        assertThat(slice.url()).contains("view=3d");
        assertThat(map.evaluate("el => el.currentOption.series[0].type")).isEqualTo("surface");
        assertThat(slice.root()
                        .locator(".lab-chart-tools")
                        .first()
                        .getByText("SVG")
                        .isVisible())
                .isFalse();
        slice.root()
                .screenshot(new Locator.ScreenshotOptions().setPath(BrowserSupport.screenshot("landscape-slice-3d")));

        page.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("Map with level lines"))
                .click();
        page.waitForCondition(() -> "2".equals(map.getAttribute("data-dimensions")));
        assertThat(slice.url()).contains("view=map");

        // and back to 3-D once more, as a student trying both would
        toSurface(map);
        page.waitForTimeout(1000); // a failing frame would come just after the switch
        assertThat(errors).isEmpty();
    }

    // echarts-gl loads on the first switch: allow it the time
    private void toSurface(Locator chart) {
        page.locator("vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText("3-D surface"))
                .click();
        page.waitForCondition(
                () -> "3".equals(chart.getAttribute("data-dimensions")),
                new Page.WaitForConditionOptions().setTimeout(30_000));
    }
}
