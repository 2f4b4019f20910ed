package org.landscapelab.widgets;

import com.vaadin.flow.component.HasValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * A settings form read as a widget's inputs: the fields' values go through the same typed options as a lesson file or
 * a link, so what runs is what the written link reloads. Shared by the views whose fields edit a {@link LinearProblem}
 * (X, Y, hidden widths) and their own settings: the trainer and the slice.
 */
public final class FieldSettings {

    private FieldSettings() {}

    /**
     * The fields as inputs of {@code spec}; empty, with the reason passed to {@code message}, when a field does not
     * give a value. Every {@link MatrixField} is parsed (and marked at the field when it does not parse); a matrix that
     * does not parse or an empty field gives {@code incomplete}; {@link LinearProblem#HIDDEN}, when among the fields,
     * must read as hidden widths; then the options' own checks apply ({@link Settings#problems()}, joined by "; ").
     *
     * @param fields each option with the field that edits it, in the options' order
     * @param more values of options edited elsewhere than in a field (a choice of view), by option name
     * @param incomplete what to say when a field is empty or a matrix does not parse
     * @param message where the form says why it did not read
     */
    public static <I> Optional<I> read(
            WidgetSpec<I, ?> spec,
            Map<Option<?>, HasValue<?, ?>> fields,
            Map<String, ?> more,
            String incomplete,
            Consumer<String> message) {
        Map<String, Matrix> matrices = new LinkedHashMap<>();
        boolean complete = true;
        for (Map.Entry<Option<?>, HasValue<?, ?>> e : fields.entrySet()) {
            if (e.getValue() instanceof MatrixField field) {
                Optional<Matrix> m = field.parse(field.getValue()); // every matrix, so each marks its own field
                m.ifPresent(matrix -> matrices.put(e.getKey().name(), matrix));
                complete &= m.isPresent();
            }
        }
        if (!complete || fields.values().stream().anyMatch(f -> f.getValue() == null)) {
            message.accept(incomplete);
            return Optional.empty();
        }
        HasValue<?, ?> hidden = fields.get(LinearProblem.HIDDEN);
        if (hidden != null) {
            try {
                LinearProblem.HIDDEN.read(hidden.getValue());
                if (hidden instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setInvalid(false);
                }
            } catch (NumericsException e) {
                String why = "hidden widths must be whole numbers from " + (int) LinearProblem.HIDDEN.min() + " to "
                        + (int) LinearProblem.HIDDEN.max() + ", separated by commas (like 2 or 2,1)";
                if (hidden instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setErrorMessage(e.getMessage()); // the field names what it read wrong
                    v.setInvalid(true);
                }
                message.accept(why + ".");
                return Optional.empty();
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        fields.forEach((option, field) -> values.put(option.name(), field.getValue()));
        matrices.forEach((name, matrix) -> values.put(name, matrix.format()));
        values.putAll(more);
        Settings settings = Settings.of(values);
        Optional<I> in = spec.inputs(settings);
        if (in.isEmpty()) {
            message.accept(String.join("; ", settings.problems()));
        }
        return in;
    }
}
