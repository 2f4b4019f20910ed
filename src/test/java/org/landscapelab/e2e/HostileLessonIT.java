package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lab.lessons-dir=target/it-lessons/hostile")
class HostileLessonIT extends BrowserTest {

    private static final Path DIR = Path.of("target/it-lessons/hostile");

    /** A second origin standing for a tracking pixel's host: it counts what the browser fetched from it. */
    private static final java.util.concurrent.atomic.AtomicInteger TRACKER_HITS =
            new java.util.concurrent.atomic.AtomicInteger();

    private static final com.sun.net.httpserver.HttpServer TRACKER;

    static {
        try {
            TRACKER = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            TRACKER.createContext("/", x -> {
                TRACKER_HITS.incrementAndGet();
                x.sendResponseHeaders(204, -1);
                x.close();
            });
            TRACKER.start();
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
                    <img src="http://127.0.0.1:TRACKER_PORT/pixel.png" alt="pixel" id="pixel">
                    <a href="javascript:window.__pwned='link'" id="bad-link">click me</a>
                    <iframe src="javascript:window.parent.__pwned='iframe'"></iframe>
                    <svg><script>window.__pwned = 'svg'</script></svg>
                    <div onmouseover="window.__pwned='hover'" id="hover-me">hover</div>
                    [md link](javascript:window.__pwned='markdown')

                    A formula, $x^2$ (KaTeX's trusted commands such as `\\href` are refused by the validator,
                    so they never reach a page: FormulaCheckIT types them in the real KaTeX).

                    ```{note}
                    <img src=y onerror="window.__pwned='note'">
                    ```
                    """.replace(
                            "TRACKER_PORT", String.valueOf(TRACKER.getAddress().getPort())));
            // A figure, and two ways out of the lessons folder that must not be served.
            Files.createDirectories(DIR.resolve("evil/figures"));
            Files.writeString(DIR.resolve("evil/figures/ok.txt"), "a plain file");
            Path secret = Files.writeString(DIR.resolveSibling("hostile-secret.txt"), "secret outside the lessons");
            Files.deleteIfExists(DIR.resolve("evil/figures/passwd.png"));
            Files.createSymbolicLink(DIR.resolve("evil/figures/passwd.png"), secret.toAbsolutePath());
            Files.deleteIfExists(DIR.resolve("evil/figures/up.txt"));
            Files.createSymbolicLink(DIR.resolve("evil/figures/up.txt"), Path.of("../../../hostile-secret.txt"));
            Files.deleteIfExists(DIR.resolve("evil/figures/hard.txt"));
            Files.createLink(DIR.resolve("evil/figures/hard.txt"), secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_link_in_a_lesson_folder_never_serves_a_file_from_outside() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<String>> get = path -> {
            try {
                return http.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/lesson-files/evil/figures/" + path))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };
        var ok = get.apply("ok.txt");
        org.assertj.core.api.Assertions.assertThat(ok.statusCode()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(ok.headers().firstValue("X-Content-Type-Options"))
                .hasValue("nosniff");
        for (String link : List.of("passwd.png", "up.txt", "hard.txt")) {
            var r = get.apply(link);
            org.assertj.core.api.Assertions.assertThat(r.statusCode()).as(link).isEqualTo(404);
            org.assertj.core.api.Assertions.assertThat(r.body()).as(link).doesNotContain("secret");
        }
    }

    @LocalServerPort
    int port;

    @Test
    void no_script_from_a_lesson_file_runs_whatever_the_student_does() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            PlayerPage player = new PlayerPage(page, "http://localhost:" + port);
            List<String> dialogs = new ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            com.microsoft.playwright.Response response = player.navigate("/lessons/evil");
            assertThat(response.headerValue("content-security-policy"))
                    .contains("img-src 'self' data: blob:;")
                    .contains("frame-ancestors 'self'")
                    .contains("object-src 'none'");
            assertThat(response.headerValue("x-content-type-options")).isEqualTo("nosniff");
            assertThat(response.headerValue("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.headerValue("permissions-policy")).contains("camera=()");
            assertThat(page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")))
                    .allSatisfy(c -> assertThat(c.sameSite.name()).isEqualTo("LAX"));
            player.waitForStep();
            player.step().locator("lab-math").first().waitFor();
            page.hover("#hover-me");
            if (page.locator("#bad-link").count() > 0) {
                page.locator("#bad-link").click();
            }
            // a script run by the click or the hover would have run by now; let any request it made settle too
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);

            assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
            // The content-security policy keeps the browser from fetching images from other hosts (tracking pixels).
            assertThat(page.locator("#pixel").count())
                    .as("the sanitizer keeps plain images")
                    .isEqualTo(1);
            assertThat(TRACKER_HITS.get()).isZero();
            assertThat(dialogs).isEmpty();
            assertThat(page.locator(".lab-step script, .lab-step iframe").count())
                    .isZero();
            assertThat(page.locator(".lab-step [onerror], .lab-step [onmouseover]")
                            .count())
                    .isZero();
            assertThat(page.locator(".lab-step a[href^='javascript']").count()).isZero();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.screenshot("hostile-lesson"))
                    .setFullPage(true));
        }
    }
}
