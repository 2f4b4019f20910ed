package org.landscapelab.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Page object of the lesson player. */
final class PlayerPage {

    private final Page page;
    private final String base;

    PlayerPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    PlayerPage open(String path) {
        page.navigate(base + path);
        page.locator("main h1").first().waitFor();
        return this;
    }

    void waitForStep(String id) {
        page.locator(".lab-step[data-step='" + id + "']").waitFor();
    }

    String stepTitle() {
        return page.locator(".lab-step-title").innerText();
    }

    String progressText() {
        return page.locator(".lab-progress-label").innerText();
    }

    Locator next() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next"));
    }

    Locator previous() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous"));
    }

    Locator stepLink(String id) {
        return page.locator(".lab-steps a[data-step='" + id + "']");
    }

    String focusedText() {
        page.waitForFunction(
                "() => document.activeElement && document.activeElement.classList.contains('lab-step-title')");
        return (String) page.evaluate("() => document.activeElement.innerText");
    }

    Page page() {
        return page;
    }
}
