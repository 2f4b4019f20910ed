package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.LessonSummary;
import org.landscapelab.lessons.Step;
import org.landscapelab.widgets.WidgetRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Nothing is cut off: on a wide screen no display formula or table needs to scroll; on a phone (390 px) the ones
 * that do scroll can be scrolled with the keyboard and show a shadow on the side where more is hidden. Checked on
 * every step a new student can open and on every widget's playground page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OverflowIT extends PageTest {

    private static final String BOXES =
            "lab-math[display], .lab-table, .lab-result-section, .lab-prose table, .lab-prose pre";

    @Autowired
    LessonRepository lessons;

    @Autowired
    WidgetRegistry widgets;

    private List<String> pages() {
        LessonCatalog catalog = lessons.current();
        List<String> paths = new ArrayList<>();
        for (LessonSummary l : catalog.lessons()) {
            // the steps up to the first required checkpoint: those a new student sees
            for (Step step : catalog.find(l.slug()).orElseThrow().steps()) {
                paths.add("/lessons/" + l.slug() + "/" + step.id());
                if (step.blocks().stream()
                        .anyMatch(b -> b instanceof org.landscapelab.lessons.Block.Checkpoint c && c.required())) {
                    break;
                }
            }
        }
        widgets.all().forEach(w -> paths.add("/playground/" + w.name()));
        return paths;
    }

    // [selector, overflow in px, keyboard-scrollable, shadow on the right] of every box that scrolls sideways
    @SuppressWarnings("unchecked")
    private List<List<Object>> overflowing(String path) {
        page.navigate("http://localhost:" + port + path);
        page.locator("main").first().waitFor();
        page.waitForCondition(() -> page.locator("[data-work=running]").count() == 0);
        page.waitForCondition(() ->
                page.locator("lab-math:not([data-error]):not(:has(.katex))").count() == 0);
        page.waitForTimeout(300); // the scroll hints follow the layout by a frame
        return (List<List<Object>>) page.evaluate(
                "sel => [...document.querySelectorAll(sel)]"
                        + ".filter(e => e.scrollWidth - e.clientWidth > 1)"
                        + ".map(e => [(e.getAttribute('tex') || e.className).slice(0, 40),"
                        + " e.scrollWidth - e.clientWidth,"
                        + " e.tagName !== 'LAB-MATH' || e.getAttribute('tabindex') === '0',"
                        + " e.classList.contains('lab-more-right')])",
                BOXES);
    }

    @Test
    void on_a_wide_screen_no_formula_or_table_scrolls() {
        page.setViewportSize(1280, 1000);
        Map<String, List<List<Object>>> found = new java.util.LinkedHashMap<>();
        for (String path : pages()) {
            List<List<Object>> over = overflowing(path);
            if (!over.isEmpty()) {
                found.put(path, over);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void on_a_phone_what_scrolls_sideways_says_so_and_scrolls_by_keyboard() {
        page.setViewportSize(390, 844);
        int scrolling = 0;
        for (String path : pages()) {
            for (List<Object> box : overflowing(path)) {
                scrolling++;
                assertThat(box.get(2))
                        .as(path + " " + box + ": keyboard-scrollable")
                        .isEqualTo(true);
                assertThat(box.get(3))
                        .as(path + " " + box + ": shadow where more is hidden")
                        .isEqualTo(true);
            }
        }
        assertThat(scrolling)
                .as("some wide formulas and tables do scroll on a phone")
                .isPositive();
    }
}
