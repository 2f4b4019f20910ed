package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of damaged copies of a real lesson: the parser never throws, and every problem it reports points
 * inside the file.
 */
class LessonParserProperties {

    private static final String[] DEBRIS = {
        "$",
        "$$",
        "```",
        "```{theorem}\n",
        "```{openness-explorer}\n",
        "---\n",
        "## ",
        "{#",
        "\n",
        ":",
        "[",
        "]",
        "](",
        "{",
        "}",
        "\\",
        "W1: [[1, 2], [3]]\n",
        "<script>",
        "\t",
        "*",
        "_",
        "LABMATHTOKEN",
        "LABMATHTOKEN7X",
        "LABMATHTOKEN99999999999X",
        "```{checkpoint}\ntype: openness-classify\n",
        "```{expect}\nwidget: e\n",
        "\n\n## LABMATHTOKEN3X\n"
    };

    @TempDir
    Path root;

    @Test
    void damaged_lessons_never_make_the_parser_throw_and_problems_stay_inside_the_file() throws IOException {
        String original = Files.readString(Path.of("lessons/matrix-multiplication/lesson.md"))
                + "\n## Widget\n```{openness-explorer}\nid: e\nW1: [[1, 0], [0, 1]]\nW2: [[1, 0], [0, 1]]\n```\n";
        Path folder = root.resolve("matrix-multiplication");
        Files.createDirectories(folder);
        LessonParser parser = new LessonParser(LessonParserTest.WIDGETS);

        qt().withFixedSeed(20261126L)
                .withExamples(2000)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 12))
                .checkAssert(edits -> {
                    String damaged = damage(original, edits);
                    LessonParser.Result result =
                            parser.parse(folder, Path.of("matrix-multiplication", "lesson.md"), damaged);
                    long lines = damaged.lines().count() + 1;
                    assertThat(result.lesson().isPresent() || !result.problems().isEmpty())
                            .as("a lesson or a reason")
                            .isTrue();
                    assertThat(result.problems()).allSatisfy(p -> {
                        assertThat(p.line()).isBetween(0, (int) lines + 1);
                        assertThat(p.message()).isNotBlank();
                    });
                });
    }

    // Each edit deletes, duplicates or inserts debris; kind, position, length and debris come from independent
    // draws seeded by the number, so every piece of debris can appear with every kind of edit.
    private static String damage(String text, List<Integer> edits) {
        StringBuilder s = new StringBuilder(text);
        for (int e : edits) {
            java.util.Random r = new java.util.Random(e);
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(3)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(40)));
                case 1 -> s.insert(at, s.substring(at, Math.min(s.length(), at + r.nextInt(60))));
                default -> s.insert(at, DEBRIS[r.nextInt(DEBRIS.length)]);
            }
        }
        return s.toString();
    }
}
