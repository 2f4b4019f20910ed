/** Seeded generators of exercise pairs of each kind (ranks differ, equal ranks open or not, full rank), checked by the analysis. */
@NullMarked
package org.landscapelab.numerics.exercises;

import org.jspecify.annotations.NullMarked;
