package org.landscapelab.lessons;

import java.util.List;
import java.util.Map;

/** A piece of a step: sanitized HTML, or a widget the player builds through the widget registry. */
public sealed interface Block {

    /**
     * Rendered prose. Formulas appear as {@code <lab-math tex="…">} elements; everything else has passed the
     * sanitizer.
     */
    record Html(String html) implements Block {}

    /**
     * A widget directive.
     *
     * @param widget the widget's name
     * @param id the instance id, for URL state ({@code ?<id>.<option>=value}); unique in the lesson
     * @param options the options as written in the lesson (validated against the schema)
     * @param locked option names the student may not change
     * @param line where the directive starts in lesson.md
     */
    record Widget(String widget, String id, Map<String, Object> options, List<String> locked, int line)
            implements Block {

        public Widget {
            options = Map.copyOf(options);
            locked = List.copyOf(locked);
        }
    }

    /**
     * A checkpoint: a question the app grades, its correct answer computed from the example by the checkpoint
     * type's own code, never typed into the lesson.
     *
     * @param widget the checkpoint type (a widget of the registry) with its id and options
     * @param questionHtml the question, rendered from Markdown
     * @param required whether later steps stay locked until it is passed
     * @param hintsHtml the author's hints, rendered from Markdown, shown to the student one at a time on request
     */
    record Checkpoint(Widget widget, String questionHtml, boolean required, List<String> hintsHtml) implements Block {

        public Checkpoint {
            hintsHtml = List.copyOf(hintsHtml);
        }
    }
}
