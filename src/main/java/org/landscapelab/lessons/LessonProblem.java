package org.landscapelab.lessons;

import java.nio.file.Path;

/**
 * Something wrong in a lesson file, located for the instructor as {@code path:line:col: message}.
 *
 * @param file the file, relative to the lessons folder
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong and what was expected, with a fix hint where there is one
 */
public record LessonProblem(Path file, int line, int column, String message) {

    public LessonProblem(Path file, int line, String message) {
        this(file, line, 0, message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
