package org.landscapelab.e2e;

import java.math.BigInteger;

/**
 * The rank of an integer matrix by fraction-free (Bareiss) elimination in exact arithmetic: an answer for the
 * browser tests that shares no code and no tolerance with the app's computation layer.
 */
final class ExactRank {

    private ExactRank() {}

    static int of(String text) {
        String[] rows = text.split(";");
        BigInteger[][] a = new BigInteger[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            String[] entries = rows[i].split(",");
            a[i] = new BigInteger[entries.length];
            for (int j = 0; j < entries.length; j++) {
                a[i][j] = new BigInteger(entries[j].strip());
            }
        }
        return rank(a);
    }

    static String times(String left, String right) {
        String[] l = left.split(";");
        String[] r = right.split(";");
        int m = l.length;
        int k = r.length;
        int n = r[0].split(",").length;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < m; i++) {
            String[] li = l[i].split(",");
            for (int j = 0; j < n; j++) {
                long s = 0;
                for (int t = 0; t < k; t++) {
                    s += Long.parseLong(li[t].strip()) * Long.parseLong(r[t].split(",")[j].strip());
                }
                out.append(j == 0 ? "" : ",").append(s);
            }
            out.append(i == m - 1 ? "" : ";");
        }
        return out.toString();
    }

    private static int rank(BigInteger[][] a) {
        int rows = a.length;
        int cols = a[0].length;
        int rank = 0;
        BigInteger previous = BigInteger.ONE;
        for (int c = 0; c < cols && rank < rows; c++) {
            int pivot = rank;
            while (pivot < rows && a[pivot][c].signum() == 0) {
                pivot++;
            }
            if (pivot == rows) {
                continue;
            }
            BigInteger[] swap = a[pivot];
            a[pivot] = a[rank];
            a[rank] = swap;
            for (int i = rank + 1; i < rows; i++) {
                for (int j = c + 1; j < cols; j++) {
                    a[i][j] = a[rank][c]
                            .multiply(a[i][j])
                            .subtract(a[i][c].multiply(a[rank][j]))
                            .divide(previous);
                }
                a[i][c] = BigInteger.ZERO;
            }
            previous = a[rank][c];
            rank++;
        }
        return rank;
    }
}
