package org.landscapelab.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscapelab.numerics.NumericsException;

/**
 * The values of one widget instance's options, each read through its typed {@link Option}: from the link (unless
 * the lesson locks the option), else from the lesson file, else the option's default. A value that does not read
 * is replaced by the next source, and the reason, naming the option, is kept in {@link #problems()}.
 */
public final class Settings {

    private final Map<String, Object> lesson;
    private final Map<String, String> link;
    private final List<String> problems = new ArrayList<>();

    private Settings(Map<String, Object> lesson, Map<String, String> link) {
        this.lesson = lesson;
        this.link = link;
    }

    /** The options a lesson file sets (parsed YAML), as the validator and {@code {expect}} see them. */
    public static Settings of(Map<String, Object> lessonOptions) {
        return new Settings(Map.copyOf(lessonOptions), Map.of());
    }

    /** The options of a live instance: its link's values over the lesson's, except locked ones. */
    public static Settings of(WidgetContext context) {
        Map<String, String> link = new java.util.HashMap<>(context.state());
        link.keySet().removeIf(context::isLocked);
        return new Settings(context.options(), Map.copyOf(link));
    }

    /** The same instance without its link: what the lesson (or the defaults) start from. */
    public static Settings lessonOf(WidgetContext context) {
        return of(context.options());
    }

    public <T> T get(Option<T> option) {
        String fromLink = link.get(option.name());
        if (fromLink != null) {
            try {
                return option.read(fromLink);
            } catch (NumericsException e) {
                problems.add(option.name() + " in the link: " + e.getMessage());
            }
        }
        Object fromLesson = lesson.get(option.name());
        if (fromLesson != null) {
            try {
                return option.read(fromLesson);
            } catch (NumericsException e) {
                problems.add(option.name() + ": " + e.getMessage());
            }
        }
        return option.defaultValue();
    }

    /** A problem that involves several options (shapes that must agree), in words that name them. */
    public void problem(String message) {
        problems.add(message);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
