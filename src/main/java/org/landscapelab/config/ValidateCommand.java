package org.landscapelab.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * {@code java -jar landscape-lab.jar validate [DIR]}: checks every lesson without starting the server. Prints
 * {@code path:line:col: message} per problem; exit code 1 when there is any, 0 otherwise.
 */
public final class ValidateCommand {

    private ValidateCommand() {}

    public static int run(List<String> args, PrintStream out) {
        Path dir = Path.of(args.isEmpty() ? defaultDir() : args.getFirst());
        LessonCatalog catalog = LessonCatalog.load(dir, WidgetRegistry.standard());
        List<LessonProblem> problems = catalog.problems();
        for (LessonProblem p : problems) {
            Path file = p.file().isAbsolute() ? p.file() : dir.resolve(p.file());
            out.println(file + ":" + p.line() + ":" + p.column() + ": " + p.message());
        }
        out.println(problems.isEmpty()
                ? "OK: " + catalog.lessons().size() + (catalog.lessons().size() == 1 ? " lesson" : " lessons") + " in "
                        + dir + ", no problems."
                : problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the lessons folder "
                        + dir + ".");
        return problems.isEmpty() ? 0 : 1;
    }

    // The same setting the server reads, without starting Spring.
    private static String defaultDir() {
        String env = System.getenv("LAB_LESSONS_DIR");
        return System.getProperty("lab.lessons-dir", env == null || env.isBlank() ? "lessons" : env);
    }
}
