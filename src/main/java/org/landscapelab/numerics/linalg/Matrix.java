package org.landscapelab.numerics.linalg;

import java.util.Arrays;
import java.util.List;
import org.landscapelab.numerics.NumericsException;

/**
 * An immutable real matrix, row-major: entry (i, j) is {@code data[i·cols + j]}. Empty shapes (0 rows or 0 columns)
 * are allowed so that the basis of a zero subspace is a matrix too.
 *
 * <p>Text form: rows separated by {@code ;}, entries by {@code ,} or spaces, e.g. {@code 1,0;0,1}. {@link #format()}
 * prints integers without a decimal point and round-trips every double through {@link #parse(String)}.
 */
public record Matrix(int rows, int cols, double[] data) {

    public Matrix {
        if (rows < 0 || cols < 0 || data == null || data.length != rows * cols) {
            throw new IllegalArgumentException("data must hold rows·cols entries");
        }
        data = data.clone();
    }

    /** Parses the text form {@code 1,0;0,1}; refuses empty, ragged, non-numeric, non-finite or oversized input. */
    public static Matrix parse(String text) throws NumericsException {
        return MatrixText.parse(text);
    }

    /** From YAML-style nested lists, one inner list per row; the same checks as {@link #parse(String)}. */
    public static Matrix fromLists(List<? extends List<? extends Number>> rows) throws NumericsException {
        return MatrixText.fromLists(rows);
    }

    /**
     * From a value read from YAML: the text form ({@code "1,0;0,1"}), a single number, or a list of rows
     * ({@code [[1, 0], [0, 1]]}); anything else is refused with a message.
     */
    public static Matrix fromYaml(Object value) throws NumericsException {
        return MatrixText.fromYaml(value);
    }

    /** From a rectangular array of rows (programmer input: throws IllegalArgumentException when ragged). */
    public static Matrix of(double[][] entries) {
        int r = entries.length;
        int c = r == 0 ? 0 : entries[0].length;
        double[] d = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (entries[i].length != c) {
                throw new IllegalArgumentException("ragged rows");
            }
            System.arraycopy(entries[i], 0, d, i * c, c);
        }
        return new Matrix(r, c, d);
    }

    public static Matrix zeros(int rows, int cols) {
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    public static Matrix identity(int n) {
        double[] d = new double[n * n];
        for (int i = 0; i < n; i++) {
            d[i * n + i] = 1;
        }
        return new Matrix(n, n, d);
    }

    /** A copy of the row-major entries. */
    @Override
    public double[] data() {
        return data.clone();
    }

    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("(" + i + "," + j + ") outside " + rows + "×" + cols);
        }
        return data[i * cols + j];
    }

    /** The entries as rows. */
    public double[][] toArray() {
        double[][] a = new double[rows][];
        for (int i = 0; i < rows; i++) {
            a[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return a;
    }

    public Matrix transpose() {
        double[] t = new double[data.length];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t[j * rows + i] = data[i * cols + j];
            }
        }
        return new Matrix(cols, rows, t);
    }

    public Matrix times(Matrix b) {
        if (cols != b.rows) {
            throw new IllegalArgumentException("cannot multiply " + shape() + " by " + b.shape());
        }
        double[] p = new double[rows * b.cols];
        for (int i = 0; i < rows; i++) {
            for (int l = 0; l < cols; l++) {
                double a = data[i * cols + l];
                for (int j = 0; j < b.cols; j++) {
                    p[i * b.cols + j] += a * b.data[l * b.cols + j];
                }
            }
        }
        return new Matrix(rows, b.cols, p);
    }

    public Matrix plus(Matrix b) {
        return combine(b, 1);
    }

    public Matrix minus(Matrix b) {
        return combine(b, -1);
    }

    public Matrix scale(double s) {
        double[] d = data.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] *= s;
        }
        return new Matrix(rows, cols, d);
    }

    /** ‖A‖_F = √(Σ a_ij²), computed as m·√(Σ (a_ij/m)²) with m = max |a_ij| so that huge entries do not overflow. */
    public double frobeniusNorm() {
        double m = 0;
        for (double x : data) {
            m = Math.max(m, Math.abs(x));
        }
        if (m == 0 || !Double.isFinite(m)) {
            return m;
        }
        double s = 0;
        for (double x : data) {
            s += (x / m) * (x / m);
        }
        return m * Math.sqrt(s);
    }

    public boolean isFinite() {
        for (double x : data) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** "m×n", for messages. */
    public String shape() {
        return rows + "×" + cols;
    }

    /** The text form, e.g. {@code 1,0;0,1}; exact (round-trips through {@link #parse(String)}). */
    public String format() {
        return MatrixText.format(this);
    }

    private Matrix combine(Matrix b, double sign) {
        if (rows != b.rows || cols != b.cols) {
            throw new IllegalArgumentException("shapes differ: " + shape() + " and " + b.shape());
        }
        double[] d = data.clone();
        for (int i = 0; i < d.length; i++) {
            d[i] += sign * b.data[i];
        }
        return new Matrix(rows, cols, d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && rows == m.rows && cols == m.cols && Arrays.equals(data, m.data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Matrix[" + shape() + ": " + format() + "]";
    }
}
