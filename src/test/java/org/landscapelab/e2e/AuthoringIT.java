package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An instructor writes in the browser: the lesson dashboard lists the course's problems as files change, previews
 * unsaved text with its problems at their lines, and publishes a draft by saving it without {@code draft: true}.
 * Works on its own lessons folder, never on lessons/.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lab.lessons-dir=target/it-lessons/authoring", "lab.admin.password=" + AuthoringIT.PASSWORD})
class AuthoringIT extends PageTest {

    static final String PASSWORD = "authoring-admin-password";
    private static final Path DIR = Path.of("target/it-lessons/authoring");
    private static final Path BASICS = DIR.resolve("basics/lesson.md");
    private static final Path DRAFT = DIR.resolve("saddles/lesson.md");
    private static final String BASICS_TEXT = """
        ---
        title: Basics
        summary: A published lesson.
        ---

        ## First step {#first}
        Some text.

        ## Second step {#second}
        More text.
        """;
    // Line 11 is the second step's text: where the test puts an unknown widget.
    private static final String DRAFT_TEXT = """
        ---
        title: Saddle points
        summary: A lesson still being written.
        draft: true
        ---

        ## What a saddle is {#saddle}
        A point where the gradient vanishes and the Hessian has both signs.

        ## An example {#example}
        A widget goes here.
        """;

    // Runs before the Spring context starts, so the app reads this folder from the beginning.
    static {
        try {
            Files.createDirectories(BASICS.getParent());
            Files.createDirectories(DRAFT.getParent());
            Files.writeString(
                    DIR.resolve("course.yml"),
                    "title: Demo\nparts:\n  - title: Only\n    lessons: [basics, saddles]\n");
            Files.writeString(BASICS, BASICS_TEXT);
            Files.writeString(DRAFT, DRAFT_TEXT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void restore() throws IOException {
        Files.writeString(BASICS, BASICS_TEXT);
        Files.writeString(DRAFT, DRAFT_TEXT);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void openDashboardSignedIn() {
        page.navigate(url("/instructor/lessons"));
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(PASSWORD);
        page.locator("vaadin-login-form vaadin-button").first().click();
        page.waitForURL(u -> u.matches(".*/instructor/lessons(\\?continue)?"));
        page.locator(".lab-course-problems .lab-problem-count").waitFor();
    }

    private Locator textArea() {
        return page.locator(".lab-editor-text textarea");
    }

    private void waitForText(Locator locator, String prefix) {
        page.waitForCondition(() -> locator.innerText().startsWith(prefix));
    }

    @Test
    void a_draft_is_previewed_with_its_problem_at_its_line_then_published_and_students_see_it() {
        openDashboardSignedIn();
        assertThat(page.locator(".lab-course-problems .lab-problem-count").innerText())
                .startsWith("0 problems");

        BrowserContext students = browser.newContext();
        try {
            Page student = students.newPage();
            student.navigate(url("/"));
            student.locator(".lab-card[data-slug='basics']").waitFor();
            assertThat(student.locator(".lab-card[data-slug='saddles']").count())
                    .isZero();

            page.locator("vaadin-select.lab-editor-pick").click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("saddles"))
                    .click();
            page.waitForCondition(() -> textArea().inputValue().contains("title: Saddle points"));
            Locator count = page.locator(".lab-preview-count");
            waitForText(count, "0 problems");
            waitForText(page.locator(".lab-preview-audience"), "A draft");

            // An unknown widget: listed at its line, in its step; nothing is written.
            textArea().fill(DRAFT_TEXT.replace("A widget goes here.", "```{saddle-explorer}\n```"));
            waitForText(count, "1 problem");
            Locator problem = page.locator(".lab-preview-problem[data-line='11']");
            problem.waitFor();
            assertThat(problem.innerText())
                    .contains("11:1")
                    .contains("step example")
                    .contains("unknown directive `{saddle-explorer}`");
            page.locator(".lab-editor-save").click();
            waitForText(page.locator(".lab-editor-status"), "Not saved: fix 1 problem first");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.screenshot("authoring-problem"))
                    .setFullPage(true));

            textArea().fill(DRAFT_TEXT);
            waitForText(count, "0 problems");
            assertThat(page.locator(".lab-preview-problem").count()).isZero();
            assertThat(page.locator(".lab-preview-step[data-step='example']").innerText())
                    .contains("A widget goes here.");

            // Publishing is removing `draft: true` and saving.
            textArea().fill(DRAFT_TEXT.replace("draft: true\n", ""));
            waitForText(page.locator(".lab-preview-audience"), "Published");
            page.locator(".lab-editor-save").click();
            waitForText(page.locator(".lab-editor-status"), "Saved saddles/lesson.md");
            // The reload the save caused reaches the open dashboard by push.
            page.locator(".lab-reload-row[data-accepted='true']")
                    .filter(new Locator.FilterOptions().setHasText("saddles/lesson.md"))
                    .first()
                    .waitFor(new Locator.WaitForOptions().setTimeout(10_000));

            // Students' pages have no push: a fresh catalog page, asked for after the reload is in the history
            // (which records only what is already served), shows the published lesson.
            student.navigate(url("/"));
            Locator card = student.locator(".lab-card[data-slug='saddles']");
            card.waitFor();
            assertThat(card.innerText()).contains("Saddle points");
            assertThat(card.locator(".lab-draft-badge").count()).isZero();
            student.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("authoring-published")));
        } finally {
            students.close();
        }
    }

    @Test
    void a_broken_save_on_disk_shows_in_the_course_problems_linked_to_its_step_and_in_the_reloads() throws IOException {
        openDashboardSignedIn();
        try {
            Files.writeString(BASICS, BASICS_TEXT.replace("More text.", "```{nope}\n```"));
            Locator problem = page.locator(".lab-problem-file[data-file='basics/lesson.md'] li[data-line='10']");
            problem.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
            assertThat(problem.innerText()).contains("10:1").contains("unknown directive `{nope}`");
            assertThat(problem.locator("a").getAttribute("href")).endsWith("lessons/basics/second?instructor");
            Locator kept =
                    page.locator(".lab-reload-row[data-accepted='false']").first();
            kept.waitFor();
            assertThat(kept.innerText())
                    .contains("basics/lesson.md")
                    .contains("students keep the last good version of basics");
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.screenshot("authoring-course-problems"))
                    .setFullPage(true));
        } finally {
            Files.writeString(BASICS, BASICS_TEXT);
        }
        waitForText(page.locator(".lab-course-problems .lab-problem-count"), "0 problems");
    }
}
