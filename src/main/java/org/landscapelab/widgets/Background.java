package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Long widget computations (training, probes) run off the request thread on a small shared pool, so one student's
 * work never blocks another's page; results and progress come back through {@link UI#access}.
 */
public final class Background {

    // Two workers: the machine class we target has two cores, and the UI threads need some too.
    private static final ExecutorService POOL = Executors.newFixedThreadPool(2,
            Thread.ofPlatform().daemon().name("widget-work-", 0).factory());

    private Background() {}

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
        UI ui = owner.getUI().orElse(null);
        if (ui == null) {
            return task;
        }
        POOL.submit(() -> {
            try {
                T result = work.run(task.cancelled::get, p -> ui.access(() -> progress.accept(p)));
                if (!task.cancelled.get()) {
                    ui.access(() -> done.accept(result));
                }
            } catch (Exception e) {
                ui.access(() -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage()));
            }
        });
        return task;
    }
}
