package org.landscapelab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Page object of the playground, {@code /playground/<widget>?option=value…}: one widget alone, its options from the
 * address, which it keeps up to date.
 */
final class PlaygroundPage {

    /**
     * How long a widget's background work may take: the first run of the trainer or a certificate on a busy CI
     * machine takes tens of seconds, far more than Playwright's default.
     */
    static final double WORK_TIMEOUT = 60_000;

    private final Page page;
    private final String base;
    private String widget;

    PlaygroundPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    PlaygroundPage open(String widget) {
        return open(widget, "");
    }

    /** Opens the widget with {@code query} ({@code "rate=1.5&starts=3"}, no leading {@code ?}) and waits for it. */
    PlaygroundPage open(String widget, String query) {
        go(widget, query);
        return ready();
    }

    /**
     * Only goes to the widget's address, waiting for nothing: for a test that waits for something else itself or
     * measures how long the page takes.
     */
    PlaygroundPage go(String widget, String query) {
        this.widget = widget;
        page.navigate(base + "/playground/" + widget + (query.isEmpty() ? "" : "?" + query));
        return this;
    }

    /**
     * The widget is on the page with its summary and none of its work is still on the server. The summary may be
     * empty yet (the trainer fills it when its first run ends), so it is waited for in the DOM, not on screen.
     */
    PlaygroundPage ready() {
        root().waitFor();
        summary().first().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        return waitUntilIdle();
    }

    /**
     * Waits until the server has no computation of the widget left, cancelled ones included. A widget that never
     * ran any has no {@code data-work} at all, hence "not running" rather than "idle"; one that starts work while
     * the page is built says {@code running} in the very response that draws it, so this cannot pass too early.
     */
    PlaygroundPage waitUntilIdle() {
        page.locator(selector() + ":not([data-work=running])")
                .waitFor(new Locator.WaitForOptions().setTimeout(WORK_TIMEOUT));
        return this;
    }

    /** The widget's element: every widget carries the class {@code lab-<its name>}. */
    Locator root() {
        return page.locator(selector());
    }

    private String selector() {
        if (widget == null) {
            throw new IllegalStateException("open a widget first");
        }
        return ".lab-" + widget;
    }

    Locator summary() {
        return root().locator("[data-summary]");
    }

    String summaryText() {
        return summary().innerText();
    }

    /** Waits (Playwright's default time) until the summary says what {@code condition} wants, and returns it. */
    String waitForSummary(Predicate<String> condition) {
        page.waitForCondition(() -> condition.test(summary().innerText()));
        return summaryText();
    }

    String waitForSummary(Predicate<String> condition, double timeoutMillis) {
        page.waitForCondition(
                () -> condition.test(summary().innerText()),
                new Page.WaitForConditionOptions().setTimeout(timeoutMillis));
        return summaryText();
    }

    /** The field of the page labelled so (the first match: a Vaadin field is labelled twice, host and input). */
    Locator field(String label) {
        return page.getByLabel(label).first();
    }

    PlaygroundPage set(String label, String value) {
        field(label).fill(value);
        return this;
    }

    /** The widget's button of exactly that name. */
    Locator button(String name) {
        return page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Picks {@code option} in the widget's menu (its only {@code vaadin-select}) the way a student does. */
    PlaygroundPage choose(String option) {
        root().locator("vaadin-select").click();
        return pick(option);
    }

    /** Picks {@code option} in the widget's menu that shows {@code menu} (for a widget with more than one). */
    PlaygroundPage choose(String menu, String option) {
        root().locator("vaadin-select")
                .filter(new Locator.FilterOptions().setHasText(menu))
                .click();
        return pick(option);
    }

    private PlaygroundPage pick(String option) {
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option))
                .click();
        return this;
    }

    /** What the widget says beside its result: refusals, cancellations, limits. */
    Locator message() {
        return root().locator(".lab-widget-message");
    }

    String url() {
        return page.url();
    }

    /** Waits until the address holds every one of {@code parts} (the widget writes its state there). */
    PlaygroundPage waitForUrlContaining(String... parts) {
        page.waitForCondition(() -> {
            String url = page.url();
            for (String part : parts) {
                if (!url.contains(part)) {
                    return false;
                }
            }
            return true;
        });
        return this;
    }

    /** The widget's state as the address holds it now, option by option, decoded. */
    Map<String, String> state() {
        // by hand, not java.net.URI: the address may hold characters URI refuses (a matrix's ';' is fine, '|' not)
        String url = page.url().replaceFirst("#.*$", "");
        String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
        Map<String, String> state = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return state;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            state.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return state;
    }

    Page page() {
        return page;
    }
}
