package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads a widget directive's YAML body and checks every option against the widget's schema. */
final class WidgetDirective {

    static final String ID = "id";
    static final String LOCKED = "locked";

    private WidgetDirective() {}

    /**
     * @param body the YAML between the fences
     * @param line the file line of the opening fence
     */
    static Optional<Block.Widget> read(
            WidgetSchema schema, String body, Path file, int line, int index, List<LessonProblem> problems) {
        return read(schema, body, file, line, index, java.util.Set.of(), problems);
    }

    /** @param reserved keys the caller reads itself (a checkpoint's {@code question}), skipped here */
    static Optional<Block.Widget> read(
            WidgetSchema schema,
            String body,
            Path file,
            int line,
            int index,
            java.util.Set<String> reserved,
            List<LessonProblem> problems) {
        Object yaml;
        try {
            yaml = body.isBlank() ? Map.of() : Yamls.load(body);
        } catch (YAMLException e) {
            problems.add(Yamls.problem(file, line + 1, e));
            return Optional.empty();
        }
        if (!(yaml instanceof Map<?, ?> raw)) {
            problems.add(new LessonProblem(
                    file, line + 1, 1, "the options of `{" + schema.name() + "}` must be YAML `name: value` lines"));
            return Optional.empty();
        }
        int before = problems.size();
        Map<String, Object> options = new LinkedHashMap<>();
        Map<String, OptionSpec> specs = new LinkedHashMap<>();
        schema.options().forEach(o -> specs.put(o.name(), o));
        String id = schema.name() + "-" + index;
        List<String> locked = List.of();
        for (Map.Entry<?, ?> e : raw.entrySet()) {
            String key = String.valueOf(e.getKey());
            int at = line + Yamls.lineOfKey(body, key);
            Object value = e.getValue();
            if (reserved.contains(key)) {
                continue;
            }
            if (key.equals(ID)) {
                if (value instanceof String s && s.matches("[a-z][a-z0-9-]{0,39}")) {
                    id = s;
                } else {
                    problems.add(
                            new LessonProblem(
                                    file,
                                    at,
                                    1,
                                    "`id` must be lowercase letters, digits and dashes, starting with a letter, e.g. `explorer`"));
                }
            } else if (key.equals(LOCKED)) {
                locked = lockedNames(value, specs, file, at, problems);
            } else if (!specs.containsKey(key)) {
                List<String> known = new ArrayList<>(specs.keySet());
                problems.add(new LessonProblem(
                        file,
                        at,
                        1,
                        "unknown option `" + key + "` of widget `" + schema.name() + "`; its options are "
                                + String.join(", ", known) + Suggestions.hint(key, known)));
            } else if (value == null) {
                problems.add(new LessonProblem(
                        file,
                        at,
                        1,
                        "option `" + key + "` has no value; expected "
                                + specs.get(key).allowed()));
            } else {
                OptionValues.check(specs.get(key), value)
                        .ifPresentOrElse(
                                msg -> problems.add(new LessonProblem(file, at, 1, msg)),
                                () -> options.put(key, value));
            }
        }
        if (problems.size() == before) {
            for (String msg : schema.check(options)) {
                problems.add(new LessonProblem(file, line + 1, 1, "widget `" + schema.name() + "`: " + msg));
            }
        }
        return problems.size() == before
                ? Optional.of(new Block.Widget(schema.name(), id, options, locked, line))
                : Optional.empty();
    }

    private static List<String> lockedNames(
            Object value, Map<String, OptionSpec> specs, Path file, int at, List<LessonProblem> problems) {
        if (!(value instanceof List<?> names)) {
            problems.add(
                    new LessonProblem(file, at, 1, "`locked` must be a list of option names, e.g. `locked: [W2]`"));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object n : names) {
            String name = String.valueOf(n);
            if (specs.containsKey(name)) {
                out.add(name);
            } else {
                problems.add(new LessonProblem(
                        file,
                        at,
                        1,
                        "`locked` names `" + name + "`, which is not an option"
                                + Suggestions.hint(name, specs.keySet())));
            }
        }
        return out;
    }
}
