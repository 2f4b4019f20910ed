package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The YAML header of a lesson.md: read, checked key by key, turned into the lesson's metadata. Title, summary and
 * objectives may hold {@code $…$} formulas: kept as written for plain-text places (the page title), and as inline
 * HTML with formulas ({@code titleHtml}…) for the page.
 */
record FrontMatter(
        String title,
        String summary,
        int minutes,
        List<String> prerequisites,
        List<String> objectives,
        List<String> sources,
        int bodyLine,
        boolean draft) {

    static final Set<String> KEYS =
            Set.of("title", "summary", "minutes", "prerequisites", "objectives", "sources", "draft");

    /** No header could be read: what the body is checked under. */
    static FrontMatter none(int bodyLine) {
        return new FrontMatter("", "", 0, List.of(), List.of(), List.of(), bodyLine, false);
    }

    String titleHtml() {
        return MarkdownRenderer.inline(title);
    }

    String summaryHtml() {
        return MarkdownRenderer.inline(summary);
    }

    List<String> objectivesHtml() {
        return objectives.stream().map(MarkdownRenderer::inline).toList();
    }

    /**
     * The line where the body starts even when the header is broken: 1 without a header, the line after the closing
     * {@code ---} otherwise, or -1 when the header is never closed (nothing after it can be told from the header).
     */
    static int bodyLineOf(String text) {
        if (!text.startsWith("---\n")) {
            return 1;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            return text.endsWith("\n---")
                    ? (int) text.chars().filter(c -> c == '\n').count() + 2
                    : -1;
        }
        return (int) text.substring(0, end + 5).chars().filter(c -> c == '\n').count() + 1;
    }

    /** Splits {@code text} into header and body; reports problems against {@code file}. */
    static Optional<FrontMatter> read(String text, Path file, List<LessonProblem> problems) {
        if (!text.startsWith("---\n")) {
            problems.add(new LessonProblem(
                    file, 1, 1, "expected front matter: a first line `---`, then YAML with `title:`"));
            return Optional.empty();
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            problems.add(new LessonProblem(file, 1, 1, "front matter is not closed: expected a line `---` after it"));
            return Optional.empty();
        }
        int bodyLine = (int) text.substring(0, end + 5 > text.length() ? text.length() : end + 5)
                        .chars()
                        .filter(c -> c == '\n')
                        .count()
                + 1;
        Object yaml;
        try {
            yaml = Yamls.load(text.substring(4, end + 1));
        } catch (YAMLException e) {
            problems.add(Yamls.problem(file, 2, e)); // the YAML starts on line 2, after `---`
            return Optional.empty();
        }
        if (!(yaml instanceof Map<?, ?> meta)) {
            problems.add(new LessonProblem(
                    file, 2, 1, "front matter must be YAML `key: value` lines, starting with `title:`"));
            return Optional.empty();
        }
        for (Object key : meta.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                problems.add(new LessonProblem(
                        file,
                        Yamls.lineOfKey(text, String.valueOf(key)),
                        1,
                        "unknown front matter key `" + key + "`; expected one of " + String.join(", ", sorted(KEYS))
                                + Suggestions.hint(String.valueOf(key), KEYS)));
            }
        }
        String title = meta.get("title") instanceof String s ? s.strip() : "";
        if (title.isEmpty()) {
            problems.add(new LessonProblem(file, 2, 1, "front matter needs `title:` with the lesson's title"));
        }
        String summary = text(meta, "summary", text, file, problems);
        int minutes = 0;
        if (meta.containsKey("minutes")) {
            if (meta.get("minutes") instanceof Integer m && m > 0 && m <= 600) {
                minutes = m;
            } else {
                problems.add(new LessonProblem(
                        file,
                        Yamls.lineOfKey(text, "minutes"),
                        1,
                        "`minutes` must be a whole number from 1 to 600 (the estimated time), not `"
                                + meta.get("minutes") + "`"));
            }
        }
        boolean draft = false;
        if (meta.containsKey("draft")) {
            if (meta.get("draft") instanceof Boolean b) {
                draft = b;
            } else {
                problems.add(new LessonProblem(
                        file,
                        Yamls.lineOfKey(text, "draft"),
                        1,
                        "`draft` must be `true` (only instructors see the lesson) or `false`, not `" + meta.get("draft")
                                + "`"));
            }
        }
        FrontMatter fm = new FrontMatter(
                title,
                summary,
                minutes,
                list(meta, "prerequisites", text, file, problems),
                list(meta, "objectives", text, file, problems),
                list(meta, "sources", text, file, problems),
                bodyLine,
                draft);
        String header = text.substring(0, end + 1);
        checkFormulas(header, "title", List.of(title), file, problems);
        checkFormulas(header, "summary", List.of(summary), file, problems);
        checkFormulas(header, "objectives", fm.objectives(), file, problems);
        return title.isEmpty() ? Optional.empty() : Optional.of(fm);
    }

    /**
     * The header's formulas get the body's check, located on the header line that holds them (searched from the
     * key's line on, as YAML may fold a value onto later lines), or on the key's line when the source is quoted.
     */
    private static void checkFormulas(
            String header, String key, List<String> values, Path file, List<LessonProblem> problems) {
        String[] lines = header.split("\n", -1);
        int keyLine = Yamls.lineOfKey(header, key);
        for (String value : values) {
            for (MathExtractor.Formula f : MathExtractor.extract(value).formulas()) {
                FormulaCheck.check(f.tex()).ifPresent(message -> {
                    String start = f.tex().lines().findFirst().orElse("");
                    int line = keyLine;
                    int column = 1;
                    for (int i = keyLine - 1; i < lines.length; i++) {
                        int at = lines[i].indexOf("$" + start);
                        if (at >= 0) {
                            line = i + 1;
                            column = at + 1;
                            break;
                        }
                    }
                    problems.add(new LessonProblem(
                            file, line, column, "formula `" + f.tex() + "` in `" + key + "`: " + message));
                });
            }
        }
    }

    private static String text(Map<?, ?> meta, String key, String source, Path file, List<LessonProblem> problems) {
        Object v = meta.get(key);
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return s.strip();
        }
        problems.add(new LessonProblem(file, Yamls.lineOfKey(source, key), 1, "`" + key + "` must be text"));
        return "";
    }

    private static List<String> list(
            Map<?, ?> meta, String key, String source, Path file, List<LessonProblem> problems) {
        Object v = meta.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> items && items.stream().allMatch(i -> i instanceof String || i instanceof Number)) {
            return items.stream().map(String::valueOf).toList();
        }
        problems.add(new LessonProblem(
                file,
                Yamls.lineOfKey(source, key),
                1,
                "`" + key + "` must be a list of text items, e.g. `" + key + ": [a, b]`"));
        return List.of();
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> l = new ArrayList<>(keys);
        l.sort(null);
        return l;
    }
}
