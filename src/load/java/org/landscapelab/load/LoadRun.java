package org.landscapelab.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A closed-model load run: groups of virtual students (one virtual thread and one HTTP client each), each opening
 * its page and then interacting after a think time drawn uniformly from [t/2, 3t/2]. Students start evenly over
 * the ramp; only interactions whose start lies in the measured window count. Exact nearest-rank percentiles.
 */
public final class LoadRun {

    /** {@code count} students running {@code scenario}, thinking {@code thinkSeconds} on average. */
    public record Group(String scenario, int count, double thinkSeconds) {
        /** {@code explorer=500@2} */
        static Group parse(String spec) {
            String[] nameRest = spec.split("=", 2);
            String[] countThink = nameRest[1].split("@", 2);
            return new Group(
                    nameRest[0],
                    Integer.parseInt(countThink[0]),
                    countThink.length > 1 ? Double.parseDouble(countThink[1].replace("s", "")) : 2);
        }
    }

    public record Settings(URI url, List<Group> groups, int rampSeconds, int windowSeconds) {
        int sessions() {
            return groups.stream().mapToInt(Group::count).sum();
        }
    }

    /** What one scenario did in the window. */
    public record Outcome(
            String scenario,
            int sessions,
            long count,
            double perSecond,
            double p50,
            double p95,
            double p99,
            double max,
            long bytesPerInteraction,
            Map<String, Long> errors) {
        public long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Result(
            Settings settings, List<Outcome> outcomes, long opened, long reopens, Map<String, String> firstErrors) {
        public long interactions() {
            return outcomes.stream().mapToLong(Outcome::count).sum();
        }

        public long errors() {
            return outcomes.stream().mapToLong(Outcome::errorCount).sum();
        }
    }

    /** Called when the measured window opens and closes (the series reads the server's CPU there). */
    public interface Window {
        void opened();

        void closed();
    }

    private final Settings settings;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final Map<String, List<long[]>> samples = new ConcurrentHashMap<>();
    private final Map<String, Map<String, LongAdder>> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstErrors = new ConcurrentHashMap<>();
    private final LongAdder opened = new LongAdder();
    private final LongAdder reopens = new LongAdder();
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;

    public LoadRun(Settings settings) {
        this.settings = settings;
    }

    /** Runs the ramp and the window; the students' sessions stay open on the server afterwards (idle tabs). */
    public Result run(Window window) throws InterruptedException {
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        // The HTTP clients' own tasks run here; closed only after every student has finished its last answer.
        ExecutorService io = Executors.newVirtualThreadPerTaskExecutor();
        long start = System.nanoTime();
        long rampNanos = settings.rampSeconds() * 1_000_000_000L;
        int total = settings.sessions();
        List<Tab> tabs = Collections.synchronizedList(new ArrayList<>());
        int index = 0;
        for (Group group : settings.groups()) {
            samples.put(group.scenario(), Collections.synchronizedList(new ArrayList<>()));
            errors.put(group.scenario(), new ConcurrentHashMap<>());
            // One learner's tabs share the browser's cookies, so the server sees one session with many UIs.
            CookieManager oneBrowser = Scenario.named(group.scenario()).oneLearner() ? browser() : null;
            for (int i = 0; i < group.count(); i++) {
                long at = start + (total <= 1 ? 0 : rampNanos * index / total);
                index++;
                threads.submit(() -> student(group, at, io, tabs, oneBrowser));
            }
        }
        sleepUntil(start + rampNanos);
        windowStart = System.nanoTime();
        window.opened();
        sleepUntil(windowStart + settings.windowSeconds() * 1_000_000_000L);
        windowEnd = System.nanoTime();
        window.closed();
        stop.set(true);
        threads.shutdown();
        threads.awaitTermination(70, java.util.concurrent.TimeUnit.SECONDS);
        threads.shutdownNow();
        // Idle tabs from here on: no open connections, so the live heap after the run is sessions and UIs.
        synchronized (tabs) {
            tabs.forEach(Tab::disconnect);
        }
        io.shutdownNow();
        List<Outcome> outcomes = new ArrayList<>();
        double seconds = (windowEnd - windowStart) / 1e9;
        for (Group group : settings.groups()) {
            List<long[]> s;
            synchronized (samples.get(group.scenario())) {
                s = new ArrayList<>(samples.get(group.scenario()));
            }
            long[] latencies = s.stream().mapToLong(x -> x[0]).sorted().toArray();
            long bytes = s.stream().mapToLong(x -> x[1]).sum();
            Map<String, Long> byKind = new TreeMap<>();
            errors.get(group.scenario()).forEach((k, v) -> byKind.put(k, v.sum()));
            outcomes.add(new Outcome(
                    group.scenario(),
                    group.count(),
                    latencies.length,
                    latencies.length / seconds,
                    ms(latencies, 0.50),
                    ms(latencies, 0.95),
                    ms(latencies, 0.99),
                    latencies.length == 0 ? Double.NaN : latencies[latencies.length - 1] / 1e6,
                    latencies.length == 0 ? 0 : bytes / latencies.length,
                    byKind));
        }
        return new Result(settings, outcomes, opened.sum(), reopens.sum(), new TreeMap<>(firstErrors));
    }

    // A browser that has opened the app once: its session cookie exists before its tabs open side by side.
    private CookieManager browser() {
        CookieManager cookies = new CookieManager();
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build()) {
            http.send(
                    HttpRequest.newBuilder(settings.url().resolve("/")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException("the app did not answer its first page", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return cookies;
    }

    private void student(
            Group group, long startAt, ExecutorService executor, List<Tab> tabs, CookieManager oneBrowser) {
        sleepUntil(startAt);
        boolean first = true;
        while (!stop.get()) {
            Scenario scenario = Scenario.named(group.scenario());
            Tab tab = oneBrowser == null
                    ? new Tab(settings.url(), executor)
                    : new Tab(settings.url(), executor, oneBrowser);
            try {
                scenario.ready(tab, tab.open(scenario.route(), scenario.query()));
                opened.increment();
                tabs.add(tab);
                long lastHeartbeat = System.nanoTime();
                for (int k = 1; !stop.get(); k++) {
                    think(group.thinkSeconds());
                    if (stop.get()) {
                        break;
                    }
                    if (System.nanoTime() - lastHeartbeat > tab.heartbeatSeconds * 1_000_000_000L) {
                        tab.heartbeat();
                        lastHeartbeat = System.nanoTime();
                    }
                    long bytesBefore = tab.bytesReceived;
                    long t0 = System.nanoTime();
                    scenario.act(tab, k);
                    long t1 = System.nanoTime();
                    if (t0 >= windowStart && t0 < windowEnd) {
                        samples.get(group.scenario()).add(new long[] {t1 - t0, tab.bytesReceived - bytesBefore});
                    }
                }
            } catch (LoadError e) {
                // An error counts whenever it happens after the window opened (an opening page too).
                long now = System.nanoTime();
                if (now >= windowStart && (windowEnd == Long.MAX_VALUE || now < windowEnd + 10_000_000_000L)) {
                    errors.get(group.scenario())
                            .computeIfAbsent(e.kind, k -> new LongAdder())
                            .increment();
                    firstErrors.putIfAbsent(group.scenario() + "/" + e.kind, e.getMessage());
                }
                if (!first) {
                    reopens.increment();
                }
                first = false;
                if (!stop.get()) {
                    think(1);
                }
            } catch (RuntimeException e) {
                errors.get(group.scenario())
                        .computeIfAbsent("generator", k -> new LongAdder())
                        .increment();
                firstErrors.putIfAbsent(group.scenario() + "/generator", String.valueOf(e));
                think(1);
            }
            first = false;
        }
    }

    private static void think(double meanSeconds) {
        if (meanSeconds <= 0) {
            return;
        }
        double seconds = meanSeconds * (0.5 + ThreadLocalRandom.current().nextDouble());
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static double ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** {@code --url http://localhost:8080 --mix explorer=50@2,trainer=5@0 --ramp 10 --window 60} */
    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        Settings settings = new Settings(
                URI.create(a.getOrDefault("url", "http://localhost:8080")),
                Args.groups(a.getOrDefault("mix", "explorer=20@2")),
                Integer.parseInt(a.getOrDefault("ramp", "10")),
                Integer.parseInt(a.getOrDefault("window", "30")));
        Result result = new LoadRun(settings).run(new Window() {
            public void opened() {}

            public void closed() {}
        });
        System.out.print(Report.rows(result, Map.of()));
        result.firstErrors().forEach((k, v) -> System.out.println("first " + k + ": " + v));
    }
}
