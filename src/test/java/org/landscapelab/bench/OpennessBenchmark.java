package org.landscapelab.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issue target: any openness analysis at 12×12 under 2 ms. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class OpennessBenchmark {

    private Matrix w1;
    private Matrix w2;

    @Setup
    public void setUp() {
        Random random = new Random(345);
        double[][] a = new double[12][12];
        double[][] b = new double[12][12];
        for (int i = 0; i < 12; i++) {
            for (int j = 0; j < 12; j++) {
                a[i][j] = random.nextInt(19) - 9;
                b[i][j] = j < 6 ? random.nextInt(19) - 9 : 0; // rank-deficient W2: the intersections are non-trivial
            }
        }
        w1 = Matrix.of(a);
        w2 = Matrix.of(b);
    }

    @Benchmark
    public LocalOpenness analyze12x12x12() throws NumericsException {
        return LocalOpenness.analyze(w1, w2);
    }
}
