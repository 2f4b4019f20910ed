package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code {checkpoint}}: {@code type:} names a checkpoint type of the registry, {@code question:} is Markdown,
 * {@code required: true} locks the later steps until it is passed, {@code hints:} lists hints (Markdown) a student
 * may open one at a time; the other keys are the type's options.
 */
final class CheckpointDirective {

    static final Set<String> RESERVED = Set.of("type", "question", "required", "hints");

    /** The most hints a checkpoint may have: a ladder, not a second lesson. */
    static final int MAX_HINTS = 5;

    private CheckpointDirective() {}

    static Optional<Block.Checkpoint> read(
            String body,
            WidgetSchemas widgets,
            MarkdownRenderer renderer,
            String assetBase,
            Path file,
            int line,
            int index,
            List<LessonProblem> problems) {
        Object yaml;
        try {
            yaml = body.isBlank() ? Map.of() : Yamls.load(body);
        } catch (YAMLException e) {
            problems.add(Yamls.problem(file, line + 1, e));
            return Optional.empty();
        }
        if (!(yaml instanceof Map<?, ?> map) || !(map.get("type") instanceof String type)) {
            List<String> types = widgets.checkpoints().stream()
                    .map(WidgetSchema::name)
                    .sorted()
                    .toList();
            problems.add(new LessonProblem(
                    file, line, 1, "`{checkpoint}` needs `type:`, one of " + String.join(", ", types)));
            return Optional.empty();
        }
        Optional<WidgetSchema> schema = widgets.checkpoint(type);
        if (schema.isEmpty()) {
            List<String> types = widgets.checkpoints().stream()
                    .map(WidgetSchema::name)
                    .sorted()
                    .toList();
            problems.add(new LessonProblem(
                    file,
                    line + Yamls.lineOfKey(body, "type"),
                    1,
                    "unknown checkpoint type `" + type + "`; known types: " + String.join(", ", types)
                            + Suggestions.hint(type, types)));
            return Optional.empty();
        }
        if (!(map.get("question") instanceof String question) || question.isBlank()) {
            problems.add(
                    new LessonProblem(file, line, 1, "`{checkpoint}` needs `question:`, the text the student answers"));
            return Optional.empty();
        }
        Object required = map.get("required");
        if (required != null && !(required instanceof Boolean)) {
            problems.add(new LessonProblem(
                    file, line + Yamls.lineOfKey(body, "required"), 1, "`required` must be true or false"));
            return Optional.empty();
        }
        Object hints = map.get("hints");
        List<String> hintList =
                hints instanceof List<?> l && l.stream().allMatch(h -> h instanceof String t && !t.isBlank())
                        ? l.stream().map(String.class::cast).toList()
                        : null;
        if (hints != null && (hintList == null || hintList.isEmpty() || hintList.size() > MAX_HINTS)) {
            problems.add(new LessonProblem(
                    file,
                    line + Yamls.lineOfKey(body, "hints"),
                    1,
                    "`hints` must be a list of 1 to " + MAX_HINTS + " hints, each a line of Markdown, e.g."
                            + " `hints: [\"Look at the ranks first.\", \"Compare rank W1W2 with them.\"]`"));
            return Optional.empty();
        }
        String html = renderer.render(question, assetBase);
        List<String> hintsHtml = hints == null
                ? List.of()
                : hintList.stream().map(h -> renderer.render(h, assetBase)).toList();
        return WidgetDirective.read(schema.get(), body, file, line, index, RESERVED, problems)
                .map(w -> new Block.Checkpoint(w, html, Boolean.TRUE.equals(required), hintsHtml));
    }
}
