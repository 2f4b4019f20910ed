package org.landscapelab.numerics.exercises;

import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.LocalOpenness;

/** A generated checkpoint pair, with the analysis that verified it before it was handed out. */
public record Exercise(ExerciseKind kind, long seed, Matrix w1, Matrix w2, LocalOpenness analysis) {}
