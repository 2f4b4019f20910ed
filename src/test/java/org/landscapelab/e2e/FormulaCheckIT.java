package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.FormulaCheck;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The validator's formula rules against the KaTeX the app really bundles, typesetting in the browser through
 * {@code <lab-math>}: the generated command list is still right, the validator agrees with KaTeX on a corpus
 * of good and bad formulas, and it never rejects a formula KaTeX typesets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FormulaCheckIT extends PageTest {

    private static final List<String> GOOD = List.of(
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
            "a \\\\ b",
            "\\mathcal N(W_1)\\cap\\mathcal C(W_2)",
            "\\color{red} x",
            "\\tfrac{1}{2}\\,t^4",
            "\\begin{aligned} L &= \\tfrac12 \\|Y - W X\\|^2 \\\\ &\\ge 0 \\end{aligned}",
            "\\min_{\\operatorname{rank} Z \\le r} \\|Z - Y\\|",
            "\\sum_{i=1}^{h} d_i",
            "\\langle A, B\\rangle");
    private static final List<String> BAD = List.of(
            "\\fracc{1}{2}",
            "\\begin{pmatrx} a \\end{pmatrx}",
            "x^a^b",
            "x_i_j",
            "x^",
            "\\frac{1}",
            "\\sqrt",
            "\\left( x",
            "x \\right)",
            "\\middle| x",
            "a & b",
            "\\frac{1}{2",
            "x}",
            "\\begin{aligned} a &= b \\end{cases}",
            "x^{a}_{b}^{c}",
            "\\mathbb",
            "\\rank W",
            "\\tr(A)",
            "\\/");
    // What KaTeX draws only when trusted; the page never trusts a lesson, so it draws them as red source.
    private static final List<String> UNTRUSTED = List.of(
            "\\href{javascript:window.__pwned=1}{x}",
            "\\url{javascript:window.__pwned=2}",
            "\\htmlId{pwned}{b}",
            "\\htmlClass{pwned}{b}",
            "\\htmlData{pwned=1}{c}",
            "\\htmlStyle{color:red}{x}",
            "\\includegraphics{pwned.png}");

    @BeforeEach
    void open() {
        new PlayerPage(page, "http://localhost:" + port).openStep("/lessons/matrix-multiplication");
        page.locator("lab-math")
                .first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    }

    @Test
    void every_command_of_the_generated_list_is_one_the_bundled_katex_knows() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = FormulaCheck.class.getResourceAsStream("katex-names.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .filter(l -> !l.equals("\\begin") && !l.equals("\\end")) // tried through their environments
                    .forEach(names::add);
        }
        assertThat(names).hasSizeGreaterThan(900);
        List<String> formulas = names.stream()
                .map(n -> n.startsWith("begin:")
                        ? "\\begin{" + n.substring(6) + "}a\\end{" + n.substring(6) + "}"
                        : n + "{a}{b}{c}")
                .toList();
        List<String> errors = typeset(formulas);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String e = errors.get(i);
            boolean rejected =
                    e != null && (e.contains("Undefined control sequence") || e.contains("No such environment"));
            if (rejected && !typesetsInText(names.get(i))) {
                unknown.add(names.get(i) + ": " + e);
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void the_validator_and_katex_agree_on_good_and_bad_formulas() {
        List<String> corpus = new ArrayList<>(GOOD);
        corpus.addAll(BAD);
        List<String> errors = typeset(corpus);
        for (int i = 0; i < corpus.size(); i++) {
            String tex = corpus.get(i);
            assertThat(FormulaCheck.check(tex).isPresent())
                    .as("validator on `%s` (KaTeX: %s)", tex, errors.get(i))
                    .isEqualTo(errors.get(i) != null);
        }
    }

    @Test
    void the_validator_never_rejects_a_formula_katex_typesets() {
        // slips an instructor makes: a brace dropped or doubled, a script doubled, a letter lost from a command
        Random rnd = new Random(7);
        List<String> corpus = new ArrayList<>();
        for (int k = 0; k < 600; k++) {
            String tex = GOOD.get(rnd.nextInt(GOOD.size()));
            int at = rnd.nextInt(tex.length() + 1);
            corpus.add(
                    switch (rnd.nextInt(5)) {
                        case 0 -> tex.substring(0, at) + "{" + tex.substring(at);
                        case 1 -> tex.substring(0, at) + "}" + tex.substring(at);
                        case 2 -> tex.substring(0, at) + "^2" + tex.substring(at);
                        case 3 -> tex.substring(0, at) + "&" + tex.substring(at);
                        default -> at < tex.length() ? tex.substring(0, at) + tex.substring(at + 1) : tex + "_";
                    });
        }
        List<String> errors = typeset(corpus);
        List<String> falseAlarms = new ArrayList<>();
        int bothReject = 0;
        for (int i = 0; i < corpus.size(); i++) {
            var verdict = FormulaCheck.check(corpus.get(i));
            if (verdict.isPresent() && errors.get(i) == null) {
                falseAlarms.add(corpus.get(i) + " → " + verdict.get());
            }
            if (verdict.isPresent() && errors.get(i) != null) {
                bothReject++;
            }
        }
        assertThat(falseAlarms).isEmpty();
        // and it does catch most of what KaTeX rejects (not all: it is not a TeX engine)
        long katexRejects = errors.stream().filter(e -> e != null).count();
        assertThat(bothReject).isGreaterThan((int) (0.8 * katexRejects));
    }

    @Test
    void commands_katex_only_draws_when_trusted_are_refused_by_the_validator_and_inert_in_the_page() {
        for (String tex : UNTRUSTED) {
            assertThat(FormulaCheck.check(tex))
                    .as(tex)
                    .hasValueSatisfying(m -> assertThat(m).contains("not allowed"));
        }
        Object inert = page.evaluate("""
                formulas => formulas.every(tex => {
                  const el = document.createElement('lab-math');
                  el.setAttribute('tex', tex);
                  document.body.append(el);
                  const clean = el.querySelector('a, img, #pwned, .pwned, [data-pwned], [style*="red"]') === null;
                  el.remove();
                  return clean;
                })""", UNTRUSTED);
        assertThat(inert).isEqualTo(true);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
    }

    private boolean typesetsInText(String name) {
        return typeset(List.of("\\text{" + name + "}")).getFirst() == null;
    }

    // KaTeX's error for each formula, or null when it typesets.
    @SuppressWarnings("unchecked")
    private List<String> typeset(List<String> formulas) {
        List<Object> out = (List<Object>) page.evaluate("""
                formulas => formulas.map(tex => {
                  const el = document.createElement('lab-math');
                  el.setAttribute('tex', tex);
                  document.body.append(el);
                  const error = el.getAttribute('data-error');
                  el.remove();
                  return error;
                })""", formulas);
        return out.stream().map(o -> o == null ? null : String.valueOf(o)).toList();
    }
}
