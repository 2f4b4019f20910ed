/** Gradient descent and heavy-ball momentum on linear networks, single runs and seeded multistart. */
package org.landscapelab.numerics.optimize;
