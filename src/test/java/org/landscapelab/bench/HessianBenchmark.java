package org.landscapelab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue target: exact Hessian + eigen-decomposition for about 500 parameters under 50 ms. Network of widths
 * (10, 12, 12, 12, 10): 528 parameters, n = 12 samples, Gaussian data and weights.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HessianBenchmark {

    private LinearNetwork net;
    private List<Matrix> w;

    @Setup
    public void setUp() throws NumericsException {
        Random rnd = new Random(500);
        int[] widths = {10, 12, 12, 12, 10};
        net = LinearNetwork.squaredLoss(gaussian(rnd, 10, 12), gaussian(rnd, 10, 12));
        w = new ArrayList<>();
        for (int i = 1; i < widths.length; i++) {
            w.add(gaussian(rnd, widths[i], widths[i - 1]).scale(0.3));
        }
    }

    private static Matrix gaussian(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextGaussian();
        }
        return new Matrix(rows, cols, d);
    }

    @Benchmark
    public double[][] hessian528() throws NumericsException {
        return net.hessian(w);
    }

    @Benchmark
    public double[] hessianAndEigenvalues528() throws NumericsException {
        return net.hessianEigenvalues(w);
    }
}
