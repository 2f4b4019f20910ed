package org.landscapelab.load;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A series of load runs against the production jar, each on a fresh server pinned to one core: start, warm up,
 * take the live heap, run the window while reading the server's CPU, take the live heap again with the students'
 * sessions still open, stop. Appends a Markdown table to {@code --out}. See docs/performance.md for the method.
 *
 * <pre>
 * --jar target/landscape-lab-0.1.0-SNAPSHOT.jar   the production jar
 * --points 50,200,500       students per point ({n} in --mix)
 * --mix explorer={n}@2      groups: scenario=count@mean-think-seconds, comma-separated
 * --runs 1                  runs per point
 * --window 60 --warmup 20   seconds
 * --server-cpu 0            core the server is pinned to ("none": not pinned)
 * --jvm "-Xms1g -Xmx1g"     server JVM options
 * --db h2                   learning records in the embedded H2 file (default) or "postgres": a fresh embedded
 *                           PostgreSQL per point, started by this generator (so it shares the generator's core)
 * --out target/load/series.md
 * </pre>
 */
public final class Series {

    private static final Pattern FILLER =
            Pattern.compile("(?m)^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+\\[Ljdk\\.internal\\.vm\\.FillerElement;");
    private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+(\\d+)\\s+(\\d+)");

    public static void main(String[] args) throws Exception {
        Map<String, String> a = Args.parse(args);
        Path jar = a.containsKey("jar") ? Path.of(a.get("jar")) : productionJar();
        String mix = a.getOrDefault("mix", "explorer={n}@2");
        int runs = Integer.parseInt(a.getOrDefault("runs", "1"));
        int window = Integer.parseInt(a.getOrDefault("window", "60"));
        int warmup = Integer.parseInt(a.getOrDefault("warmup", "20"));
        String cpu = a.getOrDefault("server-cpu", "0");
        List<String> jvm = List.of(a.getOrDefault("jvm", "-Xms1g -Xmx1g").trim().split("\\s+"));
        Path out = Path.of(a.getOrDefault("out", "target/load/series.md"));
        int port = Integer.parseInt(a.getOrDefault("port", "18080"));
        boolean postgres = "postgres".equals(a.getOrDefault("db", "h2"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        String head = "\n### " + Instant.now() + " — " + jar.getFileName() + ", server "
                + ("none".equals(cpu) ? "not pinned" : "pinned to core " + cpu) + ", " + String.join(" ", jvm)
                + ", window " + window
                + " s, records in " + (postgres ? "PostgreSQL (embedded, on the generator's core)" : "H2")
                + "\n\n" + Report.HEADER;
        append(out, head);
        System.out.print(head);
        for (String point : a.getOrDefault("points", "50").split(",")) {
            for (int r = 0; r < runs; r++) {
                Point p = point(jar, cpu, jvm, port, mix.replace("{n}", point.strip()), warmup, window, postgres);
                append(out, p.row());
                System.out.print(p.row());
                if (!p.result().firstErrors().isEmpty()) {
                    System.err.println("first errors: " + p.result().firstErrors());
                }
            }
        }
    }

    /** One measured run: the generator's result and what the series measured on the server. */
    record Point(
            LoadRun.Result result,
            double serverBusy,
            double foreign,
            double serverCpuMsPerInteraction,
            double heapKiBPerSession,
            String row) {}

    static Point point(
            Path jar, String cpu, List<String> jvm, int port, String mix, int warmup, int window, boolean postgres)
            throws Exception {
        if (!postgres) {
            return point(jar, cpu, jvm, port, mix, warmup, window, Map.of());
        }
        try (EmbeddedPostgres db = EmbeddedPostgres.builder().start()) {
            return point(
                    jar,
                    cpu,
                    jvm,
                    port,
                    mix,
                    warmup,
                    window,
                    Map.of(
                            "LAB_DB_URL",
                            db.getJdbcUrl("postgres", "postgres"),
                            "LAB_DB_USER",
                            "postgres",
                            "LAB_DB_PASSWORD",
                            ""));
        }
    }

    static Point point(
            Path jar,
            String cpu,
            List<String> jvm,
            int port,
            String mix,
            int warmup,
            int window,
            Map<String, String> env)
            throws Exception {
        Path data = Files.createTempDirectory("lab-load");
        List<String> command = new ArrayList<>();
        if (!"none".equals(cpu)) {
            command.addAll(List.of("taskset", "-c", cpu));
        }
        command.add(javaHome().resolve("bin/java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--lab.data-dir=" + data));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("server.log").toFile());
        builder.environment().put("LAB_ADMIN_PASSWORD", "load-test-admin"); // no generated password in the log
        builder.environment().putAll(env);
        Process server = builder.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + port);
            awaitHealthy(url, server);
            List<LoadRun.Group> groups = Args.groups(mix);
            // Warm-up: every scenario of the mix, briskly, so the JIT has compiled what the window runs.
            StringBuilder warm = new StringBuilder();
            for (LoadRun.Group g : groups) {
                warm.append(warm.isEmpty() ? "" : ",").append(g.scenario()).append("=5@0.1");
            }
            new LoadRun(new LoadRun.Settings(url, Args.groups(warm.toString()), 1, warmup)).run(Probe.NONE);
            long pid = server.pid();
            long heapBefore = liveHeap(pid, data.resolve("histogram-before.txt"));
            LoadRun.Settings settings =
                    new LoadRun.Settings(url, groups, Math.max(10, Math.min(40, groupsSize(groups) / 25)), window);
            Probe probe = new Probe(pid);
            LoadRun.Result result = new LoadRun(settings).run(probe);
            Thread.sleep(2000); // the server notices the closed connections
            long heapAfter = liveHeap(pid, data.resolve("histogram-after.txt"));
            int sessions = settings.sessions();
            double heapPerSession = (heapAfter - heapBefore) / 1024.0 / sessions;
            double cpuPer =
                    result.interactions() == 0 ? Double.NaN : probe.serverSeconds() * 1000 / result.interactions();
            String row = Report.rows(
                    result,
                    Map.of(
                            "busy",
                                    String.format(
                                            Locale.ROOT,
                                            "%.0f %% (foreign %.0f %%)",
                                            probe.serverBusy() * 100,
                                            probe.foreign() * 100),
                            "cpu", Double.isNaN(cpuPer) ? "–" : String.format(Locale.ROOT, "%.2f", cpuPer),
                            "heap", String.format(Locale.ROOT, "%.0f", heapPerSession)));
            return new Point(result, probe.serverBusy(), probe.foreign(), cpuPer, heapPerSession, row);
        } finally {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static int groupsSize(List<LoadRun.Group> groups) {
        return groups.stream().mapToInt(LoadRun.Group::count).sum();
    }

    /** The production jar the package phase built. */
    static Path productionJar() throws IOException {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("landscape-lab-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(
                            () -> new IllegalStateException("no target/landscape-lab-*.jar: ./mvnw package first"));
        }
    }

    static Path javaHome() {
        return Path.of(System.getProperty("java.home"));
    }

    static void awaitHealthy(URI url, Process server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the server exited with " + server.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(url.resolve("/actuator/health"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not become healthy in 180 s");
    }

    /** Live bytes after a full collection ({@code GC.class_histogram} collects first); the histogram is kept. */
    static long liveHeap(long pid, Path keep) throws Exception {
        Process jcmd = new ProcessBuilder(
                        javaHome().resolve("bin/jcmd").toString(), String.valueOf(pid), "GC.class_histogram")
                .redirectErrorStream(true)
                .start();
        String text = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        Files.writeString(keep, text);
        Matcher m = TOTAL.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no Total in jcmd's histogram: " + Tab.clip(text));
        }
        // Filler arrays are the collector's padding of dead space, not live objects.
        Matcher filler = FILLER.matcher(text);
        return Long.parseLong(m.group(2)) - (filler.find() ? Long.parseLong(filler.group(1)) : 0);
    }

    private static void append(Path out, String text) throws IOException {
        Files.writeString(out, text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** CPU of the server, of this generator and of the whole machine over exactly the window, from /proc. */
    static final class Probe implements LoadRun.Window {
        static final LoadRun.Window NONE = new LoadRun.Window() {
            public void opened() {}

            public void closed() {}
        };
        private static final double TICK = 100.0; // USER_HZ on Linux
        private final long pid;
        private long[] start;
        private long[] end;

        Probe(long pid) {
            this.pid = pid;
        }

        public void opened() {
            start = sample();
        }

        public void closed() {
            end = sample();
        }

        /** server ticks, generator ticks, machine busy ticks, machine total ticks, wall nanos */
        private long[] sample() {
            return new long[] {
                processTicks(String.valueOf(pid)), processTicks("self"), machine()[0], machine()[1], System.nanoTime()
            };
        }

        double serverSeconds() {
            return (end[0] - start[0]) / TICK;
        }

        double serverBusy() {
            return serverSeconds() / ((end[4] - start[4]) / 1e9);
        }

        /** Busy share of one core used by neither the server nor this generator. */
        double foreign() {
            double wall = (end[4] - start[4]) / 1e9;
            double machineBusy = (end[2] - start[2]) / TICK;
            double generator = (end[1] - start[1]) / TICK;
            return Math.max(0, machineBusy - serverSeconds() - generator) / wall;
        }

        private static long processTicks(String pid) {
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
            } catch (IOException e) {
                return 0;
            }
        }

        private static long[] machine() {
            try {
                String[] f =
                        Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
                long user = Long.parseLong(f[1]),
                        nice = Long.parseLong(f[2]),
                        system = Long.parseLong(f[3]),
                        idle = Long.parseLong(f[4]),
                        iowait = Long.parseLong(f[5]),
                        irq = Long.parseLong(f[6]),
                        softirq = Long.parseLong(f[7]),
                        steal = Long.parseLong(f[8]);
                long busy = user + nice + system + irq + softirq + steal;
                return new long[] {busy, busy + idle + iowait};
            } catch (IOException e) {
                return new long[] {0, 0};
            }
        }
    }
}
