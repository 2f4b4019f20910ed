package org.landscapelab.lessons;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The lessons found in a folder: {@code <dir>/<slug>/lesson.md}, ordered as {@code <dir>/course.yml} lists them
 * (lessons it does not list follow by slug). A lesson that cannot be read is left out and reported as a
 * {@link LessonProblem}; it never stops the others from loading.
 */
public final class LessonCatalog {

    static final String LESSON_FILE = "lesson.md";
    static final String COURSE_FILE = "course.yml";

    private final Path dir;
    private final Map<String, Lesson> lessons;
    private final List<LessonProblem> problems;

    private LessonCatalog(Path dir, Map<String, Lesson> lessons, List<LessonProblem> problems) {
        this.dir = dir;
        this.lessons = lessons;
        this.problems = List.copyOf(problems);
    }

    /** Reads every lesson below {@code dir}; a missing folder gives an empty catalog and one problem. */
    public static LessonCatalog load(Path dir) {
        List<LessonProblem> problems = new ArrayList<>();
        Map<String, Lesson> found = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new LessonProblem(dir, 0, "lessons folder not found; expected a folder with course.yml"));
            return new LessonCatalog(dir, found, problems);
        }
        List<String> order = new ArrayList<>(readCourseOrder(dir, problems));
        MarkdownRenderer renderer = new MarkdownRenderer();
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(p -> Files.isRegularFile(p.resolve(LESSON_FILE)))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .forEach(p -> readLesson(dir, p, renderer, problems).ifPresent(l -> found.put(l.summary().slug(), l)));
        } catch (IOException e) {
            problems.add(new LessonProblem(dir, 0, "cannot list the lessons folder: " + e.getMessage()));
        }
        Map<String, Lesson> ordered = new LinkedHashMap<>();
        order.stream().filter(found::containsKey).forEach(slug -> ordered.put(slug, found.get(slug)));
        found.forEach(ordered::putIfAbsent);
        return new LessonCatalog(dir, ordered, problems);
    }

    public Path dir() {
        return dir;
    }

    /** The lessons in course order. */
    public List<LessonSummary> lessons() {
        return lessons.values().stream().map(Lesson::summary).toList();
    }

    public Optional<Lesson> find(String slug) {
        return Optional.ofNullable(lessons.get(slug));
    }

    public List<LessonProblem> problems() {
        return problems;
    }

    private static List<String> readCourseOrder(Path dir, List<LessonProblem> problems) {
        Path course = dir.resolve(COURSE_FILE);
        if (!Files.isRegularFile(course)) {
            return List.of();
        }
        try {
            Object root = yaml().load(Files.readString(course, StandardCharsets.UTF_8));
            List<String> slugs = new ArrayList<>();
            if (root instanceof Map<?, ?> map && map.get("parts") instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Map<?, ?> p && p.get("lessons") instanceof List<?> ls) {
                        ls.forEach(s -> slugs.add(String.valueOf(s)));
                    }
                }
            } else {
                problems.add(new LessonProblem(dir.relativize(course), 1, "expected a map with a list `parts`"));
            }
            return slugs;
        } catch (IOException | YAMLException e) {
            problems.add(yamlProblem(dir.relativize(course), 0, e));
            return List.of();
        }
    }

    private static Optional<Lesson> readLesson(Path dir, Path folder, MarkdownRenderer renderer, List<LessonProblem> problems) {
        Path file = folder.resolve(LESSON_FILE);
        Path shown = dir.relativize(file);
        String slug = folder.getFileName().toString();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!text.startsWith("---\n")) {
                problems.add(new LessonProblem(shown, 1, "expected front matter: a first line `---`, then YAML with `title:`"));
                return Optional.empty();
            }
            int end = text.indexOf("\n---\n", 3);
            if (end < 0) {
                problems.add(new LessonProblem(shown, 1, "front matter is not closed: expected a line `---` after it"));
                return Optional.empty();
            }
            Object front = yaml().load(text.substring(4, end + 1));
            if (!(front instanceof Map<?, ?> meta) || !(meta.get("title") instanceof String title) || title.isBlank()) {
                problems.add(new LessonProblem(shown, 2, "front matter needs `title:` with the lesson's title"));
                return Optional.empty();
            }
            String summary = meta.get("summary") instanceof String s ? s : "";
            int minutes = meta.get("minutes") instanceof Number n ? n.intValue() : 0;
            String body = text.substring(end + 5);
            return Optional.of(new Lesson(new LessonSummary(slug, title.strip(), summary.strip(), minutes), renderer.render(body)));
        } catch (IOException | YAMLException e) {
            problems.add(yamlProblem(shown, 1, e));
            return Optional.empty();
        }
    }

    private static LessonProblem yamlProblem(Path file, int lineOffset, Exception e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            int line = marked.getProblemMark().getLine() + 1 + lineOffset;
            return new LessonProblem(file, line, "invalid YAML: " + marked.getProblem());
        }
        return new LessonProblem(file, 0, "cannot read: " + e.getMessage());
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }
}
