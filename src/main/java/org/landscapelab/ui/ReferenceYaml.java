package org.landscapelab.ui;

import java.util.List;
import org.landscapelab.lessons.OptionSpec;

/** The directive blocks the reference shows authors to copy: every option at its default, valid as written. */
final class ReferenceYaml {

    /** The example checkpoint's question: Markdown with a formula, as a lesson writes it. */
    static final String QUESTION = "Your question, in Markdown with formulas such as $W_1 W_2$";

    private ReferenceYaml() {}

    static String widget(String name, List<OptionSpec> options) {
        return block(name, List.of("id: my-" + name), options);
    }

    static final String HINTS = "hints: [\"A first nudge.\", \"A stronger one, with $W_1$ if you like.\"]";

    /**
     * The reserved keys first ({@code id}, {@code type}, {@code question}, {@code required}, {@code hints}), then the
     * options.
     */
    static String checkpoint(String type, List<OptionSpec> options) {
        List<String> reserved =
                List.of("id: my-" + type, "type: " + type, "question: \"" + QUESTION + "\"", "required: false", HINTS);
        return block("checkpoint", reserved, options);
    }

    private static String block(String directive, List<String> first, List<OptionSpec> options) {
        StringBuilder yaml = new StringBuilder("```{" + directive + "}\n");
        first.forEach(line -> yaml.append(line).append('\n'));
        options.forEach(o -> yaml.append(o.name()).append(": ").append(value(o)).append('\n'));
        return yaml.append("```").toString();
    }

    // Matrices and text are quoted: "1,0;0,1" unquoted is still text, but "1" would read as a number.
    static String value(OptionSpec o) {
        return switch (o.type()) {
            case MATRIX, TEXT -> "\"" + o.defaultValue() + "\"";
            default -> o.defaultValue();
        };
    }
}
