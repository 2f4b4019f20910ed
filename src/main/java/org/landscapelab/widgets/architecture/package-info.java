/** Widget architecture: which theorems apply to these widths and this loss. */
@NullMarked
package org.landscapelab.widgets.architecture;

import org.jspecify.annotations.NullMarked;
