/** Seeded generators of exercise pairs of each kind (ranks differ, equal ranks open or not, full rank), checked by the analysis. */
package org.landscapelab.numerics.exercises;
