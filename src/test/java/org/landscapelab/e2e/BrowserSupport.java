package org.landscapelab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts the browser for the end-to-end tests: Debian's Chromium when it is installed (or the one named by the
 * system property {@code lab.chromium}), with Playwright's own download switched off, since machines without
 * internet cannot fetch it; otherwise Playwright's managed Chromium, for a laptop with internet.
 */
final class BrowserSupport {

    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");

    private BrowserSupport() {}

    static Playwright playwright() {
        return chromium().isPresent()
                ? Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                : Playwright.create();
    }

    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        // software WebGL (SwiftShader), so the 3-D surface view is tested too
                        "--no-sandbox",
                        "--use-angle=swiftshader",
                        "--enable-unsafe-swiftshader",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run"));
        chromium().ifPresent(options::setExecutablePath);
        return playwright.chromium().launch(options);
    }

    private static java.util.Optional<Path> chromium() {
        String configured = System.getProperty("lab.chromium");
        Path path = configured != null && !configured.isBlank() ? Path.of(configured) : DEBIAN_CHROMIUM;
        return Files.isExecutable(path) ? java.util.Optional.of(path) : java.util.Optional.empty();
    }

    /** Where each test leaves its screenshots, for a person to look at after the run. */
    static Path screenshot(String name) {
        return Path.of("target", "screenshots", name + ".png");
    }

    /**
     * A round trip of the page to the server, as any click makes, answered and applied before this returns. Pages
     * of students hold no websocket: news the server has for them (a saved lesson, a notice) comes this way.
     */
    static void nextRequest(com.microsoft.playwright.Page page) {
        page.waitForResponse(
                r -> r.url().contains("v-r=uidl"),
                () -> page.evaluate(
                        "() => Object.values(window.Vaadin.Flow.clients).forEach(c => c.poll && c.poll())"));
        page.waitForFunction("() => !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    /** Makes the page ask the server for news every quarter second until {@code condition} holds. */
    static void untilTrue(
            com.microsoft.playwright.Page page, java.util.function.BooleanSupplier condition, long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("not true within " + timeoutMillis + " ms");
            }
            page.waitForTimeout(250);
            nextRequest(page);
        }
    }
}
