package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A lesson file written to attack its readers: nothing in it runs in the browser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lab.lessons-dir=target/it-lessons/hostile")
class HostileLessonIT extends BrowserTest {

    private static final Path DIR = Path.of("target/it-lessons/hostile");

    static {
        try {
            Files.createDirectories(DIR.resolve("evil"));
            Files.writeString(DIR.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [evil]\n");
            Files.writeString(DIR.resolve("evil/lesson.md"), """
                    ---
                    title: Perfectly normal lesson
                    summary: Nothing to see
                    minutes: 1
                    ---
                    ## Step
                    <script>window.__pwned = 'script'</script>
                    <img src="x" onerror="window.__pwned = 'onerror'">
                    <a href="javascript:window.__pwned='link'" id="bad-link">click me</a>
                    <iframe src="javascript:window.parent.__pwned='iframe'"></iframe>
                    <svg><script>window.__pwned = 'svg'</script></svg>
                    <div onmouseover="window.__pwned='hover'" id="hover-me">hover</div>
                    [md link](javascript:window.__pwned='markdown')

                    $\\href{javascript:window.__pwned='katex'}{x}$ and $\\htmlId{a}{b}$

                    ```{note}
                    <img src=y onerror="window.__pwned='note'">
                    ```
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    @Test
    void no_script_from_a_lesson_file_runs_whatever_the_student_does() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate("http://localhost:" + port + "/lessons/evil");
            page.locator(".lab-step").waitFor();
            page.locator(".lab-step lab-math").first().waitFor();
            page.hover("#hover-me");
            if (page.locator("#bad-link").count() > 0) {
                page.locator("#bad-link").click();
            }
            // a script run by the click or the hover would have run by now; let any request it made settle too
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

            assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
            assertThat(dialogs).isEmpty();
            assertThat(page.locator(".lab-step script, .lab-step iframe").count()).isZero();
            assertThat(page.locator(".lab-step [onerror], .lab-step [onmouseover]").count()).isZero();
            assertThat(page.locator(".lab-step a[href^='javascript']").count()).isZero();
            page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("hostile-lesson")).setFullPage(true));
        }
    }
}
