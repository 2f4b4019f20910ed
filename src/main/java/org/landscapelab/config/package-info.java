/** Spring wiring and the typed configuration properties of the application. */
@NullMarked
package org.landscapelab.config;

import org.jspecify.annotations.NullMarked;
