package org.landscapelab.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One consistent view of the lessons folder: {@code <dir>/course.yml} and {@code <dir>/<slug>/lesson.md}. A lesson
 * whose file has problems is served in its last good version when there is one (from {@code previous}), and left
 * out otherwise; its problems are kept for the instructor. Immutable: a reload builds a new catalog.
 */
public final class LessonCatalog {

    static final String LESSON_FILE = "lesson.md";
    static final String COURSE_FILE = "course.yml";
    static final long MAX_FILE_BYTES = 1_000_000;

    private final Path dir;
    private final Course course;
    private final Map<String, Lesson> lessons;
    private final List<LessonProblem> problems;

    private LessonCatalog(Path dir, Course course, Map<String, Lesson> lessons, List<LessonProblem> problems) {
        this.dir = dir;
        this.course = course;
        this.lessons = lessons;
        this.problems = List.copyOf(problems);
    }

    public static LessonCatalog load(Path dir, WidgetSchemas widgets) {
        return load(dir, widgets, null);
    }

    /** Reads the folder; {@code previous} supplies the last good version of lessons that broke since. */
    public static LessonCatalog load(Path dir, WidgetSchemas widgets, LessonCatalog previous) {
        List<LessonProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new LessonProblem(dir, 0, "lessons folder not found; expected a folder with course.yml"));
            return new LessonCatalog(dir, Course.EMPTY, Map.of(), problems);
        }
        if (!Files.isRegularFile(dir.resolve(COURSE_FILE))) {
            problems.add(new LessonProblem(
                    Path.of(COURSE_FILE),
                    0,
                    0,
                    "there is no course.yml in " + dir + "; expected"
                            + " the lessons folder itself (course.yml plus one folder per lesson)"));
        }
        String courseText =
                read(dir.resolve(COURSE_FILE), Path.of(COURSE_FILE), problems).orElse(null);
        Course course = courseText == null ? Course.EMPTY : Course.read(courseText, Path.of(COURSE_FILE), problems);
        LessonParser parser = new LessonParser(widgets);
        Map<String, Lesson> found = new LinkedHashMap<>();
        List<LessonParser.LessonLink> links = new ArrayList<>();
        for (Path folder : lessonFolders(dir, problems)) {
            String slug = folder.getFileName().toString();
            Path shown = Path.of(slug, LESSON_FILE);
            Optional<String> text = read(folder.resolve(LESSON_FILE), shown, problems);
            LessonParser.Result result = text.map(t -> parseSafely(parser, folder, shown, t))
                    .orElse(new LessonParser.Result(Optional.empty(), List.of()));
            problems.addAll(result.problems());
            problems.addAll(links(dir, folder));
            links.addAll(result.links());
            Optional<Lesson> good =
                    result.problems().stream().noneMatch(LessonProblem::error) ? result.lesson() : Optional.empty();
            Optional<Lesson> served = good.or(() -> previous == null ? Optional.empty() : previous.find(slug));
            served.ifPresent(l -> found.put(slug, l));
        }
        checkCourse(course, courseText, dir, found.keySet(), problems);
        checkPrerequisites(dir, found, problems);
        checkLessonLinks(dir, found, links, problems);
        Map<String, Lesson> ordered = new LinkedHashMap<>();
        course.slugs().stream().filter(found::containsKey).forEach(s -> ordered.put(s, found.get(s)));
        found.forEach(ordered::putIfAbsent);
        return new LessonCatalog(dir, course, ordered, problems);
    }

    /**
     * Symbolic and hard links in a lesson folder: never served (the file server resolves real paths), so the author
     * hears of them here rather than from a student's broken image.
     */
    static List<LessonProblem> links(Path dir, Path folder) {
        List<LessonProblem> out = new ArrayList<>();
        try (var paths = Files.walk(folder, 8)) {
            paths.sorted().forEach(p -> {
                Path shown = dir.relativize(p);
                if (Files.isSymbolicLink(p)) {
                    String target;
                    try {
                        target = Files.readSymbolicLink(p).toString();
                    } catch (IOException e) {
                        target = "?";
                    }
                    out.add(new LessonProblem(
                            shown,
                            0,
                            0,
                            "a symbolic link (to " + target + ") is never served to "
                                    + "students; copy the file into the lesson folder instead"));
                } else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && hardLinks(p) > 1) {
                    out.add(
                            new LessonProblem(
                                    shown,
                                    0,
                                    0,
                                    "a file with several hard links is never served to "
                                            + "students (it may be a file from outside the lessons folder); make it a plain copy"));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            out.add(new LessonProblem(
                    dir.relativize(folder),
                    0,
                    0,
                    "the folder could not be read completely (" + e.getClass().getSimpleName() + ")"));
        }
        return out;
    }

    private static int hardLinks(Path file) {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink", java.nio.file.LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }

    // A lesson file must never stop the others from loading, nor the watcher from running, whatever it contains.
    private static LessonParser.Result parseSafely(LessonParser parser, Path folder, Path shown, String text) {
        try {
            return parser.parse(folder, shown, text);
        } catch (RuntimeException | StackOverflowError e) {
            return new LessonParser.Result(
                    Optional.empty(),
                    List.of(new LessonProblem(
                            shown,
                            0,
                            0,
                            "the file could not be read as a lesson ("
                                    + e.getClass().getSimpleName()
                                    + "); simplify the part you changed last, e.g. very deep nesting")));
        }
    }

    public Path dir() {
        return dir;
    }

    public Course course() {
        return course;
    }

    /** The lessons in course order. */
    public List<LessonSummary> lessons() {
        return lessons.values().stream().map(Lesson::summary).toList();
    }

    public Optional<Lesson> find(String slug) {
        return Optional.ofNullable(lessons.get(slug));
    }

    /** Every problem, errors and warnings, sorted by file, line and column. */
    public List<LessonProblem> problems() {
        return problems.stream()
                .sorted(Comparator.comparing((LessonProblem p) -> p.file().toString())
                        .thenComparingInt(LessonProblem::line)
                        .thenComparingInt(LessonProblem::column))
                .toList();
    }

    /** The problems of one lesson's file. */
    public List<LessonProblem> problems(String slug) {
        return problems().stream().filter(p -> p.file().startsWith(slug)).toList();
    }

    private static List<Path> lessonFolders(Path dir, List<LessonProblem> problems) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> Files.isRegularFile(p.resolve(LESSON_FILE)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            problems.add(new LessonProblem(dir, 0, "cannot list the lessons folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static Optional<String> read(Path file, Path shown, List<LessonProblem> problems) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(new LessonProblem(shown, 0, "file is larger than 1 MB; split the lesson"));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<LessonProblem> notUtf8 = firstBadByte(bytes, shown);
            if (notUtf8.isPresent()) {
                problems.add(notUtf8.get());
                return Optional.empty();
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            problems.add(new LessonProblem(shown, 0, "cannot read the file: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Where the file stops being UTF-8, as a line and column an editor can jump to. */
    static Optional<LessonProblem> firstBadByte(byte[] bytes, Path shown) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
            if (!result.isError()) {
                return Optional.empty();
            }
        }
        int at = in.position();
        int line = 1;
        int column = 1;
        out.flip();
        while (out.hasRemaining()) {
            if (out.get() == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        StringBuilder shownBytes = new StringBuilder();
        for (int i = at; i < Math.min(bytes.length, at + Math.max(1, result.length())); i++) {
            shownBytes.append(shownBytes.isEmpty() ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xff));
        }
        return Optional.of(new LessonProblem(
                shown,
                line,
                column,
                "the file is not UTF-8 text: byte " + shownBytes
                        + " at byte offset " + at + " is not valid UTF-8 (was it saved as Latin-1 or Windows-1252?);"
                        + " save it as UTF-8"));
    }

    private static void checkCourse(
            Course course, String courseText, Path dir, Set<String> loaded, List<LessonProblem> problems) {
        if (courseText == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        Path file = Path.of(COURSE_FILE);
        for (String slug : course.slugs()) {
            int line = Course.lineOf(courseText, slug);
            if (!seen.add(slug)) {
                problems.add(new LessonProblem(file, line, 1, "lesson `" + slug + "` is listed twice"));
            } else if (!Files.isRegularFile(dir.resolve(slug).resolve(LESSON_FILE))) {
                problems.add(new LessonProblem(
                        file,
                        line,
                        1,
                        "lesson `" + slug + "` is listed but there is no " + slug + "/" + LESSON_FILE
                                + Suggestions.hint(slug, loaded)));
            }
        }
        for (Path folder : lessonFolders(dir, new ArrayList<>())) {
            String slug = folder.getFileName().toString();
            if (!seen.contains(slug)) {
                problems.add(new LessonProblem(
                        Path.of(slug, LESSON_FILE),
                        1,
                        1,
                        "lesson `" + slug + "` is not listed in course.yml; add it to a part's `lessons:`"));
            }
        }
    }

    private static void checkPrerequisites(Path dir, Map<String, Lesson> lessons, List<LessonProblem> problems) {
        for (Lesson lesson : lessons.values()) {
            List<String> cycle = cycleFrom(lesson.slug(), lessons);
            if (!cycle.isEmpty() && cycle.getFirst().equals(lesson.slug())) {
                problems.add(new LessonProblem(
                        Path.of(lesson.slug(), LESSON_FILE),
                        prerequisitesLine(dir, lesson),
                        1,
                        cycle.size() == 2
                                ? "lesson `" + lesson.slug() + "` lists itself as a prerequisite"
                                : "prerequisites go round in a circle: " + String.join(" → ", cycle)
                                        + "; remove one of them"));
            }
            for (String pre : lesson.prerequisites()) {
                if (!Files.isRegularFile(dir.resolve(pre).resolve(LESSON_FILE))) {
                    problems.add(new LessonProblem(
                            Path.of(lesson.slug(), LESSON_FILE),
                            prerequisitesLine(dir, lesson),
                            1,
                            "unknown prerequisite `" + pre + "`; expected a lesson folder name"
                                    + Suggestions.hint(pre, lessons.keySet())));
                }
            }
        }
    }

    // The first prerequisite path from `start` back to itself, as slugs start → … → start, or empty.
    private static List<String> cycleFrom(String start, Map<String, Lesson> lessons) {
        java.util.Deque<List<String>> paths = new java.util.ArrayDeque<>();
        paths.add(List.of(start));
        Set<String> visited = new HashSet<>();
        while (!paths.isEmpty()) {
            List<String> path = paths.poll();
            Lesson last = lessons.get(path.getLast());
            if (last == null) {
                continue;
            }
            for (String pre : last.prerequisites()) {
                List<String> longer = new ArrayList<>(path);
                longer.add(pre);
                if (pre.equals(start)) {
                    return longer;
                }
                if (visited.add(pre)) {
                    paths.add(longer);
                }
            }
        }
        return List.of();
    }

    // A link to /lessons/<slug>[/<step>] must name a lesson of this folder and, when given, one of its steps.
    private static void checkLessonLinks(
            Path dir, Map<String, Lesson> lessons, List<LessonParser.LessonLink> links, List<LessonProblem> problems) {
        for (LessonParser.LessonLink link : links) {
            Lesson target = lessons.get(link.slug());
            if (!Files.isRegularFile(dir.resolve(link.slug()).resolve(LESSON_FILE))) {
                problems.add(new LessonProblem(
                        link.file(),
                        link.line(),
                        link.column(),
                        "link to unknown lesson `" + link.slug() + "`; expected a lesson folder name"
                                + Suggestions.hint(link.slug(), lessons.keySet())));
            } else if (link.step() != null
                    && target != null
                    && target.step(link.step()).isEmpty()) {
                List<String> ids = target.steps().stream().map(Step::id).toList();
                problems.add(new LessonProblem(
                        link.file(),
                        link.line(),
                        link.column(),
                        "link to unknown step `"
                                + link.step() + "` of lesson `" + link.slug() + "`; its steps are "
                                + String.join(", ", ids)
                                + Suggestions.hint(link.step(), ids)));
            }
        }
    }

    private static int prerequisitesLine(Path dir, Lesson lesson) {
        try {
            return Yamls.lineOfKey(Files.readString(dir.resolve(lesson.slug()).resolve(LESSON_FILE)), "prerequisites");
        } catch (IOException e) {
            return 1;
        }
    }
}
