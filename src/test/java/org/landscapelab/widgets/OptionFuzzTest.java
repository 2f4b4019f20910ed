package org.landscapelab.widgets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * Fuzzing every widget's option parser — as a lesson's YAML gives a value (text, numbers, lists) and as a link does
 * (text) — and every widget's whole-settings check: each input is read or refused with a message naming the
 * problem, never another exception, within 1 s; what is read is finite and inside the option's range. The suite
 * runs {@value #SUITE_INPUTS} inputs per option; the long run is
 * {@code ./mvnw test -Dtest=OptionFuzzTest -Dfuzz.inputs=20000}.
 */
class OptionFuzzTest {

    static final int SUITE_INPUTS = 1000;
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", SUITE_INPUTS);
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "option-fuzz");
        t.setDaemon(true);
        return t;
    });

    private static final String[] ATOMS = {
        "0",
        "1",
        "-1",
        "2.5",
        "1e308",
        "1e309",
        "-1e308",
        "1e-300",
        "1e-320",
        "4.9e-324",
        "NaN",
        "nan",
        "Infinity",
        "-Infinity",
        "inf",
        "-0",
        "+1",
        ".5",
        "5.",
        "1e",
        "e5",
        "--1",
        "0x10",
        "1_000",
        "1,0",
        "5e-1",
        "5e-2",
        "3e-1",
        "9999999999999999999",
        "2147483648",
        "-2147483649",
        "١٢٣",
        "１２",
        "𝟙",
        "٣٫٥",
        "\u0000",
        "\u202e",
        "\ufeff",
        "\t",
        " ",
        "\n",
        ";",
        ",",
        "[",
        "]",
        "[[",
        "]]",
        "{",
        "}",
        "(",
        ")",
        "true",
        "false",
        "yes",
        "null",
        "~",
        "\"",
        "'",
        "1;2",
        "1,2;3",
        "1,2;3,4",
        "1 2; 3 4",
        "a",
        "W1",
        "<script>",
        "%00",
        "１,０;０,１",
        "1,,2",
        ";;",
        "1;",
        ",1",
        "0.1e+2",
        "1E5",
        "1d",
        "1f",
        "0b1",
        "1/2",
        "√2",
        "π",
        "∞"
    };

    @AfterAll
    static void stop() {
        RUNNER.shutdownNow();
    }

    @Test
    void every_option_of_every_widget_reads_or_refuses_with_a_message_whatever_it_is_given() throws Exception {
        WidgetRegistry registry = WidgetRegistry.standard();
        List<Widget> widgets = registry.all().stream()
                .map(s -> registry.widget(s.name()).orElseThrow())
                .toList();
        List<String> failures = new ArrayList<>();
        long[] slowest = {0};
        int[] tried = {0};
        for (Widget widget : widgets) {
            for (Option<?> option : widget.spec().options()) {
                qt().withFixedSeed(
                                option.name().hashCode() * 31L + widget.name().hashCode())
                        .withExamples(INPUTS)
                        .forAll(longs().all())
                        .checkAssert(seed -> {
                            Object raw = input(new Random(seed));
                            tried[0]++;
                            long start = System.nanoTime();
                            Future<Object> read = RUNNER.submit(() -> {
                                try {
                                    return option.read(raw);
                                } catch (NumericsException e) {
                                    return e;
                                }
                            });
                            try {
                                Object got = read.get(1, TimeUnit.SECONDS);
                                slowest[0] = Math.max(slowest[0], System.nanoTime() - start);
                                String bad = judge(option, got);
                                if (bad != null) {
                                    failures.add(widget.name() + "." + option.name() + " ← " + shown(raw) + ": " + bad);
                                }
                            } catch (TimeoutException e) {
                                read.cancel(true);
                                failures.add(widget.name() + "." + option.name() + " ← " + shown(raw) + ": over 1 s");
                            } catch (Exception e) {
                                failures.add(
                                        widget.name() + "." + option.name() + " ← " + shown(raw) + ": " + e.getCause());
                            }
                        });
            }
        }
        System.out.printf(
                "option fuzz: %d inputs over %d widgets, %d failures, slowest %.1f ms%n",
                tried[0], widgets.size(), failures.size(), slowest[0] / 1e6);
        assertThat(failures).isEmpty();
    }

    @Test
    void whole_settings_from_a_lesson_or_a_link_are_checked_without_an_exception() {
        WidgetRegistry registry = WidgetRegistry.standard();
        List<String> failures = new ArrayList<>();
        int[] tried = {0};
        for (var schema : registry.all()) {
            Widget widget = registry.widget(schema.name()).orElseThrow();
            qt().withFixedSeed(schema.name().hashCode())
                    .withExamples(Math.max(200, INPUTS / 5))
                    .forAll(longs().all())
                    .checkAssert(seed -> {
                        Random r = new Random(seed);
                        Map<String, Object> options = new HashMap<>();
                        for (Option<?> o : widget.spec().options()) {
                            if (r.nextBoolean()) {
                                options.put(
                                        o.name(),
                                        r.nextBoolean() ? input(r) : o.spec().defaultValue());
                            }
                        }
                        tried[0]++;
                        try {
                            List<String> problems = schema.check(options);
                            problems.forEach(p -> {
                                if (p.isBlank()) {
                                    failures.add(schema.name() + " " + options + ": a blank problem");
                                }
                            });
                            widget.spec().inputs(Settings.of(options));
                        } catch (RuntimeException e) {
                            failures.add(schema.name() + " " + options.keySet() + ": " + e);
                        }
                    });
        }
        System.out.printf("settings fuzz: %d option sets, %d failures%n", tried[0], failures.size());
        assertThat(failures).isEmpty();
    }

    private static String judge(Option<?> option, Object got) {
        if (got instanceof NumericsException e) {
            return e.getMessage() == null || e.getMessage().isBlank() ? "refused without a message" : null;
        }
        if (got instanceof Double d && (!Double.isFinite(d) || d < option.min() || d > option.max())) {
            return "read as " + d + ", outside [" + option.min() + ", " + option.max() + "]";
        }
        if (got instanceof Integer i && (i < option.min() || i > option.max())) {
            return "read as " + i + ", outside [" + option.min() + ", " + option.max() + "]";
        }
        if (got instanceof Matrix m) {
            if (m.rows() > option.max() || m.cols() > option.max()) {
                return "a " + m.rows() + "×" + m.cols() + " matrix past the size limit";
            }
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    if (!Double.isFinite(m.get(i, j))) {
                        return "a matrix with entry " + m.get(i, j);
                    }
                }
            }
        }
        return null;
    }

    // Text as a link gives it, numbers and lists as YAML does, and now and then something huge.
    static Object input(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> r.nextInt(2) == 0 ? r.nextDouble() * Math.pow(10, r.nextInt(700) - 350) : r.nextLong();
            case 1 -> list(r, 0);
            case 2 -> "1,".repeat(r.nextInt(5000)) + "1";
            case 3 -> r.nextInt(50) == 0 ? "9".repeat(1_000_000) : "[".repeat(r.nextInt(3000));
            case 4 -> Map.of("a", 1);
            default -> {
                StringBuilder s = new StringBuilder();
                int n = 1 + r.nextInt(12);
                for (int i = 0; i < n; i++) {
                    s.append(ATOMS[r.nextInt(ATOMS.length)]);
                }
                yield s.toString();
            }
        };
    }

    private static Object list(Random r, int depth) {
        List<Object> out = new ArrayList<>();
        int n = r.nextInt(depth == 0 ? 8 : 8);
        for (int i = 0; i < n; i++) {
            out.add(
                    depth < 2 && r.nextInt(3) > 0
                            ? list(r, depth + 1)
                            : r.nextBoolean() ? ATOMS[r.nextInt(ATOMS.length)] : (Object) (r.nextGaussian() * 1e300));
        }
        return out;
    }

    private static String shown(Object raw) {
        String s = String.valueOf(raw);
        return s.length() > 60 ? s.substring(0, 57) + "… (" + s.length() + " chars)" : s;
    }
}
