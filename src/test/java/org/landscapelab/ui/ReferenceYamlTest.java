package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.widgets.WidgetRegistry;

/** The blocks the reference offers to copy are lessons the validator accepts as they stand. */
class ReferenceYamlTest {

    private static final WidgetRegistry REGISTRY = WidgetRegistry.standard();

    @TempDir
    Path dir;

    private LessonCatalog load(String body) throws IOException {
        Files.createDirectories(dir.resolve("copied"));
        Files.writeString(dir.resolve("copied/lesson.md"), "---\ntitle: Copied\n---\n## Step\n\n" + body + "\n");
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [copied]\n");
        return LessonCatalog.load(dir, REGISTRY);
    }

    @Test
    void every_widget_example_validates_as_written() throws IOException {
        for (WidgetSchema w : REGISTRY.all()) {
            LessonCatalog catalog = load(ReferenceYaml.widget(w.name(), w.options()));

            assertThat(catalog.problems()).as(w.name()).isEmpty();
            assertThat(catalog.find("copied")).as(w.name()).isPresent();
        }
    }

    @Test
    void every_checkpoint_example_validates_as_written() throws IOException {
        for (WidgetSchema c : REGISTRY.checkpoints()) {
            LessonCatalog catalog = load(ReferenceYaml.checkpoint(c.name(), c.options()));

            assertThat(catalog.problems()).as(c.name()).isEmpty();
            assertThat(catalog.find("copied")).as(c.name()).isPresent();
        }
    }

    @Test
    void a_checkpoint_example_gives_the_reserved_keys_first_then_every_option_at_its_default() {
        WidgetSchema example = REGISTRY.checkpoint("openness-example").orElseThrow();

        assertThat(ReferenceYaml.checkpoint(example.name(), example.options()))
                .isEqualTo("""
                        ```{checkpoint}
                        id: my-openness-example
                        type: openness-example
                        question: "%s"
                        required: false
                        %s
                        property: equal-ranks-not-open
                        m: 3
                        k: 2
                        n: 3
                        ```""".formatted(ReferenceYaml.QUESTION, ReferenceYaml.HINTS));
    }
}
