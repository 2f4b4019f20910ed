package org.landscapelab.lessons;

/**
 * What the catalog shows of a lesson.
 *
 * @param slug the lesson's folder name, also its URL segment
 * @param title from the front matter, as written (formulas as {@code $…$} source): for the page title and labels
 * @param summary one line, from the front matter, as written
 * @param minutes estimated time to complete
 * @param draft {@code draft: true} in the front matter: shown to signed-in instructors only
 * @param titleHtml the title as inline HTML, formulas as {@code lab-math} elements, safe to set as innerHTML
 * @param summaryHtml the summary likewise
 */
public record LessonSummary(
        String slug, String title, String summary, int minutes, boolean draft, String titleHtml, String summaryHtml) {

    /** A published lesson; the HTML forms are made from the text. */
    public LessonSummary(String slug, String title, String summary, int minutes) {
        this(slug, title, summary, minutes, false, MarkdownRenderer.inline(title), MarkdownRenderer.inline(summary));
    }
}
