/** The loss landscape seen in two dimensions: slices through a point or a run, and level lines by marching squares. */
@NullMarked
package org.landscapelab.numerics.landscape;

import org.jspecify.annotations.NullMarked;
