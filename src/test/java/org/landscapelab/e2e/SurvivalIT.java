package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a student's progress must survive, with the packaged app in its own process: {@code kill -9} of the server
 * a moment after a checkpoint is passed, and a move between two instances that share one PostgreSQL.
 */
class SurvivalIT extends BrowserTest {

    private static final String LESSON = "two-layer-networks";

    @Test
    void a_passed_checkpoint_and_the_place_in_the_lesson_survive_kill_9_and_a_restart() throws Exception {
        Path data = Files.createTempDirectory("lab-kill-");
        List<Cookie> cookie;
        try (AppProcess app = AppProcess.start(data, Map.of())) {
            BrowserContext before = browser.newContext();
            Page page = before.newPage();
            new PlayerPage(page, app.url("")).passOptimum().openStep("/lessons/" + LESSON + "/train?trainer.rate=0.02");
            cookie = before.cookies().stream()
                    .filter(c -> c.name.equals("lab_learner"))
                    .toList();
            before.close();
            app.kill();
        }

        try (AppProcess again = AppProcess.start(data, Map.of())) {
            BrowserContext after = browser.newContext();
            after.addCookies(cookie);
            Page page = after.newPage();
            assertContinuesWhereItLeft(page, again);
            after.close();
        }
    }

    @Test
    void a_student_moves_between_two_instances_on_one_postgresql_mid_lesson() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Map<String, String> db = Map.of(
                    "LAB_DB_URL",
                    postgres.getJdbcUrl("postgres", "postgres"),
                    "LAB_DB_USER",
                    "postgres",
                    "LAB_DB_PASSWORD",
                    "");
            try (AppProcess a = AppProcess.start(Files.createTempDirectory("lab-a-"), db);
                    AppProcess b = AppProcess.start(Files.createTempDirectory("lab-b-"), db)) {
                BrowserContext student = browser.newContext();
                Page page = student.newPage();
                new PlayerPage(page, a.url(""))
                        .passOptimum()
                        .openStep("/lessons/" + LESSON + "/train?trainer.rate=0.02");
                // The load balancer sends the next request to the other instance: a new HTTP session there, the
                // same learner cookie (cookies are per host, not per port).
                assertContinuesWhereItLeft(page, b);
                student.close();
            }
        }
    }

    @Test
    void lessons_work_while_the_database_is_away_with_a_quiet_notice_and_progress_is_saved_when_it_is_back()
            throws Exception {
        int pgPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        // The database the app is configured with is not there when it starts.
        Map<String, String> db = Map.of(
                "LAB_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + pgPort + "/postgres",
                "LAB_DB_USER",
                "postgres",
                "LAB_DB_PASSWORD",
                "");
        try (AppProcess app = AppProcess.start(Files.createTempDirectory("lab-outage-"), db)) {
            BrowserContext student = browser.newContext();
            Page page = student.newPage();
            PlayerPage player = new PlayerPage(page, app.url("")).passOptimum();
            Locator notice = page.locator(".lab-not-saving");
            // Students' pages hold no websocket: the notice comes with the page's next request.
            BrowserSupport.untilTrue(page, notice::isVisible, 30_000);
            assertThat(notice.innerText()).isEqualTo("Progress not saved right now");
            assertThat(player.checkpoints().first().getAttribute("data-passed")).isNotNull();
            List<Cookie> cookie = student.cookies().stream()
                    .filter(c -> c.name.equals("lab_learner"))
                    .toList();

            try (EmbeddedPostgres postgres =
                    EmbeddedPostgres.builder().setPort(pgPort).start()) {
                // The retries find it, migrate it, write what waited, and the notice goes away at the next request.
                BrowserSupport.untilTrue(page, () -> !notice.isVisible(), 60_000);
                BrowserContext later = browser.newContext();
                later.addCookies(cookie);
                Page again = later.newPage();
                LabPage catalog = new LabPage(again, app.url("")).open("/");
                assertThat(catalog.card(LESSON).locator("[data-progress]").innerText())
                        .containsPattern("· 1 of \\d+ checkpoints? passed");
                later.close();
            }
            student.close();
            assertThat(Files.readString(app.log))
                    .doesNotContain("Exception in thread")
                    .doesNotContain(cookie.getFirst().value);
        }
    }

    private static void assertContinuesWhereItLeft(Page page, AppProcess app) {
        Locator card = new LabPage(page, app.url("")).open("/").card(LESSON);
        assertThat(card.locator("[data-progress]").innerText()).containsPattern("· 1 of \\d+ checkpoints? passed");
        Locator go = card.locator(".lab-card-continue");
        assertThat(go.getAttribute("href"))
                .contains("lessons/" + LESSON + "/train?")
                .contains("trainer.rate=0.02");
        go.click();
        page.waitForURL("**/train?**trainer.rate=0.02**");
        Locator checkpoint = new PlayerPage(page, app.url(""))
                .openStep("/lessons/" + LESSON + "/optimum")
                .waitForCheckpoint(0);
        assertThat(checkpoint.getAttribute("data-passed")).isNotNull();
    }
}
