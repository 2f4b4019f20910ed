package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS corpus ({@code src/test/resources/xss/owasp-filter-evasion.txt}) against the lesson validator: the
 * cases marked {@code refused-by-validator} keep their lesson from students (so they never reach a browser), and
 * every other case is accepted, one step each, so that {@code XssCorpusIT} can show it to Chromium.
 */
public class XssCorpusValidatorTest {

    @TempDir
    Path dir;

    /** The corpus file, read; shared with {@code XssCorpusIT}. */
    public static final class Corpus {

        public static final String RESOURCE = "/xss/owasp-filter-evasion.txt";

        private static final Pattern CHARACTER = Pattern.compile("\\{\\{U\\+([0-9A-Fa-f]{4,6})}}");

        /**
         * One case.
         *
         * @param number 1-based, in file order; a payload that runs reports it ({@code alert(N)})
         * @param name the case's {@code # name} line
         * @param refusedByValidator whether it carries the flag {@code #! refused-by-validator}
         * @param text the Markdown to put in a lesson, placeholders replaced
         */
        public record Case(int number, String name, boolean refusedByValidator, String text) {

            /** The id of the case's step: {@code case-007}. */
            public String stepId() {
                return "case-%03d".formatted(number);
            }

            /** The id of the marker element that opens the case's step: {@code xss-case-007}. */
            public String marker() {
                return "xss-" + stepId();
            }

            @Override
            public String toString() {
                return "#%03d %s".formatted(number, name);
            }
        }

        private Corpus() {}

