package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Long widget computations (training, probes) run off the request thread on the shared {@link ComputeShare}, so one
 * student's work never blocks another's page; results and progress come back through {@link UI#access}. A learner is
 * a Vaadin session (all tabs of one browser); their share is stated in the widget reference.
 */
public final class Background {

    static final ComputeShare SHARE = new ComputeShare(ComputeShare.Limits.STANDARD);

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

    /** How often a page without push asks for the news of its running work (progress, results). */
    static final int POLL_MILLIS = 250;

    // Pages hold no websocket (see Application): while a tab has work on the server it polls, and stops when the
    // last of its work is done, so an idle tab costs nothing between its own clicks.
    private static void polling(UI ui) {
        if (ui.getPushConfiguration().getPushMode().isEnabled()) {
            return;
        }
        int wanted = inFlight(ui).get() > 0 ? POLL_MILLIS : -1;
        if (ui.getPollInterval() != wanted) {
            ui.setPollInterval(wanted);
        }
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

    /** The share of computing each learner gets, in a sentence for the widget reference. */
    public static String shareSentence() {
        ComputeShare.Limits l = SHARE.limits();
        return "Computing is shared fairly between students: each student (one browser, all its tabs) has "
                + l.runningPerLearner() + (l.runningPerLearner() == 1 ? " computation" : " computations")
                + " running at a time and up to " + l.waitingPerLearner() + " waiting; one run may use "
                + l.cpuPerRun().toSeconds() + " s of server CPU time and a student "
                + l.cpuPerMinute().toSeconds()
                + " s per minute. A run that reaches its limit stops with a message (the trainer keeps the runs it"
                + " finished and marks the others stopped); the largest trainer settings allowed below need more than"
                + " one run's time, so ask for fewer starts or steps.";
    }

    static String ceilingMessage() {
        return "This computation needed more than " + SHARE.limits().cpuPerRun().toSeconds() + " s of server time,"
                + " the most one run may use; try a smaller example (fewer units, samples, starts or steps).";
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
    // and data-finished how many have ended, so a test or the load harness can wait for new work to end instead of
    // sleeping (a quick run can start and end within one round trip, leaving data-work as it was).
    private static void mark(Component owner, int running) {
        owner.getElement().setAttribute("data-work", running > 0 ? "running" : "idle");
    }

    private static void finished(Component owner, int running) {
        mark(owner, running);
        String before = owner.getElement().getAttribute("data-finished");
        owner.getElement()
                .setAttribute("data-finished", String.valueOf(before == null ? 1 : Integer.parseInt(before) + 1));
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

    /**
     * Runs {@code work} in the learner's share. A run stopped at the CPU ceiling that still returns (the trainer keeps
     * the runs it finished) is delivered, with the ceiling said through {@code failed} afterwards; one that throws
     * is reported as over the ceiling rather than as cancelled.
     */
    public static <T> Task start(
            Component owner, Work<T> work, DoubleConsumer progress, Consumer<T> done, Consumer<String> failed) {
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
        polling(ui);
        Object learner = ui.getSession() != null ? ui.getSession() : ui;
        Optional<String> refused = SHARE.submit(learner, task.cancelled::get, run -> {
            try {
                T result = work.run(
                        run::stop,
                        p -> ui.access(() -> {
                            if (!task.cancelled.get()) {
                                progress.accept(p);
                            }
                        }));
                // Checked again on the UI thread: a newer task may have replaced this one meanwhile.
                ui.access(() -> {
                    if (!task.cancelled.get()) {
                        done.accept(result);
                        if (run.overCeiling()) {
                            failed.accept(ceilingMessage());
                        }
                    }
                });
            } catch (Exception | StackOverflowError e) {
                String said = run.overCeiling() ? ceilingMessage() : studentMessage(e);
                ui.access(() -> {
                    if (!task.cancelled.get()) {
                        failed.accept(said);
                    }
                });
            } finally {
                release(ui);
                ui.access(() -> {
                    finished(owner, ownerWork.decrementAndGet());
                    polling(ui);
                });
            }
        });
        if (refused.isPresent()) {
            release(ui);
            mark(owner, ownerWork.decrementAndGet());
            polling(ui);
            failed.accept(refused.get());
        }
        return task;
    }
}
