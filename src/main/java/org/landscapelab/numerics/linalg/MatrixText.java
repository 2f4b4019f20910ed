package org.landscapelab.numerics.linalg;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.landscapelab.numerics.Numbers;
import org.landscapelab.numerics.NumericsException;

/** Parsing and printing of the text form {@code 1,0;0,1} and of YAML nested lists. */
public final class MatrixText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private MatrixText() {}

    public static Matrix parse(String text) throws NumericsException {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        if (text.isBlank()) {
            throw new NumericsException("The matrix is empty: type rows separated by ';', e.g. 1,0;0,1.");
        }
        String[] rowTexts = text.strip().split(";", -1);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < rowTexts.length; i++) {
            rows.add(parseRow(rowTexts[i].strip(), i + 1));
        }
        return assemble(rows);
    }

    private static double[] parseRow(String row, int rowNumber) throws NumericsException {
        if (row.isEmpty()) {
            throw new NumericsException("Row " + rowNumber + " is empty.");
        }
        String[] parts = row.contains(",") ? row.split(",", -1) : row.split("\\s+");
        double[] values = new double[parts.length];
        for (int j = 0; j < parts.length; j++) {
            String p = parts[j].strip().replace('\u2212', '-');
            if (p.isEmpty()) {
                throw new NumericsException("Row " + rowNumber + " has an empty entry (two separators in a row?).");
            }
            if (!NUMBER.matcher(p).matches()) {
                throw new NumericsException("'" + p + "' in row " + rowNumber + " is not a number.");
            }
            try {
                values[j] = Numbers.parse(p);
            } catch (NumericsException e) {
                throw new NumericsException("Row " + rowNumber + ", entry " + (j + 1) + ": " + e.getMessage());
            }
        }
        return values;
    }

    public static Matrix fromLists(List<? extends List<? extends Number>> lists) throws NumericsException {
        if (lists == null) {
            throw new IllegalArgumentException("lists is null");
        }
        if (lists.isEmpty()) {
            throw new NumericsException("The matrix has no rows.");
        }
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            List<? extends Number> row = lists.get(i);
            if (row == null || row.isEmpty()) {
                throw new NumericsException("Row " + (i + 1) + " is empty.");
            }
            double[] values = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                Number x = row.get(j);
                if (x == null) {
                    throw new NumericsException("Row " + (i + 1) + ", entry " + (j + 1) + " is missing.");
                }
                values[j] = finite(x.doubleValue(), i + 1, j + 1);
            }
            rows.add(values);
        }
        return assemble(rows);
    }

    public static Matrix fromYaml(Object value) throws NumericsException {
        if (value instanceof String text) {
            return parse(text);
        }
        if (value instanceof Number x) {
            return fromLists(List.of(List.of(x)));
        }
        if (!(value instanceof List<?> rows)) {
            throw new NumericsException(
                    "A matrix is written as text like 1,0;0,1 or as a list of rows like " + "[[1, 0], [0, 1]].");
        }
        List<List<Number>> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof List<?> row)) {
                throw new NumericsException("Row " + (i + 1) + " is not a list of numbers.");
            }
            List<Number> numbers = new ArrayList<>();
            for (int j = 0; j < row.size(); j++) {
                Object x = row.get(j);
                if (x != null && !(x instanceof Number)) {
                    throw new NumericsException(
                            "Row " + (i + 1) + ", entry " + (j + 1) + " ('" + x + "') is not a number.");
                }
                numbers.add((Number) x);
            }
            checked.add(numbers);
        }
        return fromLists(checked);
    }

    private static double finite(double x, int row, int col) throws NumericsException {
        if (!Double.isFinite(x)) {
            throw new NumericsException("Row " + row + ", entry " + col + " is not a finite number.");
        }
        return x;
    }

    private static Matrix assemble(List<double[]> rows) throws NumericsException {
        int cols = rows.get(0).length;
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).length != cols) {
                throw new NumericsException("Row " + (i + 1) + " has " + rows.get(i).length + " entries but row 1 has "
                        + cols + ": every row needs the same number of entries.");
            }
        }
        Matrix m = Matrix.of(rows.toArray(double[][]::new));
        Checks.size(m, "The matrix");
        return m;
    }

    public static String format(Matrix m) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < m.rows(); i++) {
            if (i > 0) {
                sb.append(';');
            }
            for (int j = 0; j < m.cols(); j++) {
                if (j > 0) {
                    sb.append(',');
                }
                sb.append(number(m.get(i, j)));
            }
        }
        return sb.toString();
    }

    /** Integers without a decimal point (and −0 as 0); other values in Java's shortest round-trip form. */
    public static String number(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }
}
