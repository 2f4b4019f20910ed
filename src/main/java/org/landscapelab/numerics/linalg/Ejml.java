package org.landscapelab.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;

/** The bridge to EJML: conversions and the few products used everywhere. EJML types stay inside the package. */
public final class Ejml {

    private Ejml() {}

    public static DMatrixRMaj dense(Matrix m) {
        return new DMatrixRMaj(m.rows(), m.cols(), true, m.data());
    }

    public static Matrix matrix(DMatrixRMaj d) {
        double[] data = new double[d.numRows * d.numCols];
        System.arraycopy(d.data, 0, data, 0, data.length);
        return new Matrix(d.numRows, d.numCols, data);
    }

    /** A·B, handling empty inner dimensions (EJML's mult requires none). */
    public static DMatrixRMaj mult(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, b.numCols);
        if (a.numCols > 0) {
            CommonOps_DDRM.mult(a, b, c);
        }
        return c;
    }

    /** Aᵀ·B. */
    public static DMatrixRMaj multTransA(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numCols, b.numCols);
        if (a.numRows > 0) {
            CommonOps_DDRM.multTransA(a, b, c);
        }
        return c;
    }

    /** A·Bᵀ. */
    public static DMatrixRMaj multTransB(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, b.numRows);
        if (a.numCols > 0) {
            CommonOps_DDRM.multTransB(a, b, c);
        }
        return c;
    }

    public static DMatrixRMaj transpose(DMatrixRMaj a) {
        return CommonOps_DDRM.transpose(a, null);
    }

    public static DMatrixRMaj plus(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.add(a, b, c);
        return c;
    }

    public static DMatrixRMaj minus(DMatrixRMaj a, DMatrixRMaj b) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, a.numCols);
        CommonOps_DDRM.subtract(a, b, c);
        return c;
    }

    /** Columns [from, to) of A. */
    public static DMatrixRMaj columns(DMatrixRMaj a, int from, int to) {
        DMatrixRMaj c = new DMatrixRMaj(a.numRows, to - from);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = from; j < to; j++) {
                c.unsafe_set(i, j - from, a.unsafe_get(i, j));
            }
        }
        return c;
    }

    public static double normF(DMatrixRMaj a) {
        return a.getNumElements() == 0 ? 0 : NormOps_DDRM.normF(a);
    }
}
