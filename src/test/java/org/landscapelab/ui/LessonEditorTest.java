package org.landscapelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.landscapelab.lessons.LessonAuthoring;
import org.landscapelab.widgets.WidgetRegistry;

/** The editor without a browser: typed text is previewed, a save with errors is refused, a clean one is written. */
class LessonEditorTest {

    private static final String DRAFT = "---\ntitle: Draft\ndraft: true\n---\n## One {#one}\nText.\n";

    @TempDir
    Path dir;

    private LessonEditor editor;

    @BeforeEach
    void editor() throws IOException {
        Files.writeString(dir.resolve("course.yml"), "parts:\n  - title: P\n    lessons: [demo]\n");
        Files.createDirectories(dir.resolve("demo"));
        Files.writeString(dir.resolve("demo/lesson.md"), DRAFT);
        editor = new LessonEditor(new LessonAuthoring(dir, WidgetRegistry.standard()), WidgetRegistry.standard());
    }

    private static Stream<Component> all(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(LessonEditorTest::all));
    }

    private <T extends Component> T find(Class<T> type, String className) {
        return all(editor)
                .filter(type::isInstance)
                .map(type::cast)
                .filter(c -> c.getClassNames().contains(className))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ." + className));
    }

    private String text(String className) {
        return ((HasText) find(Component.class, className)).getText();
    }

    @Test
    void a_new_lesson_starts_from_the_template_with_no_problems_and_its_steps_rendered() {
        assertThat(find(TextArea.class, "lab-editor-text").getValue()).isEqualTo(LessonAuthoring.template());
        assertThat(text("lab-preview-count")).isEqualTo("0 problems");
        assertThat(all(editor).filter(StepPreview.class::isInstance)).hasSize(2);
    }

    @Test
    void an_unknown_widget_is_listed_at_its_line_and_a_save_is_refused_with_the_count() {
        find(TextField.class, "lab-editor-folder").setValue("fresh");
        find(TextArea.class, "lab-editor-text").setValue(DRAFT + "\n```{no-such-widget}\n```\n");

        assertThat(text("lab-preview-count")).isEqualTo("1 problem");
        Component problem = find(Component.class, "lab-preview-problem");
        assertThat(problem.getElement().getAttribute("data-line")).isEqualTo("8");
        assertThat(problem.getElement().getTextRecursively())
                .contains("step one")
                .contains("no-such-widget");

        find(Button.class, "lab-editor-save").click();

        assertThat(text("lab-editor-status")).startsWith("Not saved: fix 1 problem first");
        assertThat(dir.resolve("fresh")).doesNotExist();
    }

    @Test
    void a_clean_new_lesson_is_saved_in_its_folder() {
        find(TextField.class, "lab-editor-folder").setValue("fresh");
        find(TextArea.class, "lab-editor-text").setValue(DRAFT);

        find(Button.class, "lab-editor-save").click();

        assertThat(text("lab-editor-status")).startsWith("Saved fresh/lesson.md");
        assertThat(dir.resolve("fresh/lesson.md")).hasContent(DRAFT);
        assertThat(find(TextField.class, "lab-editor-folder").isReadOnly()).isTrue();
    }
}
