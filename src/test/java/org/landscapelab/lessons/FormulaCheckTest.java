package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.widgets.WidgetRegistry;

/** Every class of formula problem the validator reports, with its exact message and location. */
class FormulaCheckTest {

    @TempDir
    Path dir;

    @Test
    void each_kind_of_formula_problem_is_reported_at_its_line_with_its_message() throws IOException {
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [alpha]\n");
        Files.createDirectories(dir.resolve("alpha"));
        Files.writeString(dir.resolve("alpha/lesson.md"), """
                ---
                title: T
                summary: S
                minutes: 5
                ---
                ## S
                Unknown $\\fracc{1}{2}$ and $\\begin{pmatrx} a \\end{pmatrx}$.
                Scripts $x^a^b$, $x_i_j$, $x^$.
                Arguments $\\frac{1}$ and $\\sqrt$.
                Pairs $\\left( x$, $x \\right)$, $\\middle| x$.
                Align $a & b$ and braces $\\frac{1}{2$ and $x}$.
                $$
                \\begin{aligned} a &= b \\end{cases}
                $$
                """);

        List<String> problems = LessonCatalog.load(dir, WidgetRegistry.standard()).problems().stream()
                .map(LessonProblem::toString)
                .toList();

        assertThat(problems)
                .containsExactly(
                        "alpha/lesson.md:7:9: formula `\\fracc{1}{2}`: unknown command `\\fracc`; KaTeX would reject the"
                                + " formula — did you mean `\\frac`?",
                        "alpha/lesson.md:7:28: formula `\\begin{pmatrx} a \\end{pmatrx}`: unknown environment `pmatrx`; KaTeX"
                                + " would reject the formula — did you mean `pmatrix`?",
                        "alpha/lesson.md:8:9: formula `x^a^b`: double superscript: a second `^` on the same base; expected one"
                                + " group, e.g. `x^{ab}`, or `{x^a}^b`",
                        "alpha/lesson.md:8:18: formula `x_i_j`: double subscript: a second `_` on the same base; expected one"
                                + " group, e.g. `x_{ab}`, or `{x_a}_b`",
                        "alpha/lesson.md:8:27: formula `x^`: `^` has nothing to attach; expected a group after `^`",
                        "alpha/lesson.md:9:11: formula `\\frac{1}`: `\\frac` expects 2 arguments, found 1",
                        "alpha/lesson.md:9:26: formula `\\sqrt`: `\\sqrt` expects 1 argument, found 0",
                        "alpha/lesson.md:10:7: formula `\\left( x`: `\\left` is never closed with `\\right`",
                        "alpha/lesson.md:10:19: formula `x \\right)`: `\\right` has no matching `\\left` in its group",
                        "alpha/lesson.md:10:32: formula `\\middle| x`: `\\middle` outside a `\\left` … `\\right` pair",
                        "alpha/lesson.md:11:7: formula `a & b`: `&` outside an aligning environment; expected `\\&` for an"
                                + " ampersand, or an environment such as `aligned`, `pmatrix` or `cases`",
                        "alpha/lesson.md:11:26: formula `\\frac{1}{2`: 1 `{` not closed; expected `}`",
                        "alpha/lesson.md:11:43: formula `x}`: a `}` has no matching `{`",
                        "alpha/lesson.md:12:1: formula `\\begin{aligned} a &= b \\end{cases}`: `\\end{cases}` does not close"
                                + " the environment opened before it");
    }

    @Test
    void what_the_shipped_lessons_write_passes() {
        for (String tex : List.of(
                "W_1 W_2",
                "\\mathbb{R}^{m\\times n}",
                "x^2_i",
                "x_i^2",
                "x'^2",
                "\\frac12",
                "\\sqrt[3]{x}",
                "\\left\\{ x \\middle| x > 0 \\right\\}",
                "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}",
                "\\operatorname*{arg\\,min}_W L(W)",
                "\\text{rank}\\,W",
                "\\bigl( a \\bigr)",
                "\\|W\\|_F^2",
                "\\begin{cases} a & b \\\\ c & d \\end{cases}",
                "{x^a}^b",
                "\\hat{\\sigma}_{i}",
                "% comment\nx",
                "a \\\\ b",
                "\\mathcal N(W_1)\\cap\\mathcal C(W_2)",
                "\\color{red} x",
                "\\tfrac{1}{2}\\,t^4")) {
            assertThat(FormulaCheck.check(tex)).as(tex).isEmpty();
        }
    }
}
