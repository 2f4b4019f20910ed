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
 * out otherwise; its problems are kept for the instructor. A draft ({@code draft: true}) is left out of what students
 * are given ({@link #lessons()}, {@link #find(String)}) and is there for instructors ({@code lessons(true)},
 * {@code find(slug, true)}). Immutable: a reload builds a new catalog.
 */
public final class LessonCatalog {

    static final String LESSON_FILE = "lesson.md";
    static final String COURSE_FILE = "course.yml";
    static final long MAX_FILE_BYTES = 1_000_000;

    private final Path dir;
    private final Course course;
    private final Map<String, Lesson> lessons;
    private final Set<String> drafts;
    private final List<LessonProblem> problems;
    private final Glossary glossary;
    private volatile List<LessonSearch.Indexed> searchIndex;

    private LessonCatalog(
            Path dir,
            Course course,
            Map<String, Lesson> lessons,
            Set<String> drafts,
            Glossary glossary,
            List<LessonProblem> problems) {
        this.dir = dir;
        this.glossary = glossary;
        this.course = course;
        this.lessons = lessons;
        this.drafts = Set.copyOf(drafts);
        this.problems = List.copyOf(problems);
    }

    /** A section of the catalog: a part of the course (or the lessons no part lists) and its lessons, in order. */
    public record Section(String title, List<LessonSummary> lessons) {}

    public static LessonCatalog load(Path dir, WidgetSchemas widgets) {
        return load(dir, widgets, null);
    }

    /** Reads the folder; {@code previous} supplies the last good version of lessons that broke since. */
    public static LessonCatalog load(Path dir, WidgetSchemas widgets, LessonCatalog previous) {
        List<LessonProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new LessonProblem(dir, 0, "lessons folder not found; expected a folder with course.yml"));
            return new LessonCatalog(dir, Course.EMPTY, Map.of(), Set.of(), Glossary.EMPTY, problems);
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
        Glossary glossary = glossary(dir, problems);
        LessonParser parser = new LessonParser(widgets, glossary);
        Map<String, Lesson> found = new LinkedHashMap<>();
        Set<String> drafts = new HashSet<>();
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
            Optional<Lesson> served = good.or(
                    () -> previous == null ? Optional.empty() : Optional.ofNullable(previous.lessons.get(slug)));
            served.ifPresent(l -> found.put(slug, l));
            // Hidden when the file on disk says draft, even while a broken save serves an older published version:
            // the author's latest word is that students should not see it.
            if (result.draft() || served.map(Lesson::draft).orElse(false)) {
                drafts.add(slug);
            }
        }
        // course.yml's `drafts:` hides a lesson as its own `draft: true` would
        course.drafts().stream().filter(found::containsKey).forEach(drafts::add);
        checkCourse(course, courseText, dir, found.keySet(), drafts, problems);
        checkPrerequisites(dir, found, problems);
        checkLessonLinks(dir, found, links, problems);
        checkDraftReferences(dir, found, drafts, links, problems);
        Map<String, Lesson> ordered = new LinkedHashMap<>();
        course.slugs().stream().filter(found::containsKey).forEach(s -> ordered.put(s, found.get(s)));
        found.forEach(ordered::putIfAbsent);
        return new LessonCatalog(dir, course, ordered, drafts, glossary, problems);
    }

    /** The course's glossary.yml, if there is one (it is optional); its problems at their lines. */
    static Glossary glossary(Path dir, List<LessonProblem> problems) {
        Path file = dir.resolve(Glossary.FILE);
        if (!Files.isRegularFile(file)) {
            return Glossary.EMPTY;
        }
        return read(file, Path.of(Glossary.FILE), problems)
                .map(text -> Glossary.read(text, Path.of(Glossary.FILE), problems))
                .orElse(Glossary.EMPTY);
    }

    /** The text of every step and term, extracted once per catalog (a catalog never changes). */
    List<LessonSearch.Indexed> searchIndex() {
        List<LessonSearch.Indexed> index = searchIndex;
        if (index == null) {
            index = List.copyOf(LessonSearch.index(this));
            searchIndex = index;
        }
        return index;
    }

    /** The course's terms, for the glossary page. */
    public Glossary glossary() {
        return glossary;
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
    static LessonParser.Result parseSafely(LessonParser parser, Path folder, Path shown, String text) {
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

    /** The lessons students see, in course order: drafts left out. */
    public List<LessonSummary> lessons() {
        return lessons(false);
    }

    /** The lessons in course order; drafts too when {@code drafts} (for instructors). */
    public List<LessonSummary> lessons(boolean drafts) {
        return lessons.values().stream()
                .filter(l -> drafts || !isDraft(l.slug()))
                .map(Lesson::summary)
                .toList();
    }

    /** A lesson students may open: never a draft. */
    public Optional<Lesson> find(String slug) {
        return find(slug, false);
    }

    /** A lesson to play; a draft only when {@code drafts} (for instructors). */
    public Optional<Lesson> find(String slug, boolean drafts) {
        return Optional.ofNullable(lessons.get(slug)).filter(l -> drafts || !isDraft(slug));
    }

    /**
     * The lesson file says {@code draft: true}, or the version served is a draft, or course.yml lists it under
     * {@code drafts:}: students must not see it.
     */
    public boolean isDraft(String slug) {
        return drafts.contains(slug);
    }

    /**
     * The course's parts with the lessons of each, in course order, and last, untitled when the course has no parts,
     * the lessons no part lists (drafts waiting for a place, lessons with an unlisted-folder problem). Parts with
     * nothing to show are left out, so students never see a part whose lessons are all drafts.
     */
    public List<Section> sections(boolean drafts) {
        List<Section> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Course.Part part : course.parts()) {
            List<LessonSummary> shown = part.lessons().stream()
                    .filter(placed::add)
                    .flatMap(slug -> find(slug, drafts).stream())
                    .map(Lesson::summary)
                    .toList();
            if (!shown.isEmpty()) {
                out.add(new Section(part.title(), shown));
            }
        }
        List<LessonSummary> rest =
                lessons(drafts).stream().filter(l -> !placed.contains(l.slug())).toList();
        if (!rest.isEmpty()) {
            out.add(new Section(course.parts().isEmpty() ? "" : "Other lessons", rest));
        }
        return out;
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
            Course course,
            String courseText,
            Path dir,
            Set<String> loaded,
            Set<String> drafts,
            List<LessonProblem> problems) {
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
        Set<String> listedDrafts = new HashSet<>();
        for (String slug : course.drafts()) {
            int line = Course.draftLineOf(courseText, slug);
            if (!listedDrafts.add(slug)) {
                problems.add(new LessonProblem(file, line, 1, "lesson `" + slug + "` is listed twice in `drafts:`"));
            } else if (!Files.isRegularFile(dir.resolve(slug).resolve(LESSON_FILE))) {
                problems.add(new LessonProblem(
                        file,
                        line,
                        1,
                        "`drafts:` lists `" + slug + "` but there is no " + slug + "/" + LESSON_FILE
                                + Suggestions.hint(slug, loaded)));
            }
        }
        for (Path folder : lessonFolders(dir, new ArrayList<>())) {
            String slug = folder.getFileName().toString();
            // a draft may wait outside the course until it is ready
            if (!seen.contains(slug) && !drafts.contains(slug)) {
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

    // A published lesson that sends students to a draft sends them to "Page not found": served, but said.
    private static void checkDraftReferences(
            Path dir,
            Map<String, Lesson> lessons,
            Set<String> drafts,
            List<LessonParser.LessonLink> links,
            List<LessonProblem> problems) {
        String unseen = " is a draft: students get \"Page not found\" there until it is published";
        for (Lesson lesson : lessons.values()) {
            if (drafts.contains(lesson.slug())) {
                continue;
            }
            for (String pre : lesson.prerequisites()) {
                if (drafts.contains(pre)) {
                    problems.add(LessonProblem.warning(
                            Path.of(lesson.slug(), LESSON_FILE),
                            prerequisitesLine(dir, lesson),
                            1,
                            "prerequisite `" + pre + "`" + unseen));
                }
            }
        }
        for (LessonParser.LessonLink link : links) {
            String from = link.file().getName(0).toString();
            if (drafts.contains(link.slug()) && !drafts.contains(from)) {
                problems.add(LessonProblem.warning(
                        link.file(), link.line(), link.column(), "linked lesson `" + link.slug() + "`" + unseen));
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
