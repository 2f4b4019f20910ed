package org.landscapelab.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * {@code java -jar landscape-lab.jar validate [DIR]}: checks every lesson without starting the server. Prints
 * {@code path:line:col: message} per problem ({@code warning: } before the message of a warning); exit code 1
 * when there is an error, 0 otherwise (warnings alone do not fail a build).
 */
public final class ValidateCommand {

    private ValidateCommand() {}

    public static int run(List<String> args, PrintStream out) {
        Path dir = Path.of(args.isEmpty() ? defaultDir() : args.getFirst());
        LessonCatalog catalog = LessonCatalog.load(dir, WidgetRegistry.standard());
        List<LessonProblem> problems = catalog.problems();
        for (LessonProblem p : problems) {
            Path file = p.file().isAbsolute() ? p.file() : dir.resolve(p.file());
            out.println(
                    file + ":" + p.line() + ":" + p.column() + ": " + (p.warning() ? "warning: " : "") + p.message());
        }
        long errors = problems.stream().filter(LessonProblem::error).count();
        long warnings = problems.size() - errors;
        String warned = warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings");
        out.println(
                errors == 0
                        ? "OK: " + catalog.lessons().size() + (catalog.lessons().size() == 1 ? " lesson" : " lessons")
                                + " in " + dir + ", no problems" + (warned.isEmpty() ? "." : "; " + warned + ".")
                        : errors + (errors == 1 ? " problem" : " problems") + (warned.isEmpty() ? "" : " and " + warned)
                                + " in the lessons folder " + dir + ".");
        return errors == 0 ? 0 : 1;
    }

    // The same setting the server reads, without starting Spring.
    private static String defaultDir() {
        String env = System.getenv("LAB_LESSONS_DIR");
        return System.getProperty("lab.lessons-dir", env == null || env.isBlank() ? "lessons" : env);
    }
}
