package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Learning records in a real browser: a passed checkpoint and the place in a lesson outlive the HTTP session, move
 * to another device with a resume code, and can be downloaded, reset and deleted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressIT extends PageTest {

    private static final String LESSON = "two-layer-networks";

    private PlayerPage player;
    private LabPage lab;

    @BeforeEach
    void newPages() {
        player = new PlayerPage(page, url(""));
        lab = new LabPage(page, url(""));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Only the learner cookie, as a browser keeps it after its session cookie expired. */
    private static List<Cookie> learnerCookie(BrowserContext from) {
        return from.cookies().stream().filter(c -> c.name.equals("lab_learner")).toList();
    }

    @Test
    void a_passed_checkpoint_and_the_last_step_with_its_state_outlive_the_session() {
        player.passOptimum();
        // Move on and set a widget, so the position to come back to is a later step with state.
        player.openStep("/lessons/" + LESSON + "/train?trainer.rate=0.02");
        List<Cookie> cookie = learnerCookie(context);
        assertThat(cookie).hasSize(1);
        assertThat(cookie.getFirst().httpOnly).isTrue();
        assertThat(cookie.getFirst().sameSite.name()).isEqualTo("LAX");

        BrowserContext later = browser.newContext();
        try {
            later.addCookies(cookie);
            Page again = later.newPage();
            Locator card = new LabPage(again, url("")).open("/").card(LESSON);
            assertThat(card.locator("[data-progress]").innerText()).containsPattern("· 1 of \\d+ checkpoints? passed");
            Locator go = card.locator(".lab-card-continue");
            assertThat(go.innerText()).isEqualTo("Continue");
            assertThat(go.getAttribute("href"))
                    .contains("lessons/" + LESSON + "/train?")
                    .contains("trainer.rate=0.02");
            go.click();
            again.waitForURL("**/train?**trainer.rate=0.02**");
            again.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("progress-continued")));
            Locator checkpoint = new PlayerPage(again, url(""))
                    .openStep("/lessons/" + LESSON + "/optimum")
                    .waitForCheckpoint(0);
            assertThat(checkpoint.getAttribute("data-passed")).isNotNull();
        } finally {
            later.close();
        }
    }

    @Test
    void a_resume_code_moves_progress_to_a_browser_without_the_cookie_and_can_be_revoked() {
        player.passOptimum();
        lab.open("/progress");
        page.locator(".lab-make-code").click();
        String code = page.locator(".lab-code").getAttribute("data-code");
        assertThat(code).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}-[0-9A-Z]");

        BrowserContext other = browser.newContext();
        try {
            Page phone = other.newPage();
            LabPage phoneLab = new LabPage(phone, url("")).open("/progress");
            Locator row = phoneLab.progressRow(LESSON);
            assertThat(row.getAttribute("data-progress")).contains("0 of");
            phoneLab.open("/resume/" + code);
            phone.locator(".lab-resume-go").click();
            phone.waitForURL("**/progress");
            phone.waitForCondition(
                    () -> row.getAttribute("data-progress").matches(".*· 1 of \\d+ checkpoints? passed"));
        } finally {
            other.close();
        }

        // Stopped: the code no longer opens anything, and says so where it was typed.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop my code"))
                .click();
        BrowserContext third = browser.newContext();
        try {
            Page p = third.newPage();
            new LabPage(p, url("")).open("/progress");
            p.locator(".lab-resume-code input").fill(code);
            p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue with this code"))
                    .click();
            Locator error = p.locator(".lab-resume-code[invalid] [slot=error-message]");
            p.waitForCondition(() -> error.count() > 0 && error.innerText().startsWith("This code does not work"));
        } finally {
            third.close();
        }
    }

    @Test
    void the_record_downloads_as_json_and_reset_and_delete_forget_it_after_confirmation() throws Exception {
        player.passOptimum();
        lab.open("/progress");
        Download download =
                page.waitForDownload(() -> page.locator(".lab-download").click());
        String json = Files.readString(download.path());
        assertThat(json)
                .contains("\"format\":\"landscape-lab-record/1\"")
                .contains("\"kind\":\"PASSED\"")
                .contains("\"answer\":\"3\"")
                .contains("\"correct\":false");

        Locator row = lab.progressRow(LESSON);
        assertThat(row.getAttribute("data-progress")).containsPattern("· 1 of \\d+ checkpoints? passed");
        page.locator(".lab-reset").click();
        // Cancelling keeps everything.
        page.locator("vaadin-confirm-dialog-overlay, vaadin-confirm-dialog")
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel"))
                .click();
        assertThat(row.getAttribute("data-progress")).containsPattern("· 1 of \\d+ checkpoints? passed");
        page.locator(".lab-reset").click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Reset").setExact(true))
                .click();
        page.waitForCondition(() -> row.getAttribute("data-progress").startsWith("0 of"));

        player.passOptimum();
        lab.open("/progress");
        page.locator(".lab-delete").click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Delete").setExact(true))
                .click();
        page.waitForCondition(() -> row.getAttribute("data-progress").startsWith("0 of"));
        Download after =
                page.waitForDownload(() -> page.locator(".lab-download").click());
        assertThat(Files.readString(after.path())).doesNotContain("PASSED");
    }

    @Test
    void a_forged_learner_cookie_shows_nothing_of_anyone_and_is_replaced() {
        player.passOptimum();
        String real = learnerCookie(context).getFirst().value;

        BrowserContext forger = browser.newContext();
        try {
            // A well-formed token nobody was given, and a replay of a real one with one character changed.
            String forged = real.substring(0, real.length() - 1) + (real.endsWith("A") ? "B" : "A");
            forger.addCookies(List.of(
                    new Cookie("lab_learner", forged).setDomain("localhost").setPath("/")));
            Page p = forger.newPage();
            Locator row = new LabPage(p, url("")).open("/progress").progressRow(LESSON);
            assertThat(row.getAttribute("data-progress")).startsWith("0 of");
            assertThat(learnerCookie(forger).getFirst().value)
                    .isNotEqualTo(forged)
                    .isNotEqualTo(real);
        } finally {
            forger.close();
        }
    }
}
