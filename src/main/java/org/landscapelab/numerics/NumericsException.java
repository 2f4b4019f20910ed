package org.landscapelab.numerics;

/**
 * Bad input refused by the computation layer: a matrix that does not parse, has non-finite or ragged entries,
 * mismatched shapes, or dimensions above the documented caps ({@link Tolerances}). The message is written for the
 * student who typed the input.
 */
public final class NumericsException extends Exception {

    public NumericsException(String message) {
        super(message);
    }
}
