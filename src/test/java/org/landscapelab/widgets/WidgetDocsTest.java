package org.landscapelab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.lessons.WidgetSchema;

/**
 * The widget and checkpoint tables in lessons/README.md are generated from the schemas. Run with
 * {@code -DupdateDocs=true} to rewrite them after changing a widget.
 */
class WidgetDocsTest {

    private static final Path README = Path.of("lessons", "README.md");
    private static final String BEGIN =
            "<!-- widgets:begin (generated from the widget schemas by WidgetDocsTest; do not edit by hand) -->";
    private static final String END = "<!-- widgets:end -->";

    @Test
    void the_author_guide_lists_every_widget_and_checkpoint_type_with_its_options() throws IOException {
        WidgetRegistry registry = WidgetRegistry.standard();
        String table = "| widget | what it does | options | values for `{expect}` |\n|---|---|---|---|\n"
                + registry.all().stream()
                        .map(w -> row(w).replaceFirst("\n$", " " + values(w) + " |\n"))
                        .collect(Collectors.joining())
                + "\n| checkpoint type | what it asks | options (allowed values) |\n|---|---|---|\n"
                + registry.checkpoints().stream()
                        .map(WidgetDocsTest::checkpointRow)
                        .collect(Collectors.joining());
        String readme = Files.readString(README);
        int from = readme.indexOf(BEGIN);
        int to = readme.indexOf(END);
        assertThat(from).as("generated block markers in %s", README).isNotNegative();
        String generated = readme.substring(0, from + BEGIN.length()) + "\n" + table + readme.substring(to);
        if (Boolean.getBoolean("updateDocs")) {
            Files.writeString(README, generated);
        }
        assertThat(readme)
                .as("lessons/README.md is out of date: run ./mvnw test -Dtest=WidgetDocsTest -DupdateDocs=true")
                .isEqualTo(generated);
    }

    // The names a claim can check, from evaluating the widget on its defaults: the list cannot drift from the code.
    private static String values(WidgetSchema w) {
        try {
            return w.evaluate(java.util.Map.of())
                    .map(e -> e.values().keySet().stream()
                            .sorted()
                            .map(k -> "`" + k + "`")
                            .collect(Collectors.joining(", ")))
                    .orElse("— (summary only)");
        } catch (IllegalArgumentException e) {
            return "—";
        }
    }

    private static String checkpointRow(WidgetSchema c) {
        return "| `" + c.name() + "` | " + c.description() + " | "
                + c.options().stream().map(WidgetDocsTest::withAllowed).collect(Collectors.joining("; ")) + " |\n";
    }

    // Choices as the literals an author types; other kinds in the words of the validator's messages.
    private static String withAllowed(OptionSpec o) {
        String allowed = o.type() == OptionType.CHOICE
                ? o.choices().stream().map(v -> "`" + v + "`").collect(Collectors.joining(", "))
                : o.allowed();
        return "`" + o.name() + "` (" + allowed + ")";
    }

    private static String row(WidgetSchema w) {
        return "| `" + w.name() + "` | " + w.description() + " | "
                + w.options().stream()
                        .map(OptionSpec::name)
                        .map(n -> "`" + n + "`")
                        .collect(Collectors.joining(", "))
                + " |\n";
    }
}
