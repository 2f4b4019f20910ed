package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Draft lessons ({@code draft: true}) in a real browser: students never meet one, signed-in instructors see it marked
 * and play it. Also formulas in header fields. Works on its own lessons folder, never on lessons/.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lab.lessons-dir=target/it-lessons/drafts", "lab.admin.password=" + DraftsIT.ADMIN_PASSWORD})
class DraftsIT extends PageTest {

    static final String ADMIN_PASSWORD = "drafts-admin-password";
    private static final Path DIR = Path.of("target/it-lessons/drafts");
    private static final String DRAFT_TITLE = "Work in progress";

    // Runs before the Spring context starts, so the app reads this folder from the beginning. The draft is not in
    // course.yml, which a draft may be.
    static {
        try {
            Files.createDirectories(DIR.resolve("published"));
            Files.createDirectories(DIR.resolve("wip"));
            Files.createDirectories(DIR.resolve("unpublished"));
            // `unpublished` keeps its place in the course but is hidden by course.yml, its file untouched
            Files.writeString(
                    DIR.resolve("course.yml"),
                    "title: Drafts demo\nparts:\n  - title: Basics\n    lessons: [published, unpublished]\n"
                            + "drafts: [unpublished]\n");
            Files.writeString(
                    DIR.resolve("unpublished/lesson.md"), "---\ntitle: Taken back\n---\n\n## Only step\nText.\n");
            Files.writeString(DIR.resolve("published/lesson.md"), """
                    ---
                    title: Minima of $L^*$
                    summary: Where $W_1 W_2$ is open.
                    minutes: 5
                    objectives:
                      - Compute $\\operatorname{rank} W$.
                    ---

                    ## First step
                    Published text.
                    """);
            Files.writeString(DIR.resolve("wip/lesson.md"), """
                    ---
                    title: Work in progress
                    summary: Not for students yet.
                    draft: true
                    ---

                    ## First step {#one}
                    Draft text.
                    """);
            Files.writeString(DIR.resolve("published/data.txt"), "published data");
            Files.writeString(DIR.resolve("wip/data.txt"), "draft data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitForPage(Page p) {
        p.locator("vaadin-app-layout").waitFor();
        p.locator("main h1").first().waitFor();
    }

    // Through an instructor page, so the sign-in lands somewhere known (as InstructorIT does).
    private void signInAsInstructor() {
        page.navigate(url("/instructor"));
        page.waitForURL("**/login");
        page.locator("vaadin-login-form input[name=username]").waitFor();
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForURL(u -> u.matches(".*/instructor(\\?continue)?"));
    }

    @Test
    void a_student_meets_the_draft_nowhere_not_on_the_catalog_in_the_drawer_or_on_my_progress() {
        page.navigate(url("/"));
        waitForPage(page);
        page.locator(".lab-card[data-slug='published']").waitFor();

        assertThat(page.locator(".lab-card[data-slug='wip']").count()).isZero();
        assertThat(page.locator(".lab-card[data-slug='unpublished']").count()).isZero();
        assertThat(page.locator(".lab-draft-badge").count()).isZero();
        assertThat(page.locator("main").innerText()).doesNotContain(DRAFT_TITLE);
        assertThat(page.locator("vaadin-side-nav-item").allInnerTexts()).noneMatch(t -> t.contains(DRAFT_TITLE));

        page.navigate(url("/progress"));
        waitForPage(page);
        page.locator(".lab-progress-row[data-slug='published']").waitFor();
        assertThat(page.locator(".lab-progress-row[data-slug='wip']").count()).isZero();
    }

    @Test
    void a_drafts_address_gives_a_student_the_not_found_page_like_an_unknown_lesson() {
        Response unknown = page.navigate(url("/lessons/no-such-lesson"));
        waitForPage(page);
        String unknownHeading = page.locator("main h1").first().innerText();

        for (String path : new String[] {"/lessons/wip", "/lessons/wip/one", "/lessons/unpublished"}) {
            Response draft = page.navigate(url(path));
            waitForPage(page);
            assertThat(page.locator("main h1").first().innerText())
                    .as(path)
                    .isEqualTo(unknownHeading)
                    .isEqualTo("Page not found");
            assertThat(draft.status()).as(path).isEqualTo(unknown.status());
            assertThat(page.locator(".lab-step").count()).isZero();
            assertThat(page.locator("main").innerText()).doesNotContain(DRAFT_TITLE);
        }
        // the files beside a draft's lesson.md are not served to students either
        assertThat(context.request()
                        .get(url("/lesson-files/published/data.txt"))
                        .status())
                .isEqualTo(200);
        assertThat(context.request().get(url("/lesson-files/wip/data.txt")).status())
                .isEqualTo(404);
    }

    @Test
    void a_signed_in_instructor_sees_the_draft_with_its_badge_plays_it_and_the_class_view_does_not_count_it() {
        signInAsInstructor();
        // the class view counts the course students see
        page.locator(".lab-class-lesson[data-lesson='published']").waitFor();
        assertThat(page.locator(".lab-class-lesson[data-lesson='wip']").count()).isZero();

        page.navigate(url("/"));
        waitForPage(page);
        Locator card = page.locator(".lab-card[data-slug='wip']");
        card.waitFor();
        assertThat(card.locator(".lab-draft-badge").innerText()).isEqualTo("Draft");
        assertThat(card.locator("h3").innerText()).isEqualTo(DRAFT_TITLE);
        // listed under drafts: in course.yml: a draft in its place in the part
        assertThat(page.locator(".lab-catalog-part")
                        .first()
                        .locator(".lab-card[data-slug='unpublished'] .lab-draft-badge")
                        .innerText())
                .isEqualTo("Draft");
        assertThat(page.locator(".lab-card[data-slug='published'] .lab-draft-badge")
                        .count())
                .isZero();
        // not in course.yml: after the course's parts
        assertThat(page.locator(".lab-catalog-part")
                        .last()
                        .locator(".lab-card[data-slug='wip']")
                        .count())
                .isEqualTo(1);

        // the drawer lists it too, marked
        Locator drawerItem = page.locator("vaadin-side-nav-item[path$='lessons/wip']");
        assertThat(drawerItem.locator(".lab-draft-badge").innerText()).isEqualTo("Draft");
        assertThat(drawerItem.getAttribute("title")).isEqualTo(DRAFT_TITLE + " (draft)");

        card.locator("h3 a").click();
        page.waitForURL("**/lessons/wip");
        page.locator(".lab-step").waitFor();
        assertThat(page.locator(".lab-lesson-header h1").innerText()).isEqualTo(DRAFT_TITLE);
        assertThat(page.locator(".lab-lesson-header .lab-draft-badge").innerText())
                .isEqualTo("Draft");
        assertThat(page.locator(".lab-step-content").innerText()).contains("Draft text.");
        assertThat(context.request().get(url("/lesson-files/wip/data.txt")).text())
                .isEqualTo("draft data");
        page.screenshot(new Page.ScreenshotOptions().setPath(BrowserSupport.screenshot("draft-instructor")));

        // Trying the draft leaves nothing in the learning records; a published lesson opened after it is recorded,
        // so once that is there, anything from the draft would be too.
        page.navigate(url("/lessons/published"));
        page.locator(".lab-step").waitFor();
        java.time.Instant from = java.time.Instant.EPOCH;
        java.time.Instant to = java.time.Instant.now().plusSeconds(3600);
        page.waitForCondition(
                () -> !progress.lessonEvents("published", from, to).isEmpty());
        assertThat(progress.lessonEvents("wip", from, to)).isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.landscapelab.records.ProgressRepository progress;

    @Test
    void formulas_in_the_title_summary_and_objectives_are_typeset_and_the_page_title_keeps_their_source() {
        page.navigate(url("/"));
        waitForPage(page);
        Locator card = page.locator(".lab-card[data-slug='published']");
        card.waitFor();
        assertThat(card.locator("h3 lab-math").getAttribute("tex")).isEqualTo("L^*");
        assertThat(card.locator("p lab-math").getAttribute("tex")).isEqualTo("W_1 W_2");
        card.locator("h3 lab-math .katex").waitFor();
        assertThat(card.locator("h3").innerText()).doesNotContain("$");
        Locator drawerItem = page.locator("vaadin-side-nav-item[path$='lessons/published']");
        drawerItem.locator("lab-math .katex").waitFor();
        assertThat(drawerItem.innerText()).startsWith("Minima of").doesNotContain("$");
        assertThat(drawerItem.getAttribute("title")).isEqualTo("Minima of $L^*$");

        page.navigate(url("/lessons/published"));
        page.locator(".lab-step").waitFor();
        Locator header = page.locator(".lab-lesson-header");
        assertThat(header.locator("h1 lab-math").getAttribute("tex")).isEqualTo("L^*");
        assertThat(header.locator(".lab-lead lab-math").getAttribute("tex")).isEqualTo("W_1 W_2");
        assertThat(header.locator(".lab-lesson-about li lab-math").getAttribute("tex"))
                .isEqualTo("\\operatorname{rank} W");
        assertThat(page.title()).isEqualTo("Minima of $L^*$ · Landscape Lab");
        assertThat(header.locator("lab-math[data-error]").count()).isZero();
    }
}
