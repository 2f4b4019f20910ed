/** Pyramidal non-linear networks with leaky ReLU (§5): loss, training and the rank conditions of Lemma 3. */
@NullMarked
package org.landscapelab.numerics.pyramidal;

import org.jspecify.annotations.NullMarked;
