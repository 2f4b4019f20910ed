package org.landscapelab.widgets;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Consumer;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * A matrix typed as text ({@code 1,0;0,1}: rows split by {@code ;}, entries by {@code ,} or spaces). A value that
 * does not parse or is too large is marked at the field with the reason; the last good matrix stays in force.
 */
public class MatrixField extends TextField {

    /**
     * The most characters the field takes; the browser cuts a longer paste there, so a text this long is taken for a
     * cut one and refused with the reason rather than read as the part that arrived.
     */
    public static final int MAX_CHARS = 2000;

    private final int maxSide;
    private Matrix matrix;
    private boolean textValid = true;
    private Consumer<String> onInvalid = message -> {};

    public MatrixField(String label, int maxSide, Consumer<Matrix> onChange) {
        super(label);
        this.maxSide = maxSide;
        setHelperText("Rows split by ; — entries by , or spaces");
        setValueChangeMode(ValueChangeMode.LAZY);
        setValueChangeTimeout(350);
        setClearButtonVisible(false);
        setManualValidation(true); // our parser decides validity, not the field
        addClassName("lab-matrix-field");
        getElement().setAttribute("spellcheck", "false");
        setMaxLength(MAX_CHARS);
        addValueChangeListener(e -> {
            Optional<Matrix> parsed = parse(e.getValue());
            textValid = parsed.isPresent();
            if (parsed.isPresent()) {
                matrix = parsed.get();
                onChange.accept(matrix);
            } else {
                onInvalid.accept(getErrorMessage());
            }
        });
    }

    /** Called with the message when the typed text does not give a usable matrix. */
    public void setInvalidListener(Consumer<String> listener) {
        onInvalid = listener;
    }

    /** Whether the text in the field is a usable matrix (the last good one stays in {@link #matrix()}). */
    public boolean textValid() {
        return textValid;
    }

    /** Shows {@code m} without firing a change. */
    public void show(Matrix m) {
        matrix = m;
        textValid = true;
        valid();
        setValue(m.format());
    }

    /** Clears the error mark; only when set, since each change costs the page a script call. */
    public void valid() {
        if (isInvalid()) {
            setInvalid(false);
        }
    }

    public Matrix matrix() {
        return matrix;
    }

    /** Parses {@code text} as the field would; empty with the field marked invalid when it cannot. */
    public Optional<Matrix> parse(String text) {
        if (text != null && text.length() >= MAX_CHARS) {
            setErrorMessage("This field takes at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_CHARS)
                    + " characters and the text was cut there; a matrix here has at most " + maxSide
                    + " rows and " + maxSide + " columns.");
            setInvalid(true);
            return Optional.empty();
        }
        try {
            Matrix m = MatrixAnswer.matrix(text, maxSide);
            valid();
            return Optional.of(m);
        } catch (NumericsException e) {
            setErrorMessage(e.getMessage());
            setInvalid(true);
            return Optional.empty();
        }
    }
}
