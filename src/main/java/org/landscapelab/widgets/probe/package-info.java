/** Widget openness-probe: δ*(ε) measured on log–log axes against the theorem's rate. */
@NullMarked
package org.landscapelab.widgets.probe;

import org.jspecify.annotations.NullMarked;
