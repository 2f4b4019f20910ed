/** Java wrappers of the web components in frontend/ (charts, formulas): plain data in, typed events out. */
@NullMarked
package org.landscapelab.components;

import org.jspecify.annotations.NullMarked;
