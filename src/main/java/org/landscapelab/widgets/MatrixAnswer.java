package org.landscapelab.widgets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * A checkpoint answer made of named matrices, written as an attempt records it and as its grader reads it:
 * {@code W1 = 1,0;0,1; W2 = 1;0}. Each matrix is read as a {@link MatrixField} reads it, so the text a student typed
 * is graded the same whether it comes from the fields or from a self-test.
 */
public final class MatrixAnswer {

    private MatrixAnswer() {}

    /** {@code W1 = a; W2 = b}: the field texts as typed, after their names. */
    public static String of(List<String> names, List<String> texts) {
        if (names.size() != texts.size()) {
            throw new IllegalArgumentException("one text per name");
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            s.append(i == 0 ? "" : "; ").append(names.get(i)).append(" = ").append(texts.get(i));
        }
        return s.toString();
    }

    /**
     * The matrices of an answer written by {@link #of}, in the order of {@code names}.
     *
     * @throws NumericsException when a name is missing or a matrix does not read, with the reason
     */
    public static List<Matrix> read(String answer, List<String> names, int maxSide) throws NumericsException {
        // Matrix texts hold no letters but exponents, so "; W2 =" can only be where the next matrix starts.
        StringBuilder regex = new StringBuilder("\\s*");
        for (int i = 0; i < names.size(); i++) {
            regex.append(i == 0 ? "" : ";\\s*")
                    .append(Pattern.quote(names.get(i)))
                    .append("\\s*=(.*?)");
        }
        Matcher m = Pattern.compile(regex + "\\s*", Pattern.DOTALL).matcher(answer);
        if (!m.matches()) {
            throw new NumericsException("Write the answer as "
                    + of(names, names.stream().map(n -> "…").toList()) + ".");
        }
        List<Matrix> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            try {
                out.add(matrix(m.group(i + 1), maxSide));
            } catch (NumericsException e) {
                throw new NumericsException(names.get(i) + ": " + e.getMessage());
            }
        }
        return out;
    }

    /** One matrix as a field reads it: a line break starts a row, a trailing {@code ;} is ignored. */
    public static Matrix matrix(String text, int maxSide) throws NumericsException {
        Matrix m = Matrix.parse(text.replace('\n', ';').replaceAll(";\\s*$", ""));
        if (m.rows() > maxSide || m.cols() > maxSide) {
            throw new NumericsException("At most " + maxSide + " rows and " + maxSide + " columns here; this is "
                    + m.rows() + "×" + m.cols() + ".");
        }
        return m;
    }
}
