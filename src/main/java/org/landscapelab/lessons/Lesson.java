package org.landscapelab.lessons;

/**
 * A loaded lesson.
 *
 * @param summary catalog data
 * @param html the body rendered from Markdown and sanitized; safe to insert into a page
 */
public record Lesson(LessonSummary summary, String html) {}
