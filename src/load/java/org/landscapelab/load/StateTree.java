package org.landscapelab.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The client's copy of Flow's state tree, as far as a load generator needs it: each node's properties and
 * attributes (every {@code put}, whatever its feature), its children, and the DOM events it listens to. Node ids
 * are looked up here by what a user sees (a label, a button's text, an attribute), never hard-coded.
 */
final class StateTree {

    private final Map<Integer, Map<String, String>> puts = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode c : changes) {
            int node = c.path("node").asInt();
            switch (c.path("type").asString("")) {
                case "put" ->
                    puts.computeIfAbsent(node, n -> new HashMap<>())
                            .put(
                                    c.path("key").asString(),
                                    c.path("value").isString()
                                            ? c.path("value").asString()
                                            : c.path("value").toString());
                case "splice" -> {
                    if (c.path("feat").asInt() != 2) {
                        break;
                    }
                    List<Integer> list = children.computeIfAbsent(node, n -> new ArrayList<>());
                    int index = Math.min(c.path("index").asInt(), list.size());
                    int remove = c.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < list.size(); i++) {
                        list.remove(index);
                    }
                    int at = index;
                    for (JsonNode added : c.path("addNodes")) {
                        list.add(Math.min(at++, list.size()), added.asInt());
                    }
                }
                case "clear" -> {
                    if (c.path("feat").asInt() == 2) {
                        children.remove(node);
                    }
                }
                case "detach" -> {
                    puts.remove(node);
                    children.remove(node);
                }
                default -> {}
            }
        }
    }

    Optional<String> get(int node, String key) {
        return Optional.ofNullable(puts.getOrDefault(node, Map.of()).get(key));
    }

    /** The first node (lowest id) with {@code key = value}, e.g. a field by its label. */
    Optional<Integer> nodeWith(String key, String value) {
        return puts.entrySet().stream()
                .filter(e -> value.equals(e.getValue().get(key)))
                .map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    /** The node that listens to DOM event {@code event} (its listener map holds the event's name as a key). */
    Optional<Integer> listening(String event) {
        return puts.entrySet().stream()
                .filter(e -> e.getValue().containsKey(event))
                .map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    /** The first node that has {@code key} at all, e.g. the widget that reports {@code data-work}. */
    Optional<Integer> nodeWithKey(String key) {
        return puts.entrySet().stream()
                .filter(e -> e.getValue().containsKey(key))
                .map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    /** A {@code vaadin-button} whose own text is {@code text}. */
    Optional<Integer> button(String text) {
        return puts.entrySet().stream()
                .filter(e -> "vaadin-button".equals(e.getValue().get("tag")))
                .filter(e -> children.getOrDefault(e.getKey(), List.of()).stream()
                        .anyMatch(child ->
                                text.equals(puts.getOrDefault(child, Map.of()).get("text"))))
                .map(Map.Entry::getKey)
                .min(Integer::compare);
    }

    /**
     * The values of {@code key} in page order: depth-first from each root (a node that is no element's child).
     * Node ids say nothing of the order: Flow numbers a new subtree's nodes from its leaves up.
     */
    List<String> inPageOrder(String key) {
        List<String> out = new ArrayList<>();
        java.util.Set<Integer> child = new java.util.HashSet<>();
        children.values().forEach(child::addAll);
        java.util.TreeSet<Integer> roots = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
        roots.addAll(puts.keySet());
        roots.addAll(children.keySet());
        roots.removeAll(child);
        java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
        roots.forEach(stack::push); // the lowest root is popped first
        while (!stack.isEmpty()) {
            int node = stack.pop();
            String value = puts.getOrDefault(node, Map.of()).get(key);
            if (value != null) {
                out.add(value);
            }
            List<Integer> kids = children.getOrDefault(node, List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return out;
    }

    int size() {
        return puts.size();
    }
}
