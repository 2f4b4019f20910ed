package org.landscapelab.lessons;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writing lessons from the browser: the text of a lesson file, a preview of text not yet saved (the parser the
 * catalog uses, nothing written, the served version untouched), and a save that the hot reload then serves. A save
 * writes only {@code <lessons>/<folder>/lesson.md} for a folder name of {@link #FOLDER}, and only text without
 * errors.
 */
public final class LessonAuthoring {

    /** A lesson folder the dashboard may create or write: also a clean URL segment. */
    public static final Pattern FOLDER = Pattern.compile("[a-z][a-z0-9-]{0,59}");

    /** The limit the catalog puts on a lesson file, in bytes of UTF-8. */
    public static final long MAX_BYTES = LessonCatalog.MAX_FILE_BYTES;

    /** The text blocks ({@code {theorem}}, {@code {note}}, …) the parser knows, in the order authors meet them. */
    public static final List<String> TEXT_BLOCKS = TextDirectives.NAMES;

    /** The keys an {@code {expect}} claim may have. */
    public static final List<String> EXPECT_KEYS = ExpectDirective.KEYS;

    // Previews of a folder name still being typed check their relative links here, never outside the lessons folder.
    private static final String UNNAMED = "new-lesson";

    private final Path root;
    private final WidgetSchemas widgets;

    public LessonAuthoring(Path lessonsDir, WidgetSchemas widgets) {
        this.root = lessonsDir.toAbsolutePath().normalize();
        this.widgets = widgets;
    }

    /** A save that was not made, with the reason in words for the author. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    /**
     * The unsaved text as the catalog would read it.
     *
     * @param lesson the lesson as it would play, when it could be built (also with errors, to show what there is)
     * @param problems every problem, at its line
     * @param steps where each step starts, to place a problem in its step
     * @param draft once saved, students would not see it: its header says {@code draft: true}, or course.yml lists
     *     it under {@code drafts:}
     */
    public record Preview(Optional<Lesson> lesson, List<LessonProblem> problems, StepLines steps, boolean draft) {

        public Preview {
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(LessonProblem::error).count();
        }
    }

    /** The folders that hold a lesson.md, by name. */
    public List<String> lessonFolders() {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(LessonCatalog.LESSON_FILE)))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The lesson file of {@code folder} as it is on disk; empty when there is none (or the name leads elsewhere). */
    public Optional<String> text(String folder) {
        Path file = root.resolve(folder).normalize().resolve(LessonCatalog.LESSON_FILE);
        if (!root.equals(file.getParent().getParent()) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
    }

    public Preview preview(String folder, String text) {
        String slug = FOLDER.matcher(folder).matches() ? folder : UNNAMED;
        Path shown = Path.of(slug, LessonCatalog.LESSON_FILE);
        if (tooLarge(text)) {
            return new Preview(Optional.empty(), List.of(tooLarge(shown)), StepLines.of(""), false);
        }
        // the glossary as it is on disk now: the author may have just added the term
        LessonParser current = new LessonParser(widgets, LessonCatalog.glossary(root, new ArrayList<>()));
        LessonParser.Result result = LessonCatalog.parseSafely(current, root.resolve(slug), shown, text);
        return new Preview(
                result.lesson(), result.problems(), StepLines.of(text), result.draft() || listedAsDraft(slug));
    }

    /** Whether course.yml lists {@code slug} under {@code drafts:} (read now: the author may have just changed it). */
    private boolean listedAsDraft(String slug) {
        Path course = root.resolve(LessonCatalog.COURSE_FILE);
        try {
            if (!Files.isRegularFile(course) || Files.size(course) > MAX_BYTES) {
                return false;
            }
            return Course.read(Files.readString(course), Path.of(LessonCatalog.COURSE_FILE), new ArrayList<>())
                    .drafts()
                    .contains(slug);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    /**
     * Writes {@code text} as {@code <folder>/lesson.md}, creating the folder when it is new. The file is replaced in
     * one step (a temporary file in the same folder, then a rename), so the watcher never reads half a file.
     *
     * @throws Refused for a folder name that is not {@link #FOLDER} or leads outside the lessons folder, text over
     *     the size limit, or text with errors
     */
    public void save(String folder, String text) throws Refused, IOException {
        Path file = target(folder);
        if (tooLarge(text)) {
            throw new Refused(tooLarge(file).message());
        }
        long errors = preview(folder, text).errors();
        if (errors > 0) {
            throw new Refused("fix " + errors + (errors == 1 ? " problem" : " problems")
                    + " first: a lesson file with errors is not saved");
        }
        Files.createDirectories(file.getParent());
        // Not Files.createTempFile: its owner-only permissions would pass on to lesson.md.
        Path temp = file.resolveSibling(".lesson.md."
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@link #save} for a new lesson, which never replaces one that exists. */
    public void create(String folder, String text) throws Refused, IOException {
        if (Files.exists(target(folder), LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused("there is a lesson `" + folder + "` already; pick it in the list to edit it");
        }
        save(folder, text);
    }

    /** Where a save of {@code folder} writes, or why it may not. */
    Path target(String folder) throws Refused {
        if (folder == null || !FOLDER.matcher(folder).matches()) {
            throw new Refused("`" + folder + "` cannot be a lesson folder: use lowercase letters, digits and hyphens,"
                    + " starting with a letter, e.g. saddle-points");
        }
        Path dir = root.resolve(folder).normalize();
        if (!root.equals(dir.getParent())) {
            throw new Refused("`" + folder + "` is not a folder of the lessons folder");
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            // a symbolic link would take the save wherever it points
            throw new Refused("`" + folder + "` exists in the lessons folder and is not a plain folder");
        }
        try {
            if (Files.isDirectory(dir) && !dir.toRealPath().getParent().equals(root.toRealPath())) {
                throw new Refused("`" + folder + "` is not a folder of the lessons folder");
            }
        } catch (IOException e) {
            throw new Refused("`" + folder + "` cannot be checked: " + e.getMessage());
        }
        return dir.resolve(LessonCatalog.LESSON_FILE);
    }

    /** A lesson to start from: a draft, so students do not see it until the author removes {@code draft: true}. */
    public static String template() {
        return """
            ---
            title: A new lesson
            summary: One sentence on what the student will see.
            minutes: 10
            draft: true
            ---

            ## The question {#question}
            What does this lesson ask? Formulas work as in the other lessons: $L(W) = \\frac{1}{2}\\|W X - Y\\|^2$.

            ## An example {#example}
            Put a widget here; the widget reference (/widgets) lists them with their options.
            """;
    }

    private static boolean tooLarge(String text) {
        // a char is at most 3 bytes of UTF-8: count exactly only near the limit
        return text.length() * 3L > MAX_BYTES && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    private static LessonProblem tooLarge(Path shown) {
        return new LessonProblem(
                shown, 0, 0, "the text is larger than 1 MB, the limit for a lesson file; split the lesson");
    }
}
