package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Instructors in a real browser: students get the login page for every instructor view, an instructor signs in and
 * sees the class (figures, funnel, CSV), an administrator adds an instructor. CSRF stays on.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lab.admin.password=" + InstructorIT.ADMIN_PASSWORD})
@ExtendWith(OutputCaptureExtension.class)
class InstructorIT extends PageTest {

    static final String ADMIN_PASSWORD = "correct-horse-battery-staple";

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Page p, String user, String password) {
        new LabPage(p, url("")).signIn(user, password);
    }

    @Test
    void a_student_gets_the_login_page_for_every_instructor_view_and_the_csv() {
        page.navigate(url("/instructor"));
        page.waitForURL("**/login");
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator(".lab-class").count()).isZero();

        PlayerPage player = new PlayerPage(page, url(""));
        player.navigate("/lessons/two-layer-networks?instructor");
        page.waitForURL("**/login");
        assertThat(player.problems().count()).isZero();

        page.navigate(url("/instructor/accounts"));
        page.waitForURL("**/login");

        APIResponse csv = context.request()
                .get(url("/instructor/class.csv"), RequestOptions.create().setMaxRedirects(0));
        assertThat(csv.status()).isEqualTo(302);
        assertThat(csv.headers().get("location")).endsWith("/login");
    }

    @Test
    void a_wrong_password_signs_nobody_in_and_a_post_without_the_csrf_token_is_refused() {
        page.navigate(url("/login"));
        signIn(page, "admin", "not-the-password");
        page.waitForURL("**/login?error");
        assertThat(page.locator("vaadin-login-form").getAttribute("error")).isNotNull();

        // CSRF protection is on: a POST without the token is refused before it reaches anything. (Vaadin's
        // configurer exempts only its own requests, which carry their own token, and the login form's POST.)
        APIResponse post = context.request()
                .post(url("/my-record.json"), RequestOptions.create().setMaxRedirects(0));
        assertThat(post.status()).isEqualTo(403);
    }

    @Test
    void an_instructor_sees_the_class_its_funnel_and_checkpoint_figures_and_downloads_them_as_csv(CapturedOutput log)
            throws Exception {
        // A student at work first: one wrong answer, then the right one.
        BrowserContext student = browser.newContext();
        String cookie;
        try {
            Page s = student.newPage();
            new PlayerPage(s, url("")).passOptimum();
            cookie = student.cookies().stream()
                    .filter(c -> c.name.equals("lab_learner"))
                    .findFirst()
                    .orElseThrow()
                    .value;
        } finally {
            student.close();
        }

        page.navigate(url("/instructor"));
        page.waitForURL("**/login");
        signIn(page, "admin", ADMIN_PASSWORD);
        page.waitForURL(u -> u.matches(".*/instructor(\\?continue)?"));
        Locator lesson = page.locator(".lab-class-lesson[data-lesson='two-layer-networks']");
        lesson.waitFor();
        assertThat(Integer.parseInt(lesson.getAttribute("data-started"))).isGreaterThanOrEqualTo(1);
        assertThat(lesson.locator("lab-chart").count()).isEqualTo(1);
        Locator optimum = lesson.locator("tr[data-checkpoint='compute-optimum'] td");
        assertThat(Integer.parseInt(optimum.nth(2).innerText())).isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(optimum.nth(3).innerText())).isGreaterThanOrEqualTo(1);
        assertThat(optimum.nth(5).innerText()).contains("“3”");
        assertThat(page.locator(".lab-class-learner-table td").allInnerTexts()).anyMatch(t -> t.startsWith("learner-"));

        // The file problems of a lesson are the instructor's to see now.
        new PlayerPage(page, url("")).openStep("/lessons/two-layer-networks?instructor");
        assertThat(page.url()).endsWith("?instructor");

        page.navigate(url("/instructor"));
        Download download =
                page.waitForDownload(() -> page.locator(".lab-class-csv").click());
        String csv = Files.readString(download.path());
        assertThat(csv)
                .startsWith("learner,learner_id,lesson,steps_seen,steps,checkpoints_passed,checkpoints,attempts,"
                        + "last_active\r\n");
        assertThat(csv.lines().filter(l -> l.contains(",two-layer-networks,"))).isNotEmpty();
        APIResponse checkpoints = context.request().get(url("/instructor/class.csv?table=checkpoints"));
        assertThat(checkpoints.text()).contains("two-layer-networks,compute-optimum,optimum,");

        // A date range that ends before anything happened shows nothing.
        page.navigate(url("/instructor?to=2020-01-01"));
        page.locator(".lab-class-summary").waitFor();
        assertThat(page.locator(".lab-class-summary").innerText()).isEqualTo("No learner activity in this range yet.");

        // Neither the learner's cookie nor the configured password ever reaches the log.
        assertThat(log.getAll()).doesNotContain(cookie).doesNotContain(ADMIN_PASSWORD);
    }

    @Test
    void an_administrator_adds_an_instructor_who_signs_in_but_cannot_manage_accounts() {
        page.navigate(url("/instructor/accounts"));
        page.waitForURL("**/login");
        signIn(page, "admin", ADMIN_PASSWORD);
        page.waitForURL(u -> u.matches(".*/instructor/accounts(\\?continue)?"));
        page.locator(".lab-account-name input").fill("Ta@Example.org");
        page.locator(".lab-account-password input").fill("short");
        page.locator(".lab-account-add").click();
        Locator nameError = page.locator(".lab-account-name[invalid] [slot=error-message]");
        page.waitForCondition(
                () -> nameError.count() > 0 && nameError.innerText().contains("at least 12 characters"));
        page.locator(".lab-account-password input").fill("a-long-enough-password");
        page.locator(".lab-account-add").click();
        page.locator("tr[data-username='ta@example.org']").waitFor();
        APIResponse backup = context.request().get(url("/instructor/backup.sql"));
        assertThat(backup.status()).isEqualTo(200);
        assertThat(backup.text())
                .contains("\"PUBLIC\".\"PROGRESS_EVENT\"")
                .contains("\"PUBLIC\".\"INSTRUCTOR_ACCOUNT\"");

        BrowserContext ta = browser.newContext();
        try {
            Page p = ta.newPage();
            p.navigate(url("/instructor"));
            p.waitForURL("**/login");
            signIn(p, "ta@example.org", "a-long-enough-password");
            p.waitForURL(u -> u.matches(".*/instructor(\\?continue)?"));
            p.locator(".lab-class-summary").waitFor();
            assertThat(p.locator(".lab-accounts-link").count()).isZero();
            p.navigate(url("/instructor/accounts"));
            p.waitForLoadState();
            assertThat(p.locator(".lab-accounts-table").count()).isZero();
            assertThat(ta.request()
                            .get(
                                    url("/instructor/backup.sql"),
                                    RequestOptions.create().setMaxRedirects(0))
                            .status())
                    .isEqualTo(403);
        } finally {
            ta.close();
        }
    }
}
