package org.landscapelab.numerics;

import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The limits of one long computation: a deadline, a cancellation flag and a progress sink in [0, 1]. {@link #check()}
 * is called between units of work and stops the computation with a student-readable {@link NumericsException}.
 */
public final class Budget {

    private final Instant deadline;
    private final BooleanSupplier cancelled;
    private final DoubleConsumer progress;
    private double last = -1;

    public Budget(Instant deadline, BooleanSupplier cancelled, DoubleConsumer progress) {
        if (deadline == null || cancelled == null || progress == null) {
            throw new IllegalArgumentException("deadline, cancelled and progress are required");
        }
        this.deadline = deadline;
        this.cancelled = cancelled;
        this.progress = progress;
    }

    public void check() throws NumericsException {
        if (cancelled.getAsBoolean()) {
            throw new NumericsException("The computation was cancelled.");
        }
        if (Instant.now().isAfter(deadline)) {
            throw new NumericsException("The computation ran out of time; try a smaller problem or allow more time.");
        }
    }

    /** Reports a fraction in [0, 1], never going backwards. */
    public void report(double fraction) {
        double f = Math.min(1, Math.max(0, fraction));
        if (f > last) {
            last = f;
            progress.accept(f);
        }
    }
}
