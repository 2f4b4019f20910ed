package org.landscapelab.numerics.openness;

import org.landscapelab.numerics.linalg.Matrix;
import java.util.Optional;

/**
 * One condition of Theorem 2 (or of Behrends' criterion): its label, e.g. {@code (i)}, its statement, whether it
 * holds at the analysed point, a verified witness matrix when the condition asks for one and holds, and a
 * student-readable explanation (why it holds, or why no witness can exist).
 */
public record Condition(String label, String statement, boolean holds, Optional<Matrix> witness,
        String explanation) {
}
