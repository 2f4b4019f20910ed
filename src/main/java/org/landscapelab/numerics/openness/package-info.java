/** Local openness of matrix multiplication (W1, W2) ↦ W1W2: the rank test of Theorem 2 with conditions (i)–(iv), Behrends' conditions (a)/(b), verified witnesses, and the numerical δ*(ε) probe. */
@NullMarked
package org.landscapelab.numerics.openness;

import org.jspecify.annotations.NullMarked;
