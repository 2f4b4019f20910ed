package org.landscapelab.lessons;

import java.nio.file.Path;

/**
 * Something wrong in a lesson file, located for the instructor as {@code path:line:col: message}.
 *
 * <p>An error keeps the file from being served (students keep the last good version); a warning is served as
 * written and only tells the author what students will not see as written, e.g. HTML the sanitizer removes.
 *
 * @param file the file, relative to the lessons folder
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and what was expected, with a fix hint where there is one
 * @param warning true for a warning, false for an error
 */
public record LessonProblem(Path file, int line, int column, String message, boolean warning) {

    public LessonProblem(Path file, int line, int column, String message) {
        this(file, line, column, message, false);
    }

    public LessonProblem(Path file, int line, String message) {
        this(file, line, 0, message);
    }

    static LessonProblem warning(Path file, int line, int column, String message) {
        return new LessonProblem(file, line, column, message, true);
    }

    public boolean error() {
        return !warning;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (warning ? "warning: " : "") + message;
    }
}
