package vn.gov.qlvb.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production path end to end, with the real scripts: a copy of the provisioned server gets
 * {@code config/install-production.sh postgresql} (driver module, datasource, no demo data),
 * starts on a real PostgreSQL with the first-start bootstrap properties, and runs the EAR.
 * The server runs on port offset 300 (HTTP 8380, management 10290).
 */
class ProductionInstallIT {

    private static final int HTTP = 8380;
    private static final int MANAGEMENT = 10290;
    private static final String DATABASE = "qlvb_prod_it";

    private static Path home;
    private static Process server;

    @BeforeAll
    static void installAndStart() throws Exception {
        Path root = Path.of(System.getProperty("qlvb.root"));
        Path provisioned = Path.of(System.getProperty("qlvb.server.dir"));
        home = root.resolve("ear/target/production-wildfly");
        run(List.of("rm", "-rf", home.toString()));
        run(List.of("cp", "-a", provisioned.toString(), home.toString()));
        run(List.of(
                "rm",
                "-rf",
                home.resolve("standalone/data").toString(),
                home.resolve("standalone/log").toString(),
                home.resolve("standalone/tmp").toString()));
        run(List.of("find", home.resolve("standalone/deployments").toString(), "-type", "f", "-delete"));

        run(List.of("runuser", "-u", "postgres", "--", "dropdb", "--if-exists", DATABASE));
        run(List.of("runuser", "-u", "postgres", "--", "createdb", "-O", "qlvb", "-E", "UTF8", DATABASE));

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
                        + "db.url=jdbc:postgresql://localhost:5432/" + DATABASE + "\n"
                        + "db.user=qlvb\n" + "db.password=qlvb\n");
        run(List.of(
                root.resolve("config/install-production.sh").toString(),
                "postgresql",
                home.toString(),
                properties.toString()));

        Files.copy(Path.of(System.getProperty("qlvb.ear")), home.resolve("standalone/deployments/qlvb.ear"));
        server = new ProcessBuilder(
                        home.resolve("bin/standalone.sh").toString(),
                        "-c",
                        "standalone-full.xml",
                        "-Djboss.socket.binding.port-offset=300",
                        "-Dqlvb.bootstrap.organId=000.00.00.H47",
                        "-Dqlvb.bootstrap.agencyName=Ủy ban nhân dân tỉnh Thử nghiệm")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
        server.getOutputStream().close();
        waitUntilReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
            server.descendants().forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void productionConfigurationHasNoDemoSwitchAndUsesPostgresql() throws IOException {
        String xml = Files.readString(home.resolve("standalone/configuration/standalone-full.xml"));
        assertFalse(xml.contains("qlvb.demo-data"), "demo data switch removed");
        assertTrue(xml.contains("<driver>postgresql</driver>"), "QlvbDS uses the PostgreSQL driver module");
        assertTrue(Files.isDirectory(home.resolve("modules/org/postgresql/main")), "driver installed as a module");
    }

    @Test
    void readinessReportsPostgresql() throws Exception {
        JsonObject health = json(get("http://localhost:" + MANAGEMENT + "/health/ready", null));
        assertEquals("UP", health.getString("status"));
        assertTrue(health.toString().contains("PostgreSQL"), health.toString());
    }

    @Test
    void liquibaseBuiltTheSchemaAndTheFirstAdministratorSignsInWithTheLoggedPassword() throws Exception {
        String log = Files.readString(home.resolve("standalone/log/server.log"));
        assertTrue(log.contains("Liquibase: schema up to date"), "Liquibase ran on PostgreSQL");
        Matcher m = Pattern.compile("administrator 'quantri' created with the one-time password (\\S+) ")
                .matcher(log);
        assertTrue(m.find(), "one-time password logged");
        String password = m.group(1);

        HttpResponse<String> agencies =
                get("http://localhost:" + HTTP + "/qlvb/api/v1/agencies", "quantri:" + password);
        assertEquals(200, agencies.statusCode(), agencies.body());
        JsonObject page = json(agencies);
        assertEquals(1, page.getInt("total"), "only the bootstrapped agency, no demo province");
        assertEquals(
                "000.00.00.H47", page.getJsonArray("items").getJsonObject(0).getString("organId"));
        assertEquals(
                401,
                get("http://localhost:" + HTTP + "/qlvb/api/v1/agencies", "vanthu:Demo@2026")
                        .statusCode(),
                "no demo account in production");
    }

    private static void waitUntilReady(Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new IllegalStateException("server stopped: " + Files.readString(home.resolve("console.log")));
            }
            try {
                HttpResponse<String> r = get("http://localhost:" + MANAGEMENT + "/health/ready", null);
                if (r.statusCode() == 200 && r.body().contains("\"database\"")) {
                    return;
                }
                if (r.body().contains("\"FAILED\"")) {
                    throw new IllegalStateException("deployment failed: " + r.body());
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("not ready in " + timeout);
    }

    private static HttpResponse<String> get(String url, String credentials) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }
}
