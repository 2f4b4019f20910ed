package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.landscapelab.widgets.WidgetRegistry;

class StepLinesTest {

    private static final String LESSON = """
        ---
        title: Lines
        ---
        Some words before any heading.

        ## First {#first}
        A line of the first step.

        ```
        ## not a heading: inside a code block
        ```

        ## Rank of $W_1$
        A line of the second step.
        """;

    @Test
    void a_line_is_in_the_step_whose_heading_precedes_it() {
        StepLines steps = StepLines.of(LESSON);

        assertThat(steps.stepAt(6)).contains("first"); // the heading itself
        assertThat(steps.stepAt(7)).contains("first");
        assertThat(steps.stepAt(10)).contains("first"); // the `##` in the code block starts nothing
        assertThat(steps.stepAt(14)).contains("rank-of-w-1");
        assertThat(steps.stepAt(99)).contains("rank-of-w-1");
    }

    @Test
    void lines_before_the_first_heading_are_the_introduction_and_the_front_matter_is_in_no_step() {
        StepLines steps = StepLines.of(LESSON);

        assertThat(steps.stepAt(4)).contains(StepLines.INTRODUCTION);
        assertThat(steps.stepAt(2)).isEmpty();
        assertThat(steps.stepAt(0)).isEmpty();
    }

    @Test
    void windows_line_ends_count_lines_as_the_parser_does() {
        assertThat(StepLines.of(LESSON.replace("\n", "\r\n")).stepAt(14)).contains("rank-of-w-1");
    }

    @Test
    void an_unclosed_front_matter_has_no_steps() {
        assertThat(StepLines.of("---\ntitle: x\n## A\n").stepAt(3)).isEmpty();
    }

    @Test
    void the_ids_are_the_parsers_ids_for_every_lesson_of_the_course() throws IOException {
        LessonCatalog catalog = LessonCatalog.load(Path.of("lessons"), WidgetRegistry.standard());
        assertThat(catalog.lessons(true)).isNotEmpty();
        for (LessonSummary summary : catalog.lessons(true)) {
            Lesson lesson = catalog.find(summary.slug(), true).orElseThrow();
            StepLines lines = StepLines.of(Files.readString(Path.of("lessons", summary.slug(), "lesson.md")));
            assertThat(lines.starts().stream().map(StepLines.Start::id).toList())
                    .as(summary.slug())
                    .containsAll(lesson.steps().stream()
                            .map(Step::id)
                            .filter(id -> !id.equals(StepLines.INTRODUCTION))
                            .toList());
            // each heading's own line maps to its step
            lines.starts().forEach(s -> assertThat(lines.stepAt(s.line())).contains(s.id()));
        }
    }

    @Test
    void the_parser_agrees_on_a_heading_with_a_formula_and_an_invalid_id() {
        String text = "---\ntitle: T\n---\n## Rank of $W_1$\nx\n\n## Odd {#Bad_Id}\ny\n";
        LessonParser.Result parsed =
                new LessonParser(WidgetSchemas.none()).parse(Path.of("t"), Path.of("t/lesson.md"), text);
        StepLines lines = StepLines.of(text);

        assertThat(parsed.lesson().orElseThrow().steps())
                .extracting(Step::id)
                .containsExactly(lines.stepAt(5).orElseThrow(), lines.stepAt(8).orElseThrow());
    }
}
