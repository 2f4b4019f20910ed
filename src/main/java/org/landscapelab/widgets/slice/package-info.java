/** Widget landscape-slice: the loss on a plane through a run, and what the plane hides. */
@NullMarked
package org.landscapelab.widgets.slice;

import org.jspecify.annotations.NullMarked;
