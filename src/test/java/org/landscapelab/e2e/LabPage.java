package org.landscapelab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.util.List;

/** Page object of the app shell: navigation, catalog cards, theme switch. */
final class LabPage {

    private final Page page;
    private final String base;

    LabPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    LabPage open(String path) {
        page.navigate(base + path);
        return ready();
    }

    /**
     * Opens {@code path} and waits for its heading only: for a list of pages of every kind, without assuming more
     * of them than that they have one.
     */
    LabPage visit(String path) {
        page.navigate(base + path);
        heading().waitFor();
        return this;
    }

    /**
     * Waits until every widget on the page (checkpoints aside, whose summary is their feedback) has its result
     * on screen: widgets that compute in the background fill their summary when their first run ends.
     */
    LabPage waitForWidgetSummaries() {
        page.waitForCondition(
                () -> page.locator(".lab-widget:not(.lab-checkpoint) [data-summary]").all().stream()
                        .allMatch(l -> !l.innerText().isBlank()),
                new Page.WaitForConditionOptions().setTimeout(60_000));
        return this;
    }

    /** Vaadin renders after the bootstrap: wait for the layout and the page heading. */
    LabPage ready() {
        page.locator("vaadin-app-layout").waitFor();
        heading().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        return this;
    }

    Locator heading() {
        return page.locator("main h1").first();
    }

    Locator cards() {
        return page.locator(".lab-card");
    }

    List<String> cardTitles() {
        return page.locator(".lab-card h3").allInnerTexts(); // h2 is the part's heading
    }

    LabPage openLessonCard(String title) {
        // The title is the card's link; Start/Continue is the other one.
        page.locator(".lab-card")
                .filter(new Locator.FilterOptions().setHasText(title))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(title).setExact(true))
                .click();
        page.waitForURL("**/lessons/**");
        return ready();
    }

    /** The catalog's card of the lesson {@code slug}. */
    Locator card(String slug) {
        return page.locator(".lab-card[data-slug='" + slug + "']");
    }

    /** The line of the progress page for the lesson {@code slug}. */
    Locator progressRow(String slug) {
        return page.locator(".lab-progress-row[data-slug='" + slug + "']");
    }

    /** Signs in on the sign-in form the page shows (it may still be on its way from a redirect). */
    LabPage signIn(String user, String password) {
        page.locator("vaadin-login-form input[name=username]").waitFor();
        page.locator("vaadin-login-form input[name=username]").fill(user);
        page.locator("vaadin-login-form input[name=password]").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        return this;
    }

    Locator themeSwitch() {
        return page.locator(".lab-theme-switch");
    }

    LabPage toggleTheme() {
        String before = themeSwitch().getAttribute("data-theme");
        themeSwitch().click();
        page.waitForCondition(() -> !before.equals(themeSwitch().getAttribute("data-theme")));
        return this;
    }

    String documentTheme() {
        return (String) page.evaluate("() => document.documentElement.getAttribute('theme') || 'light'");
    }

    String pageBackground() {
        return (String) page.evaluate("() => getComputedStyle(document.documentElement).backgroundColor");
    }

    /**
     * Elements of the page that stick out of the viewport on the right: the app layout scrolls its content
     * area itself, so the document's scroll width alone would not reveal them.
     */
    List<String> elementsWiderThanViewport() {
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) page.evaluate("""
                () => {
                  // Inside the boxes we let scroll sideways on purpose (a wide formula, code, a table) is fine.
                  // KaTeX's MathML copy is for screen readers only and drawn nowhere.
                  const clipped = e => !!e.parentElement?.closest('lab-math[display], pre, table, .katex-mathml');
                  return [...document.querySelectorAll('body *')]
                    .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 1)
                    .filter(e => !clipped(e))
                    .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
                }""");
        boolean documentScrolls = (Boolean)
                page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        return documentScrolls
                ? java.util.stream.Stream.concat(wide.stream(), java.util.stream.Stream.of("document"))
                        .toList()
                : wide;
    }

    LabPage reload() {
        page.reload();
        return ready();
    }

    Page page() {
        return page;
    }
}
