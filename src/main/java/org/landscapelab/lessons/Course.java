package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The course outline of {@code course.yml}: a title and parts, each listing lesson slugs in order.
 *
 * @param title the course title
 * @param parts the parts in order
 * @param drafts the lessons of {@code drafts:}: hidden from students like a lesson whose header says {@code draft:
 *     true}, so that a lesson can be unpublished (or kept unseen) without touching its file
 */
public record Course(String title, List<Part> parts, List<String> drafts) {

    /** A group of lessons. */
    public record Part(String title, List<String> lessons) {}

    public Course {
        parts = List.copyOf(parts);
        drafts = List.copyOf(drafts);
    }

    static final Course EMPTY = new Course("", List.of(), List.of());

    List<String> slugs() {
        return parts.stream().flatMap(p -> p.lessons().stream()).toList();
    }

    /** The part that lists the lesson {@code slug} (the first, should it be listed twice). */
    public Optional<Part> partOf(String slug) {
        return parts.stream().filter(p -> p.lessons().contains(slug)).findFirst();
    }

    static Course read(String text, Path file, List<LessonProblem> problems) {
        Object root;
        try {
            root = Yamls.load(text);
        } catch (YAMLException e) {
            problems.add(Yamls.problem(file, 1, e));
            return EMPTY;
        }
        if (!(root instanceof Map<?, ?> map) || !(map.get("parts") instanceof List<?> parts)) {
            problems.add(new LessonProblem(
                    file,
                    1,
                    1,
                    "expected `title:` and a list `parts:`, each part with `title:` and `lessons:` (folder names)"));
            return EMPTY;
        }
        List<Part> out = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Map<?, ?> part && part.get("lessons") instanceof List<?> lessons) {
                out.add(new Part(
                        String.valueOf(part.get("title") == null ? "" : part.get("title")),
                        lessons.stream().map(String::valueOf).toList()));
            } else {
                problems.add(new LessonProblem(
                        file,
                        Yamls.lineOfKey(text, "parts"),
                        1,
                        "each part needs `lessons:`, a list of lesson folder names"));
            }
        }
        List<String> drafts = List.of();
        if (map.containsKey("drafts")) {
            if (map.get("drafts") instanceof List<?> listed
                    && listed.stream().allMatch(d -> d instanceof String || d instanceof Number)) {
                drafts = listed.stream().map(String::valueOf).toList();
            } else if (map.get("drafts") != null) {
                problems.add(new LessonProblem(
                        file,
                        Yamls.lineOfKey(text, "drafts"),
                        1,
                        "`drafts:` must be a list of lesson folder names (the lessons students do not see yet)"));
            }
        }
        return new Course(map.get("title") instanceof String t ? t : "", out, drafts);
    }

    /** The line of {@code - slug} (or the slug in a flow list) in course.yml, for problems. */
    static int lineOf(String text, String slug) {
        return lineOf(text, slug, 1);
    }

    /** The line of {@code slug} in the list under {@code drafts:}. */
    static int draftLineOf(String text, String slug) {
        return lineOf(text, slug, Yamls.lineOfKey(text, "drafts"));
    }

    private static int lineOf(String text, String slug, int from) {
        String[] lines = text.split("\n", -1);
        for (int i = Math.max(0, from - 1); i < lines.length; i++) {
            if (lines[i].matches(".*(^|[\\s\\[,-])" + java.util.regex.Pattern.quote(slug) + "($|[\\s,\\]#]).*")) {
                return i + 1;
            }
        }
        return 1;
    }
}
