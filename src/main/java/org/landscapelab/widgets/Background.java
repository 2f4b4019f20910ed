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

    private static final System.Logger LOG = System.getLogger(Background.class.getName());

    /**
     * What a student reads when work fails: the computation layer's own sentence for numerical trouble; for
     * anything else (a bug) a plain sentence, never a Java message or class name — the details go to the log.
     */
    static String studentMessage(Throwable e) {
        if (e instanceof org.landscapelab.numerics.NumericsException && e.getMessage() != null) {
            return e.getMessage();
        }
        LOG.log(System.Logger.Level.ERROR, "widget computation failed", e);
        return "This example could not be computed (the error is logged for the instructor). Try a smaller or"
                + " less extreme example.";
    }

    private static AtomicInteger ownerWork(Component owner) {
        AtomicInteger n = ComponentUtil.getData(owner, AtomicInteger.class);
        if (n == null) {
            n = new AtomicInteger();
            ComponentUtil.setData(owner, AtomicInteger.class, n);
        }
        return n;
    }

    // data-work on the widget says whether any of its computations (cancelled ones too) is still on the server,
    // so a test can wait for the work to end instead of sleeping.
    private static void mark(Component owner, int running) {
        owner.getElement().setAttribute("data-work", running > 0 ? "running" : "idle");
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
        AtomicInteger ownerWork = ownerWork(owner);
        mark(owner, ownerWork.incrementAndGet());
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
                } catch (Exception | StackOverflowError e) {
                    String said = studentMessage(e);
                    ui.access(() -> {
                        if (!task.cancelled.get()) {
                            failed.accept(said);
                        }
                    });
                } finally {
                    release(ui);
                    ui.access(() -> mark(owner, ownerWork.decrementAndGet()));
                }
            });
        } catch (RejectedExecutionException e) {
            release(ui);
            mark(owner, ownerWork.decrementAndGet());
            failed.accept("The server is busy with other students' computations; try again in a moment.");
        }
        return task;
    }
}
