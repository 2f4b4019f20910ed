/** Interactive widgets, one sub-package each (typed spec, one pure compute, thin view), found by ServiceLoader; this base package holds what they share (options, settings, links, background work, the linear-network problem, the worked pairs) and names none of them: the only place the UI meets the computation layer. */
@NullMarked
package org.landscapelab.widgets;

import org.jspecify.annotations.NullMarked;
