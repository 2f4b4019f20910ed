package org.landscapelab.widgets;

import java.util.List;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;

/** Reading widget option values as the lesson file or the URL gives them. */
public final class Options {

    private Options() {}

    /** A matrix option (YAML rows or text like {@code 1,0;0,1}); null, with the reason added, when unusable. */
    public static Matrix matrix(Object value, String name, int maxSide, List<String> problems) {
        try {
            Matrix m = Matrix.fromYaml(value);
            if (m.rows() > maxSide || m.cols() > maxSide) {
                problems.add(name + " is " + m.shape() + "; at most " + maxSide + " rows and columns");
                return null;
            }
            return m;
        } catch (NumericsException e) {
            problems.add(name + ": " + e.getMessage());
            return null;
        }
    }

    /** A number from YAML or from URL text; 0 when it is not one (the field then shows 0 for the student to fix). */
    public static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
