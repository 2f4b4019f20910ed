/** The computation layer: the mathematics of the course on EJML; pure Java, no Spring, no Vaadin, the only package that imports EJML. */
package org.landscapelab.numerics;
