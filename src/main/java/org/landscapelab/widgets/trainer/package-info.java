/** Widget linear-trainer: gradient descent from many starts on a linear network, judged against L*. */
@NullMarked
package org.landscapelab.widgets.trainer;

import org.jspecify.annotations.NullMarked;
