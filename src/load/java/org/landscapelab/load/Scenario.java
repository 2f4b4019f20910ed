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

    void ready(Tab tab, JsonNode navigate) throws LoadError;

    /** One interaction; {@code k} counts this tab's interactions, so each answer can be told from the last. */
    void act(Tab tab, int k) throws LoadError;

    static Scenario named(String name) {
        return switch (name) {
            case "explorer" -> new ExplorerEdit();
            case "lesson" -> new LessonSteps();
            case "trainer" -> new TrainerRun();
            default -> throw new IllegalArgumentException("unknown scenario " + name
                    + " (explorer, lesson, trainer)");
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
            w1 = tab.tree.nodeWith("label", "W1 (m×k)")
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
            listener = tab.tree.listening("lab-step")
                    .orElseThrow(() -> new LoadError("page", "the lesson page does not listen to lab-step"));
            steps.addAll(new LinkedHashSet<>(Tab.puts(navigate, "data-step")));
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
            JsonNode response = tab.send(List.of(Tab.event(listener, "lab-step",
                    Tab.JSON.createObjectNode().put("event.detail", direction))));
            if (!Tab.puts(response, "data-step").contains(steps.get(at))) {
                throw new LoadError("content", "step " + steps.get(at) + " not shown; got "
                        + Tab.puts(response, "data-step"));
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
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!"idle".equals(tab.tree.get(widget, "data-work").orElse(""))) {
                if (System.nanoTime() > deadline) {
                    throw new LoadError("timeout", "the trainer did not finish within 60 s");
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LoadError("interrupted", "trainer");
                }
                tab.send(List.of(Tab.event(1, "ui-poll", null)));
            }
            String said = tab.tree.get(summary, "data-summary").orElse("");
            if (!said.startsWith("L* =") || !said.contains("reached L*")) {
                throw new LoadError("content", "the trainer said " + Tab.clip(said));
            }
        }
    }
}
