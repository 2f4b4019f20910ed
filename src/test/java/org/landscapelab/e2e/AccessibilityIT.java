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

    // Only colour differs between the themes (the theme is one attribute on <html>, read by CSS alone), so the dark
    // pass re-runs just the rules that look at colour, on the same page, instead of loading it and scanning it again.
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

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
                "/glossary",
                "/search?q=rank",
                "/lessons/matrix-multiplication/theorem",
                "/progress",
                "/login"
            })
    void pages_have_no_wcag_a_or_aa_violations_in_either_theme(String path) {
        // A tall window: the app layout scrolls inside itself, so a full-page shot would cut the widgets.
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 2600))) {
            Page page = context.newPage();
            LabPage lab = new LabPage(page, "http://localhost:" + port).visit(path);
            page.waitForLoadState();
            // Widgets that compute in the background: scan them with their results on screen.
            lab.waitForWidgetSummaries();
            check(page, path, "light", new AxeBuilder(page).withTags(WCAG_A_AA));
            Object light = page.evaluate("() => getComputedStyle(document.documentElement).backgroundColor");
            // What the theme switch and the app shell's start-up script do.
            page.evaluate("() => document.documentElement.setAttribute('theme', 'dark')");
            page.waitForFunction("b => getComputedStyle(document.documentElement).backgroundColor !== b", light);
            // Field labels fade their colour (a CSS transition in the fields' shadow trees, which
            // document.getAnimations() does not see): scanning mid-fade reads a colour no one sees.
            page.waitForFunction(TRANSITIONS_DONE);
            check(page, path, "dark", new AxeBuilder(page).withRules(COLOUR_RULES));
        }
    }

    private static final String TRANSITIONS_DONE = """
            () => {
              const running = [...document.getAnimations()];
              const walk = root => root.querySelectorAll('*').forEach(e => {
                if (e.shadowRoot) {
                  running.push(...e.shadowRoot.getAnimations());
                  walk(e.shadowRoot);
                }
              });
              walk(document);
              return running.every(a => a.playState !== 'running');
            }""";

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static void check(Page page, String path, String theme, AxeBuilder axe) {
        AxeResults results = axe.analyze();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(BrowserSupport.screenshot("a11y" + path.replace('/', '_') + "-" + theme)));
        assertThat(results.getViolations())
                .as("%s in %s theme: %s", path, theme, describe(results.getViolations()))
                .isEmpty();
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
