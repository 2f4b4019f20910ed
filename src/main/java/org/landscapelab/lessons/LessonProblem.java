package org.landscapelab.lessons;

import java.nio.file.Path;

/**
 * Something wrong in a lesson file, located for the instructor.
 *
 * @param file the file, relative to the lessons folder
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what was expected
 */
public record LessonProblem(Path file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
