package org.landscapelab.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.landscape.LandscapeSlice;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issue target: a 200×200 slice of a 3-layer network of widths ≤ 6 under 30 ms. Widths (6,6,6,6), n = 10. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SliceBenchmark {

    private LinearNetwork net;
    private List<Matrix> w;
    private List<Matrix> d1;
    private List<Matrix> d2;

    @Setup
    public void setUp() throws NumericsException {
        Random rnd = new Random(200);
        net = LinearNetwork.squaredLoss(gaussian(rnd, 6, 10), gaussian(rnd, 6, 10));
        w = layers(rnd);
        d1 = layers(rnd);
        d2 = layers(rnd);
    }

    private static List<Matrix> layers(Random rnd) {
        List<Matrix> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(gaussian(rnd, 6, 6));
        }
        return out;
    }

    private static Matrix gaussian(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextGaussian();
        }
        return new Matrix(rows, cols, d);
    }

    @Benchmark
    public LandscapeSlice.Slice slice200x200() throws NumericsException {
        return LandscapeSlice.compute(net, w, d1, d2, 1, 1, 200, Instant.now().plusSeconds(60), () -> false, f -> {});
    }
}
