package org.landscapelab.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/** {theorem}, {definition}, {proof}, {note}, {hint} and their kin: Markdown bodies in a labelled frame. */
final class TextDirectives {

    static final List<String> NAMES = List.of(
            "theorem",
            "lemma",
            "corollary",
            "proposition",
            "definition",
            "observation",
            "example",
            "proof",
            "note",
            "hint");

    private TextDirectives() {}

    /**
     * @param argument the text after {@code {name}} on the fence line: a title such as "Theorem 2 (NR)"
     * @param line the file line of the opening fence, for problems in the body
     */
    static String render(
            String name,
            String argument,
            String body,
            MarkdownRenderer renderer,
            String assetBase,
            Path file,
            int line,
            List<LessonProblem> problems) {
        if (body.isBlank()) {
            problems.add(
                    new LessonProblem(file, line, 1, "`{" + name + "}` is empty; write its text between the fences"));
        }
        String content = renderer.render(body, assetBase);
        String label = argument.isEmpty() ? capitalized(name) : inline(renderer, argument);
        String css = "lab-directive lab-" + name;
        return switch (name) {
            case "proof", "hint" ->
                "<details class=\"" + css + "\"><summary>"
                        + (argument.isEmpty() ? (name.equals("hint") ? "Show a hint" : "Proof") : label) + "</summary>"
                        + content + "</details>";
            case "note" ->
                "<aside class=\"" + css + "\" aria-label=\"Note\">"
                        + (argument.isEmpty() ? "" : "<p class=\"lab-directive-title\">" + label + "</p>") + content
                        + "</aside>";
            default ->
                "<section class=\"" + css + "\" aria-label=\"" + Entities.escape(plain(argument, name)) + "\">"
                        + "<p class=\"lab-directive-title\">" + label + "</p>" + content + "</section>";
        };
    }

    private static String inline(MarkdownRenderer renderer, String text) {
        String html = renderer.render(text).strip();
        return html.startsWith("<p>") && html.endsWith("</p>") ? html.substring(3, html.length() - 4) : html;
    }

    private static String plain(String argument, String name) {
        return argument.isEmpty() ? capitalized(name) : argument.replace("$", "");
    }

    private static String capitalized(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
