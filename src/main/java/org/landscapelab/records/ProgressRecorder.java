package org.landscapelab.records;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Writes learning records at the moment they happen, and keeps them when the database is away.
 *
 * <p>While the database answers, every write goes straight through on the caller's thread: when the student sees
 * "Passed", the row is committed. When a write fails, it and every later one wait in order in memory (up to
 * {@link #MAX_WAITING}), a background retry writes them when the database is back, and listeners hear that
 * progress is not being saved, then that it is again. Learners are known by the hash of their cookie token; a
 * learner row is created with their first write.
 */
@Service
public class ProgressRecorder implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProgressRecorder.class);
    /** Writes kept in memory while the database is away; beyond it the oldest are dropped (and counted). */
    static final int MAX_WAITING = 100_000;

    private static final int MAX_CACHED_LEARNERS = 50_000;

    private sealed interface Write permits EventWrite, PositionWrite {
        String tokenHash();
    }

    private record EventWrite(String tokenHash, ProgressEvent event) implements Write {}

    private record PositionWrite(String tokenHash, String lesson, String step, String state, Instant at)
            implements Write {}

    private final LearnerRepository learners;
    private final ProgressRepository progress;
    private final Migrations migrations;
    private final Clock clock;
    private final Deque<Write> waiting = new ArrayDeque<>();
    private final Map<String, String> learnerIds = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_CACHED_LEARNERS;
        }
    };
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "records-retry");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean saving = true;
    private long dropped;

    @Autowired
    public ProgressRecorder(LearnerRepository learners, ProgressRepository progress, Migrations migrations) {
        this(learners, progress, migrations, Clock.systemUTC());
    }

    ProgressRecorder(LearnerRepository learners, ProgressRepository progress, Migrations migrations, Clock clock) {
        this.learners = learners;
        this.progress = progress;
        this.migrations = migrations;
        this.clock = clock;
        if (!migrations.ensure()) {
            unavailable(null);
        }
    }

    public Instant now() {
        return clock.instant();
    }

    /** Whether writes reach the database now. */
    public boolean saving() {
        return saving;
    }

    /** Hears {@code false} when writes start waiting in memory and {@code true} when they are all written. */
    public AutoCloseable addListener(Consumer<Boolean> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void record(String tokenHash, ProgressEvent event) {
        write(new EventWrite(tokenHash, event));
    }

    public void position(String tokenHash, String lesson, String step, String state) {
        write(new PositionWrite(tokenHash, lesson, step, state, now()));
    }

    /** Writes waiting in memory for the database. */
    public synchronized int waiting() {
        return waiting.size();
    }

    private void write(Write w) {
        synchronized (this) {
            if (!saving || !waiting.isEmpty()) {
                enqueue(w);
                return;
            }
        }
        try {
            apply(w);
        } catch (DataAccessException e) {
            synchronized (this) {
                enqueue(w);
            }
            unavailable(e);
        }
    }

    private void enqueue(Write w) {
        if (waiting.size() >= MAX_WAITING) {
            waiting.removeFirst();
            if (dropped++ % 1000 == 0) {
                log.error(
                        "Learning records: {} writes waiting for the database; dropping the oldest ({} so far)",
                        MAX_WAITING,
                        dropped);
            }
        }
        waiting.addLast(w);
    }

    // A write the database refuses as such (not because it is away) is logged and dropped, never retried forever:
    // one bad row must not hold up everyone's progress.
    private void apply(Write w) {
        try {
            applyOnce(w);
        } catch (DataIntegrityViolationException first) {
            forget(w.tokenHash()); // the cached learner may have been deleted a moment ago
            try {
                applyOnce(w);
            } catch (DataIntegrityViolationException again) {
                log.warn(
                        "Learning records: a {} write was refused and dropped: {}",
                        w.getClass().getSimpleName(),
                        Migrations.rootMessage(again));
            }
        }
    }

    private void applyOnce(Write w) {
        String learner = learnerId(w.tokenHash());
        switch (w) {
            case EventWrite e -> progress.append(learner, e.event());
            case PositionWrite p -> progress.savePosition(learner, p.lesson(), p.step(), p.state(), p.at());
        }
    }

    private void forget(String tokenHash) {
        synchronized (learnerIds) {
            learnerIds.remove(tokenHash);
        }
    }

    private String learnerId(String tokenHash) {
        synchronized (learnerIds) {
            String known = learnerIds.get(tokenHash);
            if (known != null) {
                return known;
            }
        }
        String id = learners.findByToken(tokenHash).map(Learner::id).orElseGet(() -> {
            try {
                return learners.create(tokenHash, now()).id();
            } catch (DuplicateKeyException raced) { // the same learner's other tab created it a moment ago
                return learners.findByToken(tokenHash).orElseThrow(() -> raced).id();
            }
        });
        synchronized (learnerIds) {
            learnerIds.put(tokenHash, id);
        }
        return id;
    }

    /** The learner this token stands for, if they have written anything; empty also while the database is away. */
    public Optional<Learner> learner(String tokenHash) {
        if (!saving) {
            return Optional.empty();
        }
        try {
            return learners.findByToken(tokenHash);
        } catch (DataAccessException e) {
            unavailable(e);
            return Optional.empty();
        }
    }

    /**
     * The learner's progress by lesson; empty (not an empty map) when it cannot be read now, so the caller can say
     * that saved progress is not shown.
     */
    public Optional<Map<String, LessonRecord>> records(String tokenHash) {
        if (!saving) {
            return Optional.empty();
        }
        try {
            return Optional.of(learners.findByToken(tokenHash)
                    .map(l -> progress.records(l.id()))
                    .orElse(Map.of()));
        } catch (DataAccessException e) {
            unavailable(e);
            return Optional.empty();
        }
    }

    // Explicit actions of a learner on their own record. They run now or fail with the DataAccessException: the
    // page says the action could not be done, nothing is queued.

    /** Forgets the learner's progress (their resume code stays). */
    public void reset(String tokenHash) {
        learners.findByToken(tokenHash).ifPresent(l -> progress.reset(l.id()));
    }

    /** Deletes the learner and all that is recorded of them; the token then stands for no one. */
    public void delete(String tokenHash) {
        learners.findByToken(tokenHash).ifPresent(l -> learners.delete(l.id()));
        forget(tokenHash);
    }

    /** Every event of the learner, oldest first. */
    public List<ProgressEvent> events(String tokenHash) {
        return learners.findByToken(tokenHash).map(l -> progress.events(l.id())).orElse(List.of());
    }

    /** A new resume code for the learner (created if they have no record yet); the previous code stops working. */
    public String newResumeCode(String tokenHash) {
        String learner = learnerId(tokenHash);
        String code = LearnerTokens.newResumeCode();
        learners.setResumeCode(learner, LearnerTokens.hash(LearnerTokens.canonicalCode(code)));
        return code;
    }

    public boolean hasResumeCode(String tokenHash) {
        return learners.findByToken(tokenHash)
                .map(l -> learners.hasResumeCode(l.id()))
                .orElse(false);
    }

    public void revokeResumeCode(String tokenHash) {
        learners.findByToken(tokenHash).ifPresent(l -> learners.revokeResumeCode(l.id()));
    }

    /**
     * A new cookie token for the learner whose resume code this is; empty when no learner has it. The learner's
     * other devices keep theirs.
     */
    public Optional<String> resume(String typedCode) {
        String code = LearnerTokens.canonicalCode(typedCode);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return learners.findByResumeCode(LearnerTokens.hash(code)).map(l -> {
            String token = LearnerTokens.newToken();
            learners.addToken(l.id(), LearnerTokens.hash(token), now());
            return token;
        });
    }

    /**
     * The learner behind this browser signed in through the institution's provider. The first time, the identity
     * joins the current learner and gives them a name; later, on another device, it leads back to that learner.
     *
     * @param identity {@code registration:subject}, stable for one person at one provider
     * @return a new cookie token when the identity belongs to another learner than this browser's (the browser then
     *     continues as them), empty when this browser's learner is the one
     */
    public Optional<String> signedIn(String tokenHash, String identity, String displayName) {
        String name = displayName.length() > 200 ? displayName.substring(0, 200) : displayName;
        Optional<Learner> known = learners.findByIdentity(identity);
        if (known.isPresent()) {
            learners.setDisplayName(known.get().id(), name);
            if (learners.findByToken(tokenHash)
                    .map(l -> l.id().equals(known.get().id()))
                    .orElse(false)) {
                return Optional.empty();
            }
            String token = LearnerTokens.newToken();
            learners.addToken(known.get().id(), LearnerTokens.hash(token), now());
            return Optional.of(token);
        }
        String learner = learnerId(tokenHash);
        try {
            learners.addIdentity(learner, identity, now());
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            // the same person signed in twice at once: the other sign-in linked it; follow it
            return signedIn(tokenHash, identity, displayName);
        }
        learners.setDisplayName(learner, name);
        return Optional.empty();
    }

    /** Marks the database away (once) and starts the retries. */
    void unavailable(@Nullable Exception cause) {
        boolean changed;
        synchronized (this) {
            changed = saving;
            saving = false;
        }
        if (changed) {
            log.warn(
                    "Learning records: not saving ({}); retrying every 2 s",
                    cause == null ? "no schema yet" : Migrations.rootMessage(cause));
            listeners.forEach(l -> l.accept(false));
            retry.schedule(this::retry, 2, TimeUnit.SECONDS);
        }
    }

    private void retry() {
        try {
            if (flush()) {
                log.info("Learning records: saving again");
                listeners.forEach(l -> l.accept(true));
                return;
            }
        } catch (RuntimeException e) {
            log.debug("Learning records: still not reachable: {}", Migrations.rootMessage(e));
        }
        retry.schedule(this::retry, 2, TimeUnit.SECONDS);
    }

    // Writes what waits, in order; true when nothing is left and writes go straight through again.
    private boolean flush() {
        if (!migrations.ensure()) {
            return false;
        }
        while (true) {
            Write next;
            synchronized (this) {
                next = waiting.peekFirst();
                if (next == null) {
                    saving = true;
                    return true;
                }
            }
            apply(next); // throws while the database is away; the write stays first in line
            synchronized (this) {
                waiting.pollFirst();
            }
        }
    }

    @Override
    public void close() {
        retry.shutdownNow();
        int left = waiting();
        if (left > 0) {
            log.error("Learning records: {} writes could not be saved before shutdown", left);
        }
    }
}
