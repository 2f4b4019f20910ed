package org.landscapelab.config;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.landscapelab.lessons.CheckpointSelfTest;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.lessons.WidgetSchemas;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * {@code java -jar landscape-lab.jar validate [DIR] [--variants N]}: checks every lesson without starting the server.
 * Prints {@code path:line:col: message} per problem ({@code warning: } before the message of a warning); exit code 1
 * when there is an error, 0 otherwise (warnings alone do not fail a build).
 *
 * <p>With {@code --variants N}, every {@code {checkpoint}} is also tested on N variants (seeds 1…N): its reference
 * answer must be graded right and its wrong answers wrong, by the grader students get. Each failure is printed as
 * {@code path:line: checkpoint <id>: variant seed S: what went wrong} and fails the run.
 */
public final class ValidateCommand {

    private ValidateCommand() {}

    static final String USAGE = "usage: validate [DIR] [--variants N]";

    public static int run(List<String> args, PrintStream out) {
        return run(args, out, WidgetRegistry.standard());
    }

    /** With another registry: tests give checkpoint types of their own. */
    static int run(List<String> args, PrintStream out, WidgetSchemas widgets) {
        String folder = null;
        int variants = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--variants")) {
                variants = i + 1 < args.size() ? count(args.get(++i)) : -1;
                if (variants < 1) {
                    out.println("--variants needs a whole number from 1 to " + MAX_VARIANTS + "; " + USAGE);
                    return 2;
                }
            } else if (folder == null && !arg.startsWith("--")) {
                folder = arg;
            } else {
                out.println("unexpected argument `" + arg + "`; " + USAGE);
                return 2;
            }
        }
        Path dir = Path.of(folder == null ? defaultDir() : folder);
        LessonCatalog catalog = LessonCatalog.load(dir, widgets);
        List<LessonProblem> problems = catalog.problems();
        for (LessonProblem p : problems) {
            Path file = p.file().isAbsolute() ? p.file() : dir.resolve(p.file());
            out.println(
                    file + ":" + p.line() + ":" + p.column() + ": " + (p.warning() ? "warning: " : "") + p.message());
        }
        long errors = problems.stream().filter(LessonProblem::error).count();
        long warnings = problems.size() - errors;
        String warned = warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings");
        // Drafts are validated like the rest, so they are counted, and named as such.
        int all = catalog.lessons(true).size();
        int drafts = all - catalog.lessons().size();
        String counted = all
                + (all == 1 ? " lesson" : " lessons")
                + (drafts == 0 ? "" : " (" + drafts + (drafts == 1 ? " draft)" : " drafts)"));
        out.println(
                errors == 0
                        ? "OK: " + counted + " in " + dir + ", no problems"
                                + (warned.isEmpty() ? "." : "; " + warned + ".")
                        : errors + (errors == 1 ? " problem" : " problems") + (warned.isEmpty() ? "" : " and " + warned)
                                + " in the lessons folder " + dir + ".");
        boolean variantsOk = variants == 0 || variants(catalog, widgets, variants, dir, out);
        return errors == 0 && variantsOk ? 0 : 1;
    }

    static final int MAX_VARIANTS = 1_000_000;

    /** How many failures alike (same checkpoint, same message) are printed before they are counted instead. */
    static final int SHOWN_ALIKE = 3;

    private static int count(String text) {
        try {
            int n = Integer.parseInt(text);
            return n <= MAX_VARIANTS ? n : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Tests the checkpoints on variants; prints each failure and a summary; true when none failed. */
    private static boolean variants(
            LessonCatalog catalog, WidgetSchemas widgets, int variants, Path dir, PrintStream out) {
        long start = System.nanoTime();
        CheckpointSelfTest.Report report = CheckpointSelfTest.run(catalog, widgets, variants);
        double seconds = (System.nanoTime() - start) / 1e9;
        // A checkpoint that fails the same way at every seed would print N lines alike: the first few say it.
        Map<String, Integer> alike = new LinkedHashMap<>();
        Map<String, String> places = new LinkedHashMap<>();
        for (CheckpointSelfTest.Failure f : report.failures()) {
            Path file = f.file().isAbsolute() ? f.file() : dir.resolve(f.file());
            String place = file + ":" + f.line() + ": checkpoint " + f.checkpoint() + ": ";
            places.putIfAbsent(place + f.message(), place);
            if (alike.merge(place + f.message(), 1, Integer::sum) <= SHOWN_ALIKE) {
                out.println(new CheckpointSelfTest.Failure(file, f.line(), f.checkpoint(), f.seed(), f.message()));
            }
        }
        alike.forEach((failure, n) -> {
            if (n > SHOWN_ALIKE) {
                out.println(places.get(failure) + "the same failure at " + (n - SHOWN_ALIKE) + " more seeds");
            }
        });
        int failed = report.failures().size();
        out.println((failed == 0 ? "OK: " : "")
                + report.variants() + (report.variants() == 1 ? " variant" : " variants") + " of "
                + report.checkpoints() + (report.checkpoints() == 1 ? " checkpoint" : " checkpoints")
                + " (" + report.questions() + (report.questions() == 1 ? " distinct question)" : " distinct questions)")
                + " checked in " + String.format(Locale.ROOT, "%.1f", seconds) + " s"
                + (failed == 0
                        ? ", every answer graded as expected."
                        : "; " + failed + (failed == 1 ? " failure." : " failures.")));
        return failed == 0;
    }

    // The same setting the server reads, without starting Spring.
    private static String defaultDir() {
        String env = System.getenv("LAB_LESSONS_DIR");
        return System.getProperty("lab.lessons-dir", env == null || env.isBlank() ? "lessons" : env);
    }
}
