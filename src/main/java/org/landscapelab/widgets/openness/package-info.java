/** Widget openness-explorer and the openness-classify / openness-example checkpoints: is multiplication locally open at (W1, W2)?. */
@NullMarked
package org.landscapelab.widgets.openness;

import org.jspecify.annotations.NullMarked;
