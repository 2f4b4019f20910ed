/** Widget critical-points and the critical-global checkpoint: every critical family of the two-layer loss. */
@NullMarked
package org.landscapelab.widgets.critical;

import org.jspecify.annotations.NullMarked;
