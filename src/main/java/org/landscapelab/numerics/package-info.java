/**
 * The computation layer: the mathematics of the course on EJML, organised by topic in sub-packages; pure Java, no
 * Spring, no Vaadin, the only package that imports EJML. This root package holds what every topic shares: the
 * checked {@link org.landscapelab.numerics.NumericsException}, named {@link org.landscapelab.numerics.Tolerances}
 * and the time/cancel {@code Budget} of long work.
 */
@NullMarked
package org.landscapelab.numerics;

import org.jspecify.annotations.NullMarked;
