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
            ProgressIT.passOptimum(page, app.url(""));
            page.navigate(app.url("/lessons/" + LESSON + "/train?trainer.rate=0.02"));
            page.locator(".lab-step").waitFor();
            cookie = before.cookies().stream().filter(c -> c.name.equals("lab_learner")).toList();
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
            Map<String, String> db = Map.of("LAB_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "LAB_DB_USER", "postgres", "LAB_DB_PASSWORD", "");
            try (AppProcess a = AppProcess.start(Files.createTempDirectory("lab-a-"), db);
                    AppProcess b = AppProcess.start(Files.createTempDirectory("lab-b-"), db)) {
                BrowserContext student = browser.newContext();
                Page page = student.newPage();
                ProgressIT.passOptimum(page, a.url(""));
                page.navigate(a.url("/lessons/" + LESSON + "/train?trainer.rate=0.02"));
                page.locator(".lab-step").waitFor();
                // The load balancer sends the next request to the other instance: a new HTTP session there, the
                // same learner cookie (cookies are per host, not per port).
                assertContinuesWhereItLeft(page, b);
                student.close();
            }
        }
    }

    private static void assertContinuesWhereItLeft(Page page, AppProcess app) {
        page.navigate(app.url("/"));
        Locator card = page.locator(".lab-card[data-slug='" + LESSON + "']");
        assertThat(card.locator("[data-progress]").innerText()).containsPattern("· 1 of \\d+ checkpoints? passed");
        Locator go = card.locator(".lab-card-continue");
        assertThat(go.getAttribute("href")).contains("lessons/" + LESSON + "/train?").contains("trainer.rate=0.02");
        go.click();
        page.waitForURL("**/train?**trainer.rate=0.02**");
        page.navigate(app.url("/lessons/" + LESSON + "/optimum"));
        Locator checkpoint = page.locator(".lab-checkpoint").first();
        checkpoint.waitFor();
        assertThat(checkpoint.getAttribute("data-passed")).isNotNull();
    }
}
