/** Deep linear networks: loss, gradient and exact Hessian, weighted losses, the closed-form optimum L* (reduced-rank regression), the classification of a point, and the architecture hypotheses of the theorems. */
@NullMarked
package org.landscapelab.numerics.networks;

import org.jspecify.annotations.NullMarked;
