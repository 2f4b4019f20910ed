package org.landscapelab.widgets;

import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.Numbers;
import org.landscapelab.numerics.NumericsException;

/**
 * A field for one number, read on the server by the app's one number reader ({@link Numbers#parse}): {@code 5e-2}
 * is 0.05, {@code 1e20} is 1e20, {@code 1,0} is refused with the reason. A browser's own number input would read
 * some of these differently (it dropped exponents, and read {@code 1,0} as 10), so the text goes to the server as
 * typed.
 */
public class NumberInput extends TextField {

    public NumberInput(String label) {
        super(label);
        addClassName("lab-number-field");
        getElement().setAttribute("inputmode", "decimal");
        getElement().setAttribute("spellcheck", "false");
        setManualValidation(true);
        setMaxLength(400);
    }

    /** Shows {@code value} exactly (reading the text back gives the same number). */
    public void setValue(Number value) {
        setValue(Numerals.exact(value.doubleValue()));
    }

    /** States the allowed range under the field. */
    public void setRange(double min, double max) {
        setHelperText("from " + Numerals.exact(min) + " to " + Numerals.exact(max));
    }

    /** The number typed; empty, with the field marked invalid and the reason shown at it, when there is none. */
    public Optional<Double> number() {
        try {
            double v = Numbers.parse(getValue());
            setInvalid(false);
            return Optional.of(v);
        } catch (NumericsException e) {
            setErrorMessage(e.getMessage());
            setInvalid(true);
            return Optional.empty();
        }
    }
}