        public static List<Case> load() {
            try (InputStream in = Corpus.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the class path");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        static List<Case> parse(String file) {
            List<Case> cases = new ArrayList<>();
            Set<String> names = new HashSet<>();
            List<String> lines = file.lines().toList();
            int i = 0;
            while (i < lines.size() && !lines.get(i).equals("%%%")) {
                i++; // the preamble
            }
            while (i < lines.size()) {
                int start = ++i;
                while (i < lines.size() && !lines.get(i).equals("%%%")) {
                    i++;
                }
                List<String> block = lines.subList(start, i);
                int number = cases.size() + 1;
                if (block.isEmpty() || !block.getFirst().startsWith("# ")) {
                    throw new IllegalArgumentException(
                            "case " + number + " (line " + start + ") does not start with" + " `# name`");
                }
                String name = block.getFirst().substring(2).strip();
                if (!names.add(name)) {
                    throw new IllegalArgumentException("two cases are named `" + name + "`");
                }
                int body = 1;
                boolean refused = false;
                while (body < block.size() && block.get(body).startsWith("#!")) {
                    String flag = block.get(body).substring(2).strip();
                    if (!flag.equals("refused-by-validator")) {
                        throw new IllegalArgumentException("case `" + name + "`: unknown flag `" + flag + "`");
                    }
                    refused = true;
                    body++;
                }
                // blank lines around the case go, its indentation stays (an indented code block is a case too)
                String text = String.join("\n", block.subList(body, block.size()))
                        .replaceFirst("^(\\s*\n)+", "")
                        .stripTrailing();
                if (text.isEmpty()) {
                    throw new IllegalArgumentException("case `" + name + "` is empty");
                }
                text = text.replace("{{N}}", String.valueOf(number));
                text = CHARACTER
                        .matcher(text)
                        .replaceAll(
                                m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
                cases.add(new Case(number, name, refused, text));
            }
            return List.copyOf(cases);
        }

        /**
         * A lesson.md with one step per case, {@code ## Case 007 {#case-007}}, each opening with an empty marker
         * element {@code <div class="xss-case" id="xss-case-007">} before the case's text.
         */
        public static String lesson(String title, List<Case> cases) {
            StringBuilder md = new StringBuilder("---\ntitle: " + title + "\nsummary: XSS filter-evasion cases,"
                    + " one per step\nminutes: 1\n---\n");
            for (Case c : cases) {
                md.append("## Case %03d {#%s}\n\n".formatted(c.number(), c.stepId()))
                        .append("<div class=\"xss-case\" id=\"")
                        .append(c.marker())
                        .append("\"></div>\n\n")
                        .append(c.text())
                        .append("\n\n");
            }
            return md.toString();
        }
    }

    private static final List<Corpus.Case> CASES = Corpus.load();

    private LessonCatalog oneLessonPerCase(List<Corpus.Case> cases) throws IOException {
        // the lesson the browser test plays, so that a case's link to `/lessons/xss` finds it here too
        Files.createDirectories(dir.resolve("xss"));
        Files.writeString(
                dir.resolve("xss").resolve(LessonCatalog.LESSON_FILE), "---\ntitle: XSS\n---\n## Start\n\nText\n");
        StringBuilder course = new StringBuilder("parts:\n  - title: XSS\n    lessons:\n      - xss\n");
        for (Corpus.Case c : cases) {
            Files.createDirectories(dir.resolve(c.stepId()));
            Files.writeString(
                    dir.resolve(c.stepId()).resolve(LessonCatalog.LESSON_FILE),
                    Corpus.lesson("XSS case " + c.number(), List.of(c)));
            course.append("      - ").append(c.stepId()).append('\n');
        }
        Files.writeString(dir.resolve(LessonCatalog.COURSE_FILE), course.toString());
        return LessonCatalog.load(dir, WidgetSchemas.none());
    }

    private static List<String> errors(List<LessonProblem> problems) {
        return problems.stream()
                .filter(LessonProblem::error)
                .map(LessonProblem::toString)
                .toList();
    }

    @Test
    void the_corpus_holds_cases_for_the_browser_and_for_the_validator() {
        long refused = CASES.stream().filter(Corpus.Case::refusedByValidator).count();
        System.out.println("XSS corpus: " + CASES.size() + " cases, " + (CASES.size() - refused) + " for the browser, "
                + refused + " refused by the validator");
        assertThat(CASES.size() - refused).isGreaterThanOrEqualTo(100);
        assertThat(refused).isPositive();
        assertThat(CASES).extracting(Corpus.Case::number).doesNotHaveDuplicates();
    }

    @TestFactory
    Stream<DynamicTest> every_case_marked_refused_keeps_its_lesson_from_students() throws IOException {
        List<Corpus.Case> refused =
                CASES.stream().filter(Corpus.Case::refusedByValidator).toList();
        LessonCatalog catalog = oneLessonPerCase(refused);
        return refused.stream()
                .map(c -> dynamicTest(c.toString(), () -> {
                    assertThat(errors(catalog.problems(c.stepId())))
                            .as("errors the validator finds in %s:%n%s", c, c.text())
                            .isNotEmpty();
                    assertThat(catalog.find(c.stepId()))
                            .as("%s is served to students", c)
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_other_case_is_accepted_so_the_browser_test_sees_it() throws IOException {
        List<Corpus.Case> browser =
                CASES.stream().filter(c -> !c.refusedByValidator()).toList();
        LessonCatalog catalog = oneLessonPerCase(browser);
        return browser.stream()
                .map(c -> dynamicTest(c.toString(), () -> {
                    assertThat(errors(catalog.problems(c.stepId())))
                            .as("errors the validator finds in %s:%n%s", c, c.text())
                            .isEmpty();
                    assertThat(catalog.find(c.stepId())).as("%s is served", c).isPresent();
                }));
    }

    @Test
    void all_browser_cases_in_one_lesson_give_one_step_each_with_its_marker_and_no_formula() throws IOException {
        List<Corpus.Case> browser =
                CASES.stream().filter(c -> !c.refusedByValidator()).toList();
        Files.createDirectories(dir.resolve("xss"));
        Path file = dir.resolve("xss").resolve(LessonCatalog.LESSON_FILE);
        Files.writeString(file, Corpus.lesson("XSS corpus", browser));
        Files.writeString(dir.resolve(LessonCatalog.COURSE_FILE), "parts:\n  - title: XSS\n    lessons: [xss]\n");
        assertThat(Files.size(file)).isLessThan(LessonCatalog.MAX_FILE_BYTES);

        LessonCatalog catalog = LessonCatalog.load(dir, WidgetSchemas.none());

        assertThat(errors(catalog.problems())).isEmpty();
        Lesson lesson = catalog.find("xss").orElseThrow();
        assertThat(lesson.steps())
                .extracting(Step::id)
                .containsExactlyElementsOf(
                        browser.stream().map(Corpus.Case::stepId).toList());
        for (int i = 0; i < browser.size(); i++) {
            String html = lesson.steps().get(i).blocks().stream()
                    .map(b -> b instanceof Block.Html h ? h.html() : "")
                    .reduce("", String::concat);
            assertThat(html)
                    .as(browser.get(i).toString())
                    .contains("id=\"" + browser.get(i).marker() + "\"")
                    .doesNotContain("<lab-math");
        }
    }
}
