/** Gradient descent and heavy-ball momentum on linear networks, single runs and seeded multistart. */
@NullMarked
package org.landscapelab.numerics.optimize;

import org.jspecify.annotations.NullMarked;
