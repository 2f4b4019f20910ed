package org.landscapelab.bench;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.OpennessProbe;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Issue target: one probe classification (ε = 0.1, 0.05, 0.025) on a 3×2×3 pair under 1 s. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProbeBenchmark {

    /** Instances B (open, Θ(ε²)), D (open, Θ(ε)) and C (not open) of math.md §3.3. */
    @Param({"B", "D", "C"})
    public String instance;

    private Matrix w1;
    private Matrix w2;

    @Setup
    public void setUp() throws NumericsException {
        switch (instance) {
            case "B" -> {
                w1 = Matrix.parse("1,0;0,0;0,0");
                w2 = Matrix.parse("1,0,0;0,0,0");
            }
            case "D" -> {
                w1 = Matrix.parse("1,0;0,1;0,0");
                w2 = Matrix.parse("1,0,0;0,1,0");
            }
            default -> {
                w1 = Matrix.parse("1,0;0,0;0,0");
                w2 = Matrix.parse("0,0,0;1,0,0");
            }
        }
    }

    @Benchmark
    public OpennessProbe.Classification classify3x2x3() throws NumericsException {
        return OpennessProbe.classify(
                w1, w2, OpennessProbe.defaultEpsilons(), 1, Instant.now().plusSeconds(60), () -> false, f -> {});
    }
}
