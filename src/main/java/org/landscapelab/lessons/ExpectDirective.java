package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * {@code {expect}}: a claim about what a widget of the lesson shows, checked by the validator against the widget's
 * own computation. An instructor who edits a preset so that the prose no longer matches finds out at once.
 *
 * <pre>
 * widget: explorer
 * summary-contains: "not locally open"
 * values: {rank-W1W2: 0}
 * tolerance: 1e-9
 * </pre>
 */
final class ExpectDirective {

    static final List<String> KEYS = List.of("widget", "summary-contains", "values", "tolerance");

    private ExpectDirective() {}

    static void check(
            String body,
            Map<String, Block.Widget> widgetsById,
            java.util.Set<String> brokenIds,
            WidgetSchemas schemas,
            Path file,
            int line,
            List<LessonProblem> problems) {
        Object yaml;
        try {
            yaml = Yamls.load(body);
        } catch (YAMLException e) {
            problems.add(Yamls.problem(file, line + 1, e));
            return;
        }
        if (!(yaml instanceof Map<?, ?> claim) || !(claim.get("widget") instanceof String id)) {
            problems.add(new LessonProblem(
                    file,
                    line,
                    1,
                    "`{expect}` needs `widget:` naming a widget id of this lesson,"
                            + " and `summary-contains:` and/or `values:`"));
            return;
        }
        for (Object key : claim.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                problems.add(new LessonProblem(
                        file,
                        line + Yamls.lineOfKey(body, String.valueOf(key)),
                        1,
                        "unknown key `" + key + "` in `{expect}`; expected " + String.join(", ", KEYS)
                                + Suggestions.hint(String.valueOf(key), KEYS)));
            }
        }
        Block.Widget widget = widgetsById.get(id);
        if (widget == null && brokenIds.contains(id)) {
            problems.add(new LessonProblem(
                    file,
                    line + Yamls.lineOfKey(body, "widget"),
                    1,
                    "claim about widget `" + id
                            + "` not checked: the widget has problems (reported above); fix those first"));
            return;
        }
        if (widget == null) {
            problems.add(new LessonProblem(
                    file,
                    line + Yamls.lineOfKey(body, "widget"),
                    1,
                    "`{expect}` names widget `" + id + "`, but no widget before it has that id"
                            + Suggestions.hint(id, widgetsById.keySet())));
            return;
        }
        Optional<Evaluation> evaluation;
        try {
            evaluation = schemas.find(widget.widget()).flatMap(s -> s.evaluate(widget.options()));
        } catch (IllegalArgumentException e) {
            problems.add(
                    new LessonProblem(file, line, 1, "widget `" + id + "` cannot be evaluated: " + e.getMessage()));
            return;
        }
        if (evaluation.isEmpty()) {
            problems.add(new LessonProblem(file, line, 1, "widget `" + widget.widget() + "` makes no claims to check"));
            return;
        }
        double tolerance = claim.get("tolerance") instanceof Number t ? t.doubleValue() : 1e-9;
        if (!(tolerance >= 0 && tolerance <= 1e-2)) {
            problems.add(new LessonProblem(
                    file,
                    line + Yamls.lineOfKey(body, "tolerance"),
                    1,
                    "`tolerance` must be a number from 0 to 0.01 (relative); a looser claim checks nothing"));
            return;
        }
        for (Failure f : failures(claim, evaluation.get(), tolerance)) {
            problems.add(new LessonProblem(
                    file, line + Yamls.lineOfKey(body, f.key()), 1, "claim about `" + id + "` fails: " + f.message()));
        }
    }

    private static String shown(double value, Object claimed) {
        if (claimed instanceof Boolean) {
            return value != 0 ? "true" : "false";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** A claim that does not hold, under the key (summary-contains or values) whose line it is reported at. */
    private record Failure(String key, String message) {}

    private static List<Failure> failures(Map<?, ?> claim, Evaluation shown, double tolerance) {
        List<Failure> out = new ArrayList<>();
        if (claim.get("summary-contains") instanceof String phrase
                && !shown.summary().contains(phrase)) {
            out.add(new Failure(
                    "summary-contains",
                    "its summary does not contain \"" + phrase + "\"; it reads \"" + shown.summary() + "\""));
        }
        if (claim.containsKey("values")) {
            if (!(claim.get("values") instanceof Map<?, ?> values)) {
                out.add(new Failure("values", "`values:` must be a map like {rank-W1W2: 0}"));
                return out;
            }
            values.forEach((name, expected) -> {
                Double actual = shown.values().get(String.valueOf(name));
                double want = expected instanceof Boolean b
                        ? (b ? 1 : 0)
                        : expected instanceof Number n ? n.doubleValue() : Double.NaN;
                if (actual == null) {
                    out.add(new Failure(
                            "values",
                            "it has no value `" + name + "`; it has "
                                    + String.join(
                                            ", ",
                                            shown.values().keySet().stream()
                                                    .sorted()
                                                    .toList())));
                } else if (Double.isNaN(want)) {
                    out.add(new Failure("values", "`" + name + "` must be claimed as a number or true/false"));
                } else if (Math.abs(actual - want) > tolerance * Math.max(1, Math.abs(want))) {
                    out.add(new Failure(
                            "values",
                            "`" + name + "` is " + shown(actual, expected) + ", not " + shown(want, expected)));
                }
            });
        }
        return out;
    }
}
