package org.landscapelab.lessons;

/**
 * What the catalog shows of a lesson.
 *
 * @param slug the lesson's folder name, also its URL segment
 * @param title from the front matter
 * @param summary one line, from the front matter
 * @param minutes estimated time to complete
 */
public record LessonSummary(String slug, String title, String summary, int minutes) {}
