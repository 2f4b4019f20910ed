package org.landscapelab.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A fresh browser context and page per test against the app on its random port; a screenshot after each test. */
abstract class PageTest extends BrowserTest {

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private String testName;

    /** The window a test class works in; override for a taller or narrower one. */
    protected Browser.NewContextOptions contextOptions() {
        return new Browser.NewContextOptions().setViewportSize(1280, 1000).setAcceptDownloads(true);
    }

    @BeforeEach
    void newContext(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        context = browser.newContext(contextOptions());
        page = context.newPage();
    }

    @AfterEach
    void screenshotAndClose() {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.screenshot(testName))
                .setFullPage(true));
        context.close();
    }
}
