package org.landscapelab.widgets.openness;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.WidgetContext;

/**
 * The explorer's view without a browser: plain server-side components, driven the way the student drives them.
 * It shows the pattern for view tests: find fields by label, set values, read the summary the compute produced.
 */
class OpennessExplorerViewTest {

    private static OpennessExplorerView view(
            Map<String, Object> lesson, Map<String, String> link, List<String> locked) {
        return new OpennessExplorerView(new WidgetContext("explorer", lesson, locked, link, "explorer."));
    }

    private static Stream<Component> all(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(OpennessExplorerViewTest::all));
    }

    private static MatrixField field(Component view, String label) {
        return all(view)
                .filter(MatrixField.class::isInstance)
                .map(MatrixField.class::cast)
                .filter(f -> label.equals(f.getLabel()))
                .findFirst()
                .orElseThrow();
    }

    private static String summary(Component view) {
        return all(view)
                .map(c -> c.getElement().getAttribute("data-summary"))
                .filter(s -> s != null && !s.isEmpty())
                .findFirst()
                .orElse("");
    }

    @Test
    void opens_on_the_lessons_pair_and_says_what_it_is() {
        OpennessExplorerView v = view(Map.of("W1", "1,0;0,0;0,0", "W2", "0,0,0;1,0,0"), Map.of(), List.of());
        assertThat(summary(v))
                .isEqualTo(OpennessExplorer.SPEC
                        .inputs(org.landscapelab.widgets.Settings.of(Map.of("W1", "1,0;0,0;0,0", "W2", "0,0,0;1,0,0")))
                        .map(in -> {
                            try {
                                return OpennessExplorerCompute.compute(in, org.landscapelab.widgets.Job.HEADLESS)
                                        .summary();
                            } catch (org.landscapelab.numerics.NumericsException e) {
                                throw new AssertionError(e);
                            }
                        })
                        .orElseThrow());
        assertThat(summary(v)).contains("not locally open");
    }

    @Test
    void an_edit_recomputes_the_summary() {
        OpennessExplorerView v = view(Map.of(), Map.of(), List.of());
        assertThat(summary(v)).startsWith("rank W1 = 2, rank W2 = 1");
        field(v, "W2 (k×n)").setValue("1,0,0;0,1,0");
        assertThat(summary(v))
                .startsWith("rank W1 = 2, rank W2 = 2, rank W1W2 = 2")
                .endsWith("locally open (k < min(m,n))");
    }

    @Test
    void a_mismatched_edit_marks_the_result_stale_and_names_the_field() {
        OpennessExplorerView v = view(Map.of(), Map.of(), List.of());
        field(v, "W2 (k×n)").setValue("1,0,0");
        assertThat(summary(v)).startsWith("No valid pair: W2 needs 2 rows to multiply W1 (3×2); it has 1.");
        assertThat(all(v).anyMatch(c -> c.getElement().getClassList().contains("lab-stale")))
                .isTrue();
    }

    @Test
    void a_link_sets_the_pair_unless_the_lesson_locks_it() {
        assertThat(summary(view(Map.of(), Map.of("W1", "0,0;0,0;0,0"), List.of())))
                .startsWith("rank W1 = 0");
        OpennessExplorerView locked = view(Map.of(), Map.of("W1", "0,0;0,0;0,0"), List.of("W1"));
        assertThat(summary(locked)).startsWith("rank W1 = 2");
        assertThat(field(locked, "W1 (m×k)").isReadOnly()).isTrue();
    }

    @Test
    void a_mangled_link_shows_the_lessons_example_with_a_notice() {
        OpennessExplorerView v = view(Map.of(), Map.of("W1", "1,x"), List.of());
        assertThat(summary(v)).startsWith("rank W1 = 2");
        assertThat(all(v).map(c -> c.getElement().getText())
                        .anyMatch(t -> t.startsWith("The link held settings that do not work (W1 in the link: ")))
                .isTrue();
    }
}
