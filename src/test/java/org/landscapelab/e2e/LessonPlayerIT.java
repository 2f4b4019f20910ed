package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.Step;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Walking a shipped lesson: buttons, arrow keys, step list, browser history, formulas. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LessonPlayerIT extends BrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    LessonRepository lessons;

    private BrowserContext context;
    private PlayerPage player;
    private Lesson lesson;
    private String testName;

    @BeforeEach
    void newContext(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        player = new PlayerPage(context.newPage(), "http://localhost:" + port);
        lesson = lessons.current().find("matrix-multiplication").orElseThrow();
        assertThat(lesson.steps()).hasSizeGreaterThanOrEqualTo(3);
    }

    @AfterEach
    void screenshotAndClose() {
        player.page()
                .screenshot(new Page.ScreenshotOptions()
                        .setPath(BrowserSupport.screenshot(testName))
                        .setFullPage(true));
        context.close();
    }

    private List<String> titles() {
        return lesson.steps().stream().map(Step::title).toList();
    }

    @Test
    void next_and_previous_buttons_walk_the_steps_and_each_step_has_its_url() {
        player.open("/lessons/matrix-multiplication");
        assertThat(player.stepTitle()).isEqualTo(titles().get(0));
        assertThat(player.progressText()).isEqualTo("Step 1 of " + titles().size());
        assertThat(player.previous().isDisabled()).isTrue();
        // A move swaps the step only: the lesson's header stays the same element in the page.
        player.page().evaluate("document.querySelector('.lab-lesson-header').dataset.kept = 'yes'");

        player.goNext(lesson.steps().get(1).id());
        assertThat(player.page().url())
                .endsWith("/lessons/matrix-multiplication/"
                        + lesson.steps().get(1).id());
        assertThat(player.stepTitle()).isEqualTo(titles().get(1));
        assertThat(player.progressText()).isEqualTo("Step 2 of " + titles().size());
        assertThat(player.page().locator(".lab-lesson-header[data-kept=yes]").count())
                .isEqualTo(1);
        assertThat(player.currentStepLink().getAttribute("data-step"))
                .isEqualTo(lesson.steps().get(1).id());
        assertThat(player.currentStepLink().count()).isEqualTo(1);
        assertThat(player.previous().isDisabled()).isFalse();

        player.goPrevious(lesson.steps().get(0).id());
        assertThat(player.stepTitle()).isEqualTo(titles().get(0));
    }

    @Test
    void arrow_keys_move_between_steps_and_focus_lands_on_the_step_heading() {
        player.open("/lessons/matrix-multiplication");

        player.page().keyboard().press("ArrowRight");
        player.waitForStep(lesson.steps().get(1).id());
        assertThat(player.focusedText()).isEqualTo(titles().get(1));

        player.page().keyboard().press("ArrowRight");
        player.waitForStep(lesson.steps().get(2).id());
        player.page().keyboard().press("ArrowLeft");
        player.waitForStep(lesson.steps().get(1).id());
        assertThat(player.stepTitle()).isEqualTo(titles().get(1));
    }

    @Test
    void browser_back_and_forward_follow_the_steps() {
        player.open("/lessons/matrix-multiplication");
        player.stepLink(lesson.steps().get(2).id()).click();
        player.waitForStep(lesson.steps().get(2).id());

        player.page().goBack();
        player.waitForStep(lesson.steps().get(0).id());
        player.page().goForward();
        player.waitForStep(lesson.steps().get(2).id());
        assertThat(player.stepTitle()).isEqualTo(titles().get(2));
    }

    @Test
    void a_step_url_opens_that_step_and_its_formulas_are_typeset() {
        Step theorem = lesson.step("theorem").orElseThrow();
        player.open("/lessons/matrix-multiplication/theorem");

        assertThat(player.stepTitle()).isEqualTo(theorem.title());
        assertThat(player.page().locator(".lab-step lab-math .katex").count()).isGreaterThan(5);
        assertThat(player.page().locator("lab-math[data-error]").count()).isZero();
        assertThat(player.page().locator(".lab-theorem .lab-directive-title").innerText())
                .startsWith("Theorem 2");
    }

    @Test
    void an_unknown_step_gives_not_found() {
        player.open("/lessons/matrix-multiplication/no-such-step");

        assertThat(player.page().locator("main h1").innerText()).isEqualTo("Page not found");
    }

    @Test
    void phone_width_shows_steps_as_chips_without_horizontal_scrolling() {
        player.page().setViewportSize(360, 2400);
        for (Step step : lesson.steps()) {
            player.open("/lessons/matrix-multiplication/" + step.id());
            assertThat(new LabPage(player.page(), "").elementsWiderThanViewport())
                    .as("elements wider than the phone on step %s", step.id())
                    .isEmpty();
            player.page()
                    .screenshot(new Page.ScreenshotOptions()
                            .setFullPage(true)
                            .setPath(BrowserSupport.screenshot("phone-lesson-a-" + step.id())));
        }
    }

    @Test
    void every_step_of_every_lesson_fits_a_phone_in_both_themes() {
        context.addInitScript("localStorage.setItem('lab-theme', 'dark')");
        player.page().setViewportSize(360, 2400);
        for (var summary : lessons.current().lessons()) {
            Lesson l = lessons.current().find(summary.slug()).orElseThrow();
            for (Step step : l.steps()) {
                player.open("/lessons/" + l.slug() + "/" + step.id());
                player.waitForWidgetSummaries();
                assertThat(new LabPage(player.page(), "").elementsWiderThanViewport())
                        .as("elements wider than the phone on %s/%s", l.slug(), step.id())
                        .isEmpty();
                // KaTeX itself typesets every formula of the shipped lessons (the validator checks only structure).
                assertThat(player.page().locator("lab-math[data-error]").allInnerTexts())
                        .as("formulas KaTeX refused on %s/%s", l.slug(), step.id())
                        .isEmpty();
                player.page()
                        .screenshot(new Page.ScreenshotOptions()
                                .setPath(BrowserSupport.screenshot("phone-dark-" + l.slug() + "-" + step.id())));
            }
        }
    }

    @Test
    void a_term_in_the_text_shows_its_definition_and_leads_to_the_glossary() {
        player.openStep("/lessons/matrix-multiplication/theorem");
        com.microsoft.playwright.Page page = player.page();
        com.microsoft.playwright.Locator term = page.locator(
                ".lab-step-content a.lab-term",
                new com.microsoft.playwright.Page.LocatorOptions().setHasText("null space"));
        assertThat(term.getAttribute("title")).contains("Wv = 0");
        page.setViewportSize(1280, 500); // the entry is then below the fold unless the page scrolls to it
        term.click();
        page.waitForURL("**/glossary#term-null-space");
        com.microsoft.playwright.Locator entry = page.locator("#term-null-space");
        entry.locator("h2").waitFor();
        assertThat(entry.locator("h2").innerText()).isEqualTo("null space");
        // scrolled to, not left below the fold
        page.waitForCondition(
                () -> ((Number) entry.evaluate("e => e.getBoundingClientRect().top")).doubleValue() < 250);
        entry.locator("lab-math .katex").first().waitFor();
        assertThat(page.locator(".lab-glossary-entry").count())
                .isEqualTo(lessons.current().glossary().entries().size());
    }

    @Test
    void search_finds_a_term_in_the_lessons_and_the_glossary_and_leads_there() {
        com.microsoft.playwright.Page page = player.page();
        page.navigate("http://localhost:" + port + "/search?q=null%20space");
        com.microsoft.playwright.Locator hits = page.locator(".lab-search-hits li");
        hits.first().waitFor();
        assertThat(hits.evaluateAll("items => items.map(i => i.dataset.step)").toString())
                .contains("theorem")
                .contains("null-space");
        assertThat(page.locator(".lab-search-hits mark").first().innerText()).isEqualToIgnoringCase("null");

        // typing searches as you go, and the address follows
        com.microsoft.playwright.Locator field = page.locator(".lab-search-field input");
        field.fill("bottleneck");
        page.waitForCondition(
                () -> page.locator(".lab-search-count").innerText().contains("“bottleneck”"));
        page.waitForCondition(() -> page.url().endsWith("search?q=bottleneck"));
        assertThat(page.locator(".lab-search-hits li[data-step=no-bottleneck]").count())
                .isEqualTo(1);

        page.locator(".lab-search-hits li[data-step=depth] a").click();
        page.waitForURL("**/lessons/deep-networks/depth");
        page.locator(".lab-step").waitFor();
    }
}
