package org.landscapelab.numerics;

/** A generated checkpoint pair, with the analysis that verified it before it was handed out. */
public record Exercise(ExerciseKind kind, long seed, Matrix w1, Matrix w2, LocalOpenness analysis) {
}
