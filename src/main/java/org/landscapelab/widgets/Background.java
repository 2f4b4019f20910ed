package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Long widget computations (training, probes) run off the request thread on a small shared pool, so one student's
 * work never blocks another's page; results and progress come back through {@link UI#access}.
 */
public final class Background {

    // Two workers (the machine class we target has two cores and the UI threads need some too) and a bounded
    // queue: past it, a request is refused with a message instead of piling up behind everyone else's.
    static final int QUEUE = 16;
    private static final ExecutorService POOL = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(QUEUE), Thread.ofPlatform().daemon().name("widget-work-", 0).factory());

    // One browser tab may hold at most this many queued or running computations (the widget reference page starts
    // one per widget at once), so a single tab cannot fill the shared queue and lock every other student out.
    static final int PER_TAB = 8;

    private Background() {}

    private static AtomicInteger inFlight(UI ui) {
        synchronized (ui) {
            AtomicInteger n = ComponentUtil.getData(ui, AtomicInteger.class);
            if (n == null) {
                n = new AtomicInteger();
                ComponentUtil.setData(ui, AtomicInteger.class, n);
            }
            return n;
        }
    }

    /** Takes a slot of the tab's share, or says no when the tab already has {@link #PER_TAB} computations. */
    static boolean admit(UI ui) {
        AtomicInteger n = inFlight(ui);
        if (n.incrementAndGet() > PER_TAB) {
            n.decrementAndGet();
            return false;
        }
        return true;
    }

    static void release(UI ui) {
        inFlight(ui).decrementAndGet();
    }

    /** Work that can be cancelled and reports progress in [0, 1]. */
    @FunctionalInterface
    public interface Work<T> {
        T run(BooleanSupplier cancelled, DoubleConsumer progress) throws Exception;
    }

    /** A started computation; {@link #cancel()} asks it to stop at its next check. */
    public static final class Task {
        private final AtomicBoolean cancelled = new AtomicBoolean();

        public void cancel() {
            cancelled.set(true);
        }
    }

    public static <T> Task start(Component owner, Work<T> work, DoubleConsumer progress, Consumer<T> done,
            Consumer<String> failed) {
        Task task = new Task();
        // A view may start work while it is being built (not attached yet): the request's UI is the one.
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
        if (ui == null) {
            return task;
        }
        if (!admit(ui)) {
            failed.accept("This page already has " + PER_TAB + " computations running; wait for one to finish or"
                    + " cancel it.");
            return task;
        }
        try {
            POOL.submit(() -> {
                try {
                    T result = work.run(task.cancelled::get, p -> ui.access(() -> {
                        if (!task.cancelled.get()) {
                            progress.accept(p);
                        }
                    }));
                    // Checked again on the UI thread: a newer task may have replaced this one meanwhile.
                    ui.access(() -> {
                        if (!task.cancelled.get()) {
                            done.accept(result);
                        }
                    });
                } catch (Exception e) {
                    ui.access(() -> {
                        if (!task.cancelled.get()) {
                            failed.accept(e.getMessage() == null ? e.toString() : e.getMessage());
                        }
                    });
                } finally {
                    release(ui);
                }
            });
        } catch (RejectedExecutionException e) {
            release(ui);
            failed.accept("The server is busy with other students' computations; try again in a moment.");
        }
        return task;
    }
}
