package org.landscapelab.lessons;

import java.util.Collection;
import java.util.Optional;

/** The registry of widgets as the lesson engine sees it. */
public interface WidgetSchemas {

    Optional<WidgetSchema> find(String name);

    Collection<WidgetSchema> all();

    /** The checkpoint type of that name: a {@code {checkpoint}} directive's {@code type:}. */
    default Optional<WidgetSchema> checkpoint(String type) {
        return Optional.empty();
    }

    default Collection<WidgetSchema> checkpoints() {
        return java.util.List.of();
    }

    /** A registry with no widgets, for lessons that use none. */
    static WidgetSchemas none() {
        return new WidgetSchemas() {
            @Override
            public Optional<WidgetSchema> find(String name) {
                return Optional.empty();
            }

            @Override
            public Collection<WidgetSchema> all() {
                return java.util.List.of();
            }
        };
    }
}
