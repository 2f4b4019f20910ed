/** Widget the optimum-value checkpoint: compute L* for the example shown. */
@NullMarked
package org.landscapelab.widgets.optimum;

import org.jspecify.annotations.NullMarked;
