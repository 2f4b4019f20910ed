package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An instructor edits a lesson file while students have it open. Works on a copy, never on lessons/. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lab.lessons-dir=target/it-lessons/hot-reload", "lab.admin.password=hot-reload-admin-password"})
class HotReloadIT {

    private static final Path DIR = Path.of("target/it-lessons/hot-reload");
    private static final Path FILE = DIR.resolve("demo/lesson.md");
    private static final String GOOD = """
            ---
            title: Reload demo
            summary: A lesson that changes under our feet.
            minutes: 3
            ---

            ## First step
            The original text.

            ## Second step {#second}
            More text with $W_1 W_2$.
            """;

    // Runs before the Spring context starts, so the app reads this folder from the beginning.
    static {
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(DIR.resolve("course.yml"), "title: Demo\nparts:\n  - title: Only\n    lessons: [demo]\n");
            Files.writeString(FILE, GOOD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        playwright = BrowserSupport.playwright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        browser.close();
        playwright.close();
        Files.writeString(FILE, GOOD);
    }

    @Test
    void a_saved_edit_appears_in_the_open_page_and_a_broken_save_keeps_the_last_good_version() throws IOException {
        try (BrowserContext context = browser.newContext();
                BrowserContext staff = browser.newContext()) {
            Page student = context.newPage();
            Page instructor = staff.newPage();
            PlayerPage studentPlayer = new PlayerPage(student, "http://localhost:" + port);
            PlayerPage instructorPlayer = new PlayerPage(instructor, "http://localhost:" + port);
            studentPlayer.openStep("demo", "second");
            // ?instructor needs the role: the sign-in page first, then back to the lesson.
            instructorPlayer.navigate("/lessons/demo/second?instructor");
            new LabPage(instructor, "http://localhost:" + port).signIn("admin", "hot-reload-admin-password");
            instructorPlayer.waitForStep("second");
            assertThat(instructor.url()).contains("/lessons/demo/second?instructor");

            Files.writeString(FILE, GOOD.replace("More text", "Edited text"));
            // The instructor's page has push: the edit shows by itself. A student's page holds no websocket: the edit
            // comes with its next request to the server.
            instructorPlayer
                    .stepContent()
                    .getByText("Edited text")
                    .waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            BrowserSupport.nextRequest(student);
            Locator edited = studentPlayer.stepContent().getByText("Edited text");
            edited.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            assertThat(student.url()).endsWith("/lessons/demo/second");
            assertThat(studentPlayer.stepTitle()).isEqualTo("Second step");
            student.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("hot-reload-edited")));

            Files.writeString(FILE, GOOD.replace("minutes: 3", "minutes: [3"));
            Locator problems = instructorPlayer.problems();
            problems.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            assertThat(problems.innerText())
                    .contains("demo/lesson.md:5:")
                    .contains("invalid YAML")
                    .contains("Students still see the last version");
            assertThat(instructorPlayer.stepContent().innerText()).contains("Edited text");
            instructor.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.screenshot("hot-reload-broken-instructor"))
                    .setFullPage(true));

            BrowserSupport.nextRequest(student);
            assertThat(studentPlayer.problems().count()).isZero();
            assertThat(studentPlayer.stepContent().innerText()).contains("Edited text");

            // An edit to another step leaves the open step alone: nothing on it is rebuilt.
            student.evaluate("() => document.querySelector('.lab-step-content').dataset.marker = 'kept'");
            Files.writeString(
                    FILE,
                    GOOD.replace("More text", "Edited text").replace("The original text.", "Changed first step."));
            instructorPlayer
                    .problems()
                    .waitFor(new Locator.WaitForOptions()
                            .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED)
                            .setTimeout(10_000));
            BrowserSupport.nextRequest(student);
            assertThat(student.evaluate("() => document.querySelector('.lab-step-content').dataset.marker"))
                    .isEqualTo("kept");
        }
    }
}
