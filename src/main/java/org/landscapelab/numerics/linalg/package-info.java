/** Matrices and subspaces: the matrix record and its text form, SVD, rank with one anchored tolerance, bases of null and column spaces, unimodular changes of basis; the only place that wraps EJML's decompositions. */
@NullMarked
package org.landscapelab.numerics.linalg;

import org.jspecify.annotations.NullMarked;
