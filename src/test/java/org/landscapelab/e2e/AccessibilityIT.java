package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** axe-core finds no WCAG 2.1 A/AA violation on the main pages, in light and dark theme. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityIT extends BrowserTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/lessons/matrix-multiplication/theorem",
                "/lessons/matrix-multiplication/explore",
                "/lessons/matrix-multiplication/check",
                "/lessons/two-layer-networks/train",
                "/lessons/two-layer-networks/critical-points",
                "/lessons/two-layer-networks/slice",
                "/lessons/deep-networks/example",
                "/playground/certificate?preset=1D",
                "/playground/architecture",
                "/widgets",
                "/about",
                "/progress",
                "/login"
            })
    void pages_have_no_wcag_a_or_aa_violations_in_either_theme(String path) {
        for (String theme : List.of("light", "dark")) {
            // A tall window: the app layout scrolls inside itself, so a full-page shot would cut the widgets.
            try (BrowserContext context =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 2600))) {
                context.addInitScript("localStorage.setItem('lab-theme', '" + theme + "')");
                Page page = context.newPage();
                page.navigate("http://localhost:" + port + path);
                page.locator("main h1").first().waitFor();
                page.waitForLoadState();
                // Widgets that compute in the background: scan them with their results on screen.
                page.waitForCondition(
                        () -> page.locator(".lab-widget:not(.lab-checkpoint) [data-summary]").all().stream()
                                .allMatch(l -> !l.innerText().isBlank()),
                        new Page.WaitForConditionOptions().setTimeout(60_000));
                AxeResults results = new AxeBuilder(page)
                        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                        .analyze();
                page.screenshot(new Page.ScreenshotOptions()
                        .setFullPage(true)
                        .setPath(BrowserSupport.screenshot("a11y" + path.replace('/', '_') + "-" + theme)));
                assertThat(results.getViolations())
                        .as("%s in %s theme: %s", path, theme, describe(results.getViolations()))
                        .isEmpty();
            }
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream()
                                .limit(3)
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }
}
