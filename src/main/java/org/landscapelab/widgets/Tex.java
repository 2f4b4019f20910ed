package org.landscapelab.widgets;

import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.linalg.Matrix;

/** TeX source for the numbers widgets show: exact for integers, 4 significant digits otherwise. */
public final class Tex {

    private Tex() {}

    public static String matrix(Matrix m) {
        StringBuilder tex = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < m.rows(); i++) {
            for (int j = 0; j < m.cols(); j++) {
                tex.append(j == 0 ? "" : " & ").append(number(m.get(i, j)));
            }
            tex.append(i == m.rows() - 1 ? "" : " \\\\ ");
        }
        return tex.append("\\end{bmatrix}").toString();
    }

    public static String column(double[] v) {
        StringBuilder tex = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < v.length; i++) {
            tex.append(i == 0 ? "" : " \\\\ ").append(number(v[i]));
        }
        return tex.append("\\end{bmatrix}").toString();
    }

    public static String number(double x) {
        if (Math.abs(x) < 1e-12) {
            return "0";
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e9) {
            return Long.toString((long) x);
        }
        // four significant digits without trailing zeros: 7.9999999 reads 8, as an integer would
        String s = Numerals.brief(x, 4);
        return s.contains("e")
                ? s.replaceAll("e([+-])0*(\\d+)", "\\\\times 10^{$1$2}").replace("{+", "{")
                : s;
    }
}
