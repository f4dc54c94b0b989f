package vn.gov.qlvb.production;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A WildFly of its own for tests of the installation itself (production scripts, restarts):
 * a copy of the provisioned server started as a real process on a port offset, stopped at the
 * end. Arquillian's managed container covers everything else.
 */
public final class ServerProcess implements AutoCloseable {

    public final Path home;
    final int offset;
    private Process process;
    private String javaSizing;

    private ServerProcess(Path home, int offset) {
        this.home = home;
        this.offset = offset;
    }

    /** Copies the provisioned server (without data, logs and deployments) to ear/target/{name}. */
    public static ServerProcess copyOfProvisionedServer(String name, int offset)
            throws IOException, InterruptedException {
        Path root = repositoryRoot();
        Path home = root.resolve("ear/target/" + name);
        run(List.of("rm", "-rf", home.toString()));
        run(List.of("cp", "-a", System.getProperty("qlvb.server.dir"), home.toString()));
        for (String dir : List.of("standalone/data", "standalone/log", "standalone/tmp")) {
            run(List.of("rm", "-rf", home.resolve(dir).toString()));
        }
        run(List.of("find", home.resolve("standalone/deployments").toString(), "-type", "f", "-delete"));
        return new ServerProcess(home, offset);
    }

    public static Path repositoryRoot() {
        return Path.of(System.getProperty("qlvb.root"));
    }

    /**
     * Creates a fresh PostgreSQL database owned by {@code qlvb} and applies
     * {@code config/install-production.sh postgresql} to this server (PostgreSQL must run
     * locally with the role {@code qlvb}, as config/test-tools.sh sets it up).
     */
    public void installPostgresql(String database) throws IOException, InterruptedException {
        run(List.of("runuser", "-u", "postgres", "--", "dropdb", "--if-exists", database));
        run(List.of("runuser", "-u", "postgres", "--", "createdb", "-O", "qlvb", "-E", "UTF8", database));
        Path root = repositoryRoot();
        Path driver;
        try (var drivers = Files.list(root.resolve("config/target/drivers"))) {
            driver = drivers.filter(p -> p.getFileName().toString().startsWith("postgresql-"))
                    .findFirst()
                    .orElseThrow();
        }
        Path properties = home.resolve("qlvb-db.properties");
        Files.writeString(
                properties,
                "pgjdbc.jar=" + driver + "\n"
                        + "db.url=jdbc:postgresql://localhost:5432/" + database + "\n"
                        + "db.user=qlvb\n" + "db.password=qlvb\n");
        run(List.of(
                root.resolve("config/install-production.sh").toString(),
                "postgresql",
                home.toString(),
                properties.toString()));
    }

    public void deployQlvb() throws IOException {
        Files.copy(Path.of(System.getProperty("qlvb.ear")), home.resolve("standalone/deployments/qlvb.ear"));
    }

    public int httpPort() {
        return 8080 + offset;
    }

    public int managementPort() {
        return 9990 + offset;
    }

    /**
     * The JVM options of the next start in place of WildFly's default sizing ({@code
     * JBOSS_JAVA_SIZING}, {@code -Xms64m -Xmx512m} in bin/standalone.conf), as an administrator
     * sizes a production server.
     */
    public ServerProcess javaSizing(String options) {
        this.javaSizing = options;
        return this;
    }

