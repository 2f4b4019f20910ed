package org.landscapelab.lessons;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live course: the current {@link LessonCatalog}, rebuilt when a file under the lessons folder changes, and
 * the listeners (open pages) told about each new version. A save that breaks a lesson keeps its last good version
 * serving. Thread-safe.
 */
public final class LessonRepository implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LessonRepository.class);
    // Editors save in bursts (temp file, rename, chmod); one reload per burst.
    private static final long QUIET_MILLIS = 250;

    private final Path dir;
    private final WidgetSchemas widgets;
    private final List<Consumer<LessonCatalog>> listeners = new CopyOnWriteArrayList<>();
    private final ReloadHistory history = new ReloadHistory();
    private volatile LessonCatalog current;
    private volatile Thread watcher;

    public LessonRepository(Path dir, WidgetSchemas widgets) {
        this.dir = dir;
        this.widgets = widgets;
        this.current = LessonCatalog.load(dir, widgets);
        current.problems().forEach(p -> log.warn("Lesson problem: {}", p));
    }

    public LessonCatalog current() {
        return current;
    }

    /** The last reloads, for the instructors' dashboard. */
    public ReloadHistory history() {
        return history;
    }

    /** Re-reads the folder now and tells the listeners. */
    public LessonCatalog reload() {
        return reload(List.of());
    }

    /** Re-reads the folder after the watcher saw {@code changed} (relative to the folder) change. */
    synchronized LessonCatalog reload(List<Path> changed) {
        LessonCatalog next = LessonCatalog.load(dir, widgets, current);
        ReloadHistory.Reload reload = ReloadHistory.Reload.of(Instant.now(), changed, current, next);
        // served first, then recorded: a reload in the history is one every new page already gets
        current = next;
        history.add(reload);
        next.problems().forEach(p -> log.warn("Lesson problem: {}", p));
        for (Consumer<LessonCatalog> l : listeners) {
            try {
                l.accept(next);
            } catch (RuntimeException e) {
                log.warn("A lesson listener failed", e);
            }
        }
        return next;
    }

    /** Calls {@code listener} with every new catalog; close the returned handle to stop. */
    public AutoCloseable addListener(Consumer<LessonCatalog> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Starts watching the lessons folder (and its sub-folders) on a daemon thread. */
    public synchronized void startWatching() {
        if (watcher != null || !Files.isDirectory(dir)) {
            return;
        }
        watcher = Thread.ofPlatform().daemon().name("lesson-watcher").start(this::watch);
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.interrupt();
            watcher = null;
        }
    }

    private void watch() {
        try (WatchService service = FileSystems.getDefault().newWatchService()) {
            registerTree(service);
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = new TreeSet<>();
                WatchKey key = service.take();
                drain(key, changed);
                // Wait until the burst of events is over.
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, changed);
                }
                registerTree(service); // new lesson folders
                reload(List.copyOf(changed));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            log.error("Watching {} stopped; lessons will not reload until restart", dir, e);
        }
    }

    // Collects what changed, relative to the lessons folder, for the reload history. Hidden files are editors' swap
    // files and the temporary file of a save from the dashboard: not lesson content.
    private void drain(WatchKey key, Set<Path> changed) {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.context() instanceof Path name
                    && !name.toString().startsWith(".")
                    && key.watchable() instanceof Path folder) {
                changed.add(dir.relativize(folder.resolve(name)));
            }
        }
        key.reset();
    }

    private void registerTree(WatchService service) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(
                        service,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
