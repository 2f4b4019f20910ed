package org.landscapelab.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What one simulated student does on one page. {@link #open} builds the page and finds the controls by what a
 * user sees; {@link #act} is one interaction, checked against a value the server must have recomputed for it.
 */
interface Scenario {

    String route();

    /** The address's query the page opens with (a shared link's widget state). */
    default String query() {
        return "";
    }

    /** True when every student of the group is the same learner: tabs of one browser, one session. */
    default boolean oneLearner() {
        return false;
    }

    void ready(Tab tab, JsonNode navigate) throws LoadError;

    /** One interaction; {@code k} counts this tab's interactions, so each answer can be told from the last. */
    void act(Tab tab, int k) throws LoadError;

    /** Polls every 250 ms, as the page does while it has work on the server, until {@code done} holds. */
    static void pollUntil(Tab tab, java.util.function.BooleanSupplier done, int seconds, String what) throws LoadError {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new LoadError("timeout", what + " did not end within " + seconds + " s");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LoadError("interrupted", what);
            }
            tab.send(List.of(Tab.event(1, "ui-poll", null)));
        }
    }

    static Scenario named(String name) {
        return switch (name) {
            case "explorer" -> new ExplorerEdit();
            case "lesson" -> new LessonSteps();
            case "trainer" -> new TrainerRun();
            case "hammer" -> new ProbeHammer();
            default ->
                throw new IllegalArgumentException("unknown scenario " + name + " (explorer, lesson, trainer, hammer)");
        };
    }

    /** Types a new W1 into the openness explorer; the summary must state W1's new rank. */
    final class ExplorerEdit implements Scenario {
        private int w1;

        @Override
        public String route() {
            return "playground/openness-explorer";
        }

        @Override
        public void ready(Tab tab, JsonNode navigate) throws LoadError {
            w1 = tab.tree
                    .nodeWith("label", "W1 (m×k)")
                    .orElseThrow(() -> new LoadError("page", "no field labelled W1 (m×k) on the explorer"));
        }

        @Override
        public void act(Tab tab, int k) throws LoadError {
            // Ranks alternate 1, 2, 1, … from the default's 2, so every answer must carry a changed summary.
            int rank = 2 - k % 2;
            int a = 1 + k % 7;
            String value = a + ",0;0," + (rank - 1) + ";0,0";
            JsonNode debounce = Tab.JSON.createObjectNode().put("1", 1).put("for", "trailing");
            JsonNode response = tab.send(List.of(Tab.sync(w1, "value", value), Tab.event(w1, "input", debounce)));
            List<String> summaries = Tab.puts(response, "data-summary");
            if (summaries.stream().noneMatch(s -> s.startsWith("rank W1 = " + rank + ","))) {
                throw new LoadError("content", "W1 = " + value + " answered " + summaries);
            }
        }
    }

    /** Steps through the first steps of lesson A and back with the arrow keys; each answer is the new step. */
    final class LessonSteps implements Scenario {
        private int listener;
        private final List<String> steps = new ArrayList<>();
        private int at;
        private int direction = 1;

        @Override
        public String route() {
            return "lessons/matrix-multiplication";
        }

        @Override
        public void ready(Tab tab, JsonNode navigate) throws LoadError {
            listener = tab.tree
                    .listening("lab-step")
                    .orElseThrow(() -> new LoadError("page", "the lesson page does not listen to lab-step"));
            // The step list's entries, in page order (the list comes before the step on screen)
            steps.addAll(new LinkedHashSet<>(tab.tree.inPageOrder("data-step")));
            if (steps.size() < 2) {
                throw new LoadError("page", "the lesson lists steps " + steps);
            }
        }

        @Override
        public void act(Tab tab, int k) throws LoadError {
            int last = Math.min(3, steps.size() - 1);
            if (at + direction < 0 || at + direction > last) {
                direction = -direction;
            }
            at += direction;
            JsonNode response = tab.send(List.of(
                    Tab.event(listener, "lab-step", Tab.JSON.createObjectNode().put("event.detail", direction))));
            if (!Tab.puts(response, "data-step").contains(steps.get(at))) {
                throw new LoadError(
                        "content", "step " + steps.get(at) + " not shown; got " + Tab.puts(response, "data-step"));
            }
        }
    }

    /**
     * Presses Train on the linear trainer and polls, as the page does while a job runs, until the widget reports
     * its work done ({@code data-work="idle"}); the summary must then name L* and how many runs reached it.
     */
    final class TrainerRun implements Scenario {
        private int train;
        private int widget;
        private int summary;

        @Override
        public String route() {
            return "playground/linear-trainer";
        }

        @Override
        public void ready(Tab tab, JsonNode navigate) throws LoadError {
            train = tab.tree.button("Train").orElseThrow(() -> new LoadError("page", "no Train button"));
            widget = tab.tree.nodeWithKey("data-work").orElseThrow(() -> new LoadError("page", "no data-work"));
            summary = tab.tree.nodeWithKey("data-summary").orElseThrow(() -> new LoadError("page", "no summary"));
            awaitIdle(tab); // the page trains once on opening
        }

        @Override
        public void act(Tab tab, int k) throws LoadError {
            int before = finished(tab);
            tab.send(List.of(Tab.click(train)));
            awaitIdle(tab);
            // data-finished counts the widget's ended runs: a quick run may start and end within one round trip,
            // and the old result must not pass for a new one.
            if (finished(tab) <= before) {
                throw new LoadError("content", "Train did not run (data-finished stayed " + before + ")");
            }
        }

        private int finished(Tab tab) {
            return Integer.parseInt(tab.tree.get(widget, "data-finished").orElse("0"));
        }

        private void awaitIdle(Tab tab) throws LoadError {
            pollUntil(tab, () -> "idle".equals(tab.tree.get(widget, "data-work").orElse("")), 60, "the trainer");
            String said = tab.tree.get(summary, "data-summary").orElse("");
            if (!said.startsWith("L* =") || !said.contains("reached L*")) {
                throw new LoadError("content", "the trainer said " + Tab.clip(said));
            }
        }
    }

    /**
     * One learner's tab of the openness probe at 4×4×4 (4–5 s of CPU a run): press Run probe and wait until the
     * run has ended, or read the share's refusal. All tabs of the group are one browser, so the computing share
     * sees one learner asking from many tabs.
     */
    final class ProbeHammer implements Scenario {
        private static final String IDENTITY = "1,0,0,0;0,1,0,0;0,0,1,0;0,0,0,1";
        private int run;

        @Override
        public String route() {
            return "playground/openness-probe";
        }

        @Override
        public String query() {
            return "W1=" + IDENTITY + "&W2=" + IDENTITY;
        }

        @Override
        public boolean oneLearner() {
            return true;
        }

        @Override
        public void ready(Tab tab, JsonNode navigate) throws LoadError {
            run = tab.tree.button("Run probe").orElseThrow(() -> new LoadError("page", "no Run probe button"));
        }

        @Override
        public void act(Tab tab, int k) throws LoadError {
            // data-work and data-finished appear on the widget with its first computation
            int before = finished(tab);
            JsonNode answer = tab.send(List.of(Tab.click(run)));
            String said = answer.toString();
            if (said.contains("your share of the server")
                    || said.contains("computations waiting")
                    || said.contains("server is busy")) {
                return; // refused with the share's sentence: the page is free again at once
            }
            pollUntil(tab, () -> finished(tab) > before, 180, "the probe");
        }

        private int finished(Tab tab) {
            return tab.tree
                    .nodeWithKey("data-finished")
                    .flatMap(n -> tab.tree.get(n, "data-finished"))
                    .map(Integer::parseInt)
                    .orElse(0);
        }
    }
}