    /** Starts with standalone-full.xml and the given -D options; returns once the process runs. */
    public void start(String... systemProperties) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin/standalone.sh").toString(),
                "-c",
                "standalone-full.xml",
                "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(List.of(systemProperties));
        ProcessBuilder builder = new ProcessBuilder(command);
        if (javaSizing != null) {
            builder.environment().put("JBOSS_JAVA_SIZING", javaSizing);
        }
        process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        home.resolve("console.log").toFile()))
                .start();
        process.getOutputStream().close();
    }

    /** Waits until readiness is UP and names the database check; fails fast on a failed deployment. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        awaitHealth(timeout, "ready", "\"database\"");
    }

    /**
     * Waits until the server is live. Without QLVB deployed it is never ready: an empty set of
     * readiness checks reports DOWN (config/cli/server.cli).
     */
    void awaitRunning(Duration timeout) throws IOException, InterruptedException {
        awaitHealth(timeout, "live", "\"status\":\"UP\"");
    }

    private void awaitHealth(Duration timeout, String probe, String mustContain)
            throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server stopped: " + Files.readString(home.resolve("console.log")));
            }
            try {
                HttpResponse<String> r = get("http://localhost:" + managementPort() + "/health/" + probe, null);
                if (r.statusCode() == 200 && r.body().contains(mustContain)) {
                    return;
                }
                if (r.body().contains("\"FAILED\"")) {
                    throw new IllegalStateException("deployment failed: " + r.body());
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("not ready in " + timeout);
    }

    /**
     * The processor time the server's JVM has used so far (user and system, all its threads),
     * as the operating system counts it.
     */
    public Duration cpuTime() {
        return javaProcesses()
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The processor time the server's JIT compiler threads ({@code C1/C2 CompilerThread}) have
     * used so far, read from {@code /proc} (Linux): asking the server itself, through its
     * management interface, would make it compile the management code being asked.
     */
    public Duration jitTime() throws IOException {
        return threadTimes().getOrDefault(ThreadGroup.COMPILER, Duration.ZERO);
    }

    /** What a JVM thread does, told by its name as the kernel keeps it (15 characters at most). */
    public enum ThreadGroup {
        /** {@code default task-N}: Undertow's workers, which run the requests. */
        REQUESTS,
        /** {@code C1/C2 CompilerThre…}: the JIT compilers. */
        COMPILER,
        /** G1's threads: {@code GC Thread#N}, {@code G1 Conc#N}, {@code G1 Refine#N}, {@code G1 Main Marker}, … */
        GC,
        /** Every other thread: timers, the outbox executor, the VM thread, I/O threads… */
        OTHER;

        static ThreadGroup of(String name) {
            if (name.startsWith("default task")) {
                return REQUESTS;
            }
            if (name.contains("CompilerThre")) {
                return COMPILER;
            }
            if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
                return GC;
            }
            return OTHER;
        }
    }

    /**
     * The processor time (user and system) the server's JVM threads have used so far, by {@link
     * ThreadGroup}, read from {@code /proc} (Linux); threads that ended are not counted.
     */
    public java.util.Map<ThreadGroup, Duration> threadTimes() throws IOException {
        java.util.Map<ThreadGroup, Long> ticks = new java.util.EnumMap<>(ThreadGroup.class);
        for (long pid : javaProcesses().mapToLong(ProcessHandle::pid).toArray()) {
            try (java.util.stream.Stream<Path> threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
                for (Path thread : threads.toList()) {
                    readTicks(thread, ticks);
                }
            }
        }
        java.util.Map<ThreadGroup, Duration> times = new java.util.EnumMap<>(ThreadGroup.class);
        // the kernel counts in clock ticks, 100 a second on Linux
        ticks.forEach((group, n) -> times.put(group, Duration.ofMillis(n * 10)));
        return times;
    }

    /** The command line arguments of the server's JVM. */
    public List<String> javaArguments() {
        return javaProcesses()
                .flatMap(p -> java.util.Arrays.stream(p.info().arguments().orElse(new String[0])))
                .toList();
    }

    /** The server's JVM (the launch script's java child). */
    private java.util.stream.Stream<ProcessHandle> javaProcesses() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false));
    }

    /** Adds a thread's user and system ticks to its group's. */
    private static void readTicks(Path thread, java.util.Map<ThreadGroup, Long> ticks) {
        try {
            String stat = Files.readString(thread.resolve("stat"));
            String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
            // the fields after the name: state is field 3, utime 14 and stime 15
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.merge(ThreadGroup.of(name), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
        } catch (IOException | RuntimeException gone) {
            // the thread ended meanwhile
        }
    }

    /** Runs one CLI command against this server (local authentication) and returns its output. */
    String cli(String command) throws IOException, InterruptedException {
        return run(List.of(
                home.resolve("bin/jboss-cli.sh").toString(),
                "--connect",
                "--controller=localhost:" + managementPort(),
                "--command=" + command));
    }

    public String serverLog() throws IOException {
        return Files.readString(home.resolve("standalone/log/server.log"));
    }

    /**
     * Stops the server the way an operator does, and kills it if it does not stop in a minute;
     * returns once its JVM has exited (a database closing its files still uses the machine).
     */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                child.destroyForcibly();
            }
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process = null;
    }

    /** Kills the server process and its children at once ({@code kill -9}), as a power cut would. */
    public void kill9() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        process = null;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    static HttpResponse<String> get(String url, String credentials) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), credentials);
    }

    static HttpResponse<String> postJson(String url, String credentials, String json)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                credentials);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String credentials)
            throws IOException, InterruptedException {
        request.timeout(Duration.ofSeconds(15));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
