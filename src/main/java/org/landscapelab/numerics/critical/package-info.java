/** Critical points: every critical family of the two-layer loss with its certificate (§4.3), and the critical-point certificate of a deep network with its higher-order descent-curve search. */
@NullMarked
package org.landscapelab.numerics.critical;

import org.jspecify.annotations.NullMarked;
