/** Pyramidal non-linear networks with leaky ReLU (§5): loss, training and the rank conditions of Lemma 3. */
package org.landscapelab.numerics.pyramidal;
