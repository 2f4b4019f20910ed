package org.landscapelab.widgets;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * How a computation is watched while it runs: a cancellation flag it checks and a progress sink in [0, 1].
 *
 * @param cancelled true once the student cancelled or left the page
 * @param progress receives the fraction done
 */
public record Job(BooleanSupplier cancelled, DoubleConsumer progress) {

    /** Headless runs ({@code {expect}}, tests): never cancelled, progress unseen. */
    public static final Job HEADLESS = new Job(() -> false, p -> {});
}
