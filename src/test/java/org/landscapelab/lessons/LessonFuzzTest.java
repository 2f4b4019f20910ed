package org.landscapelab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzing the lesson parser and validator: generated and mutated lesson files, seeded from the shipped lessons and
 * the break cases in {@code src/test/resources/fuzz/lessons}. Every input must give a lesson or located problems
 * with a message, never an exception, within 1 s. The suite runs {@value #SUITE_INPUTS} inputs; the long run is
 * {@code ./mvnw test -Dtest=LessonFuzzTest -Dfuzz.inputs=20000} (figures in docs/security.md).
 */
class LessonFuzzTest {

    static final int SUITE_INPUTS = 2000;
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", SUITE_INPUTS);
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lesson-fuzz");
        t.setDaemon(true);
        return t;
    });

    // Pieces of the lesson format and of hostile input, spliced into the seeds.
    private static final String[] DEBRIS = {
        "$",
        "$$",
        "```",
        "~~~",
        "````{note}\n",
        "```{openness-explorer}\n",
        "```{checkpoint}\ntype: openness-classify\n",
        "```{expect}\nwidget: e\nvalues: {x: 1}\n",
        "```{linear-trainer}\n",
        "---\n",
        "## ",
        "{#",
        "{#Bad Id}",
        "\n",
        ":",
        ": [",
        "[",
        "]",
        "](",
        "{",
        "}",
        "\\",
        "\\begin{pmatrix}",
        "\\end{cases}",
        "\\href{javascript:x}{y}",
        "W1: [[1, 2], [3]]\n",
        "W1: \"1e308,1e308;1,1\"\n",
        "rate: 5e-1\n",
        "hidden: 99999999999\n",
        "X: \"NaN,Infinity;-0,1e-320\"\n",
        "<script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">",
        "![x](https://evil.example/p.png)",
        "[x](javascript:alert(1))",
        "\t",
        "*",
        "_",
        "&",
        "LABMATHTOKEN",
        "LABMATHTOKEN7X",
        "LABMATHTOKEN99999999999X",
        "\u0000",
        "\u202e",
        "\ufeff",
        "\r",
        "\r\n",
        "١٢٣",
        "１２",
        "𝟙",
        "é",
        "\ud800",
        "<!--",
        "-->",
        "|a|b|\n|-|-|\n",
        "> ",
        "    ",
        "{{",
        "}}",
        "\"",
        "'",
        "&#x09;",
        "%",
        "\\\\",
        "^",
        "_{",
        "\\left(",
        "\\right)",
        "id: e\n",
        "locked: [W1]\n",
        "prerequisites: [a, b]\n",
        "minutes: 1e9\n",
        "title: |\n",
        "- \n",
        "? \n",
        "!!binary AAAA\n",
        "*alias\n",
        "&anchor x\n",
        "<<: *a\n"
    };

    @TempDir
    Path root;

    @AfterAll
    static void stop() {
        RUNNER.shutdownNow();
    }

    @Test
    void generated_and_mutated_lessons_never_crash_or_hang_the_parser_and_every_rejection_has_a_message()
            throws Exception {
        List<String> seeds = seeds();
        Path folder = root.resolve("fuzzed");
        Files.createDirectories(folder);
        Path shown = Path.of("fuzzed", "lesson.md");
        LessonParser parser = new LessonParser(LessonParserTest.WIDGETS);
        long[] slowest = {0};
        int[] tried = {0};
        List<String> failures = new ArrayList<>();

        qt().withFixedSeed(20261205L).withExamples(INPUTS).forAll(longs().all()).checkAssert(seed -> {
            String input = mutate(seeds, new Random(seed));
            tried[0]++;
            long start = System.nanoTime();
            Future<LessonParser.Result> run = RUNNER.submit(() -> parser.parse(folder, shown, input));
            LessonParser.Result result;
            try {
                result = run.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                run.cancel(true);
                failures.add("seed " + seed + ": more than 1 s");
                return;
            } catch (Exception e) {
                failures.add("seed " + seed + ": " + e.getCause());
                return;
            }
            slowest[0] = Math.max(slowest[0], System.nanoTime() - start);
            long lines = input.lines().count() + 2;
            if (result.lesson().isEmpty() && result.problems().stream().noneMatch(LessonProblem::error)) {
                failures.add("seed " + seed + ": neither a lesson nor an error");
            }
            for (LessonProblem p : result.problems()) {
                if (p.message().isBlank() || p.line() < 0 || p.line() > lines || p.column() < 0) {
                    failures.add("seed " + seed + ": " + p);
                }
            }
        });
        System.out.printf(
                "lesson fuzz: %d inputs, %d failures, slowest %.1f ms%n", tried[0], failures.size(), slowest[0] / 1e6);
        assertThat(failures).isEmpty();
        assertThat(tried[0]).isEqualTo(INPUTS);
    }

    @Test
    void bytes_that_are_not_utf8_are_always_located_inside_the_file() {
        qt().withFixedSeed(7L).withExamples(INPUTS).forAll(longs().all()).checkAssert(seed -> {
            Random r = new Random(seed);
            byte[] bytes = new byte[1 + r.nextInt(300)];
            r.nextBytes(bytes);
            for (int i = 0; i < bytes.length; i++) {
                if (r.nextInt(3) > 0) {
                    bytes[i] = (byte) "ab\n$é{}".charAt(r.nextInt(7)); // mostly text, some stray bytes
                }
            }
            var problem = LessonCatalog.firstBadByte(bytes, Path.of("x.md"));
            boolean decodes;
            try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
                decodes = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                decodes = false;
            }
            if (problem.isPresent()) {
                long lines = new String(bytes, StandardCharsets.ISO_8859_1)
                                .chars()
                                .filter(c -> c == '\n')
                                .count()
                        + 1;
                assertThat(problem.get().line()).isBetween(1, (int) lines);
                assertThat(problem.get().column()).isPositive();
                assertThat(problem.get().message()).startsWith("the file is not UTF-8 text: byte 0x");
            }
            assertThat(problem.isEmpty()).isEqualTo(decodes);
        });
    }

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        for (Path dir : List.of(Path.of("lessons"), Path.of("src/test/resources/fuzz/lessons"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md"))
                        .sorted()
                        .toList()) {
                    seeds.add(Files.readString(f));
                }
            }
        }
        assertThat(seeds).hasSizeGreaterThanOrEqualTo(7);
        return seeds;
    }

    // One input: a seed, or a splice of two, damaged by up to 16 edits (delete, duplicate, insert debris, swap
    // lines); now and then a huge line, to find what grows faster than the text.
    static String mutate(List<String> seeds, Random r) {
        StringBuilder s = new StringBuilder(seeds.get(r.nextInt(seeds.size())));
        if (r.nextInt(4) == 0) {
            String other = seeds.get(r.nextInt(seeds.size()));
            int cut = r.nextInt(s.length() + 1);
            s.setLength(cut);
            s.append(other, r.nextInt(other.length() + 1), other.length());
        }
        int edits = r.nextInt(17);
        for (int e = 0; e < edits; e++) {
            int at = r.nextInt(s.length() + 1);
            switch (r.nextInt(5)) {
                case 0 -> s.delete(at, Math.min(s.length(), at + 1 + r.nextInt(80)));
                case 1 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + r.nextInt(200))));
                case 2 -> s.insert(at, DEBRIS[r.nextInt(DEBRIS.length)]);
                case 3 -> {
                    int depth = 1 + r.nextInt(2000);
                    String open = DEBRIS[r.nextInt(DEBRIS.length)];
                    s.insert(at, open.repeat(Math.min(depth, 200_000 / Math.max(1, open.length()))));
                }
                default -> {
                    List<String> lines = new ArrayList<>(s.toString().lines().toList());
                    if (lines.size() > 1) {
                        java.util.Collections.swap(lines, r.nextInt(lines.size()), r.nextInt(lines.size()));
                        s.setLength(0);
                        s.append(String.join("\n", lines)).append('\n');
                    }
                }
            }
        }
        return s.toString();
    }
}
