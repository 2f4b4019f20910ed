package org.landscapelab.load;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The series' table in Markdown, one row per scenario of a run. */
final class Report {

    private Report() {}

    static final String HEADER = """
            | mix | scenario | sessions | interactions/s | p50 ms | p95 ms | p99 ms | max ms | KB/answer | errors | \
            server core busy | server CPU ms/interaction | live heap KiB/session |
            |---|---|---|---|---|---|---|---|---|---|---|---|---|
            """;

    /** {@code extra}: server core busy, CPU per interaction and heap per session, measured by the series. */
    static String rows(LoadRun.Result result, Map<String, String> extra) {
        StringBuilder out = new StringBuilder();
        String mix = result.settings().groups().stream()
                .map(g -> g.scenario() + "=" + g.count() + "@" + fmt(g.thinkSeconds()) + "s")
                .collect(Collectors.joining(", "));
        for (LoadRun.Outcome o : result.outcomes()) {
            String errors = o.errors().isEmpty()
                    ? "0"
                    : o.errors().entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey())
                            .collect(Collectors.joining(", "));
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %.1f | %s | %s | %s | %s | %.1f | %s | %s | %s | %s |%n",
                    mix,
                    o.scenario(),
                    o.sessions(),
                    o.perSecond(),
                    fmt(o.p50()),
                    fmt(o.p95()),
                    fmt(o.p99()),
                    fmt(o.max()),
                    o.bytesPerInteraction() / 1024.0,
                    errors,
                    extra.getOrDefault("busy", "–"),
                    extra.getOrDefault("cpu", "–"),
                    extra.getOrDefault("heap", "–")));
        }
        return out.toString();
    }

    static String fmt(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
