package org.landscapelab.lessons;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last reloads of the lessons folder, newest first, for the instructor who wonders whether a save was taken.
 * Kept in memory only: a restart starts a new history, as it starts a new catalog. Thread-safe.
 */
public final class ReloadHistory {

    /** Enough to cover an afternoon of writing without holding on to a term's worth of saves. */
    static final int KEPT = 50;

    /**
     * One reload.
     *
     * @param at when it finished
     * @param changed the files the watcher saw change, relative to the lessons folder; empty when not known (a reload
     *     asked for directly)
     * @param keptLastGood lessons whose file has errors and that students still see in their last good version
     * @param errors the errors of the whole course after the reload
     * @param warnings the warnings of the whole course after the reload
     */
    public record Reload(Instant at, List<Path> changed, List<String> keptLastGood, int errors, int warnings) {

        public Reload {
            changed = List.copyOf(changed);
            keptLastGood = List.copyOf(keptLastGood);
        }

        /** Every changed lesson that was read without errors went live. */
        public boolean accepted() {
            return keptLastGood.isEmpty();
        }

        static Reload of(Instant at, List<Path> changed, LessonCatalog before, LessonCatalog after) {
            // A lesson kept in its last good version is the very object the previous catalog served.
            List<String> kept = after.lessons(true).stream()
                    .map(LessonSummary::slug)
                    .filter(slug -> before.find(slug, true).isPresent()
                            && before.find(slug, true).get()
                                    == after.find(slug, true).orElse(null))
                    .toList();
            int errors =
                    (int) after.problems().stream().filter(LessonProblem::error).count();
            return new Reload(at, changed, kept, errors, after.problems().size() - errors);
        }
    }

    private final Deque<Reload> reloads = new ArrayDeque<>();

    ReloadHistory() {}

    synchronized void add(Reload reload) {
        reloads.addFirst(reload);
        while (reloads.size() > KEPT) {
            reloads.removeLast();
        }
    }

    /** The kept reloads, newest first. */
    public synchronized List<Reload> newestFirst() {
        return List.copyOf(reloads);
    }
}
