package vn.gov.qlvb.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production path end to end, with the real scripts: a copy of the provisioned server gets
 * {@code config/install-production.sh postgresql} (driver module, datasource, no demo data),
 * starts on a real PostgreSQL with the first-start bootstrap properties, and runs the EAR
 * (port offset 300).
 */
class ProductionInstallIT {

    private static final String DATABASE = "qlvb_prod_it";
    private static ServerProcess server;

    @BeforeAll
    static void installAndStart() throws Exception {
        server = ServerProcess.copyOfProvisionedServer("production-wildfly", 300);
        server.installPostgresql(DATABASE);
        server.deployQlvb();
        server.start(
                "-Dqlvb.bootstrap.organId=000.00.00.H47",
                "-Dqlvb.bootstrap.agencyName=Ủy ban nhân dân tỉnh Thử nghiệm");
        server.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void productionConfigurationHasNoDemoSwitchAndUsesPostgresql() throws IOException {
        String xml = Files.readString(server.home.resolve("standalone/configuration/standalone-full.xml"));
        assertFalse(xml.contains("qlvb.demo-data"), "demo data switch removed");
        assertTrue(xml.contains("<driver>postgresql</driver>"), "QlvbDS uses the PostgreSQL driver module");
        assertFalse(xml.contains("${db.url}"), "database properties resolved at install time");
        assertTrue(
                Files.isDirectory(server.home.resolve("modules/org/postgresql/main")), "driver installed as a module");
    }

    @Test
    void theServerRunsWithQlvbsJvmOptionsLinkedOnce() throws IOException {
        // the provisioned server has the link already; installing again must not add a second
        String conf = Files.readString(server.home.resolve("bin/standalone.conf"));
        assertEquals(1, conf.split("\\$DIRNAME/qlvb.conf", -1).length - 1, "qlvb.conf read once");
        assertTrue(
                server.javaArguments().contains("-XX:G1HeapRegionSize=4m"),
                "G1 regions of 4 MB: " + server.javaArguments());
    }

    @Test
    void theBuildLinkedQlvbsJvmOptionsIntoTheProvisionedServerOnce() throws Exception {
        // the provisioned server itself (what the run command starts), not an installed copy
        Path bin = Path.of(System.getProperty("qlvb.server.dir"), "bin");
        String conf = Files.readString(bin.resolve("standalone.conf"));
        assertEquals(1, conf.split("\\$DIRNAME/qlvb.conf", -1).length - 1, "qlvb.conf read once");
        // the options standalone.sh gets: standalone.conf sourced as it sources it
        Process sourced = new ProcessBuilder(
                        "bash",
                        "-c",
                        "JAVA_OPTS=; DIRNAME=\"$1\"; . \"$1/standalone.conf\"; printf %s \"$JAVA_OPTS\"",
                        "-",
                        bin.toString())
                .redirectErrorStream(true)
                .start();
        String javaOpts = new String(sourced.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, sourced.waitFor(), javaOpts);
        assertTrue(javaOpts.contains(" -XX:G1HeapRegionSize=4m"), "G1 regions of 4 MB: " + javaOpts);
    }

    @Test
    void readinessReportsPostgresql() throws Exception {
        JsonObject health =
                json(ServerProcess.get("http://localhost:" + server.managementPort() + "/health/ready", null));
        assertEquals("UP", health.getString("status"));
        assertTrue(health.toString().contains("PostgreSQL"), health.toString());
    }

    @Test
    void liquibaseBuiltTheSchemaAndTheFirstAdministratorSignsInWithTheLoggedPassword() throws Exception {
        String log = server.serverLog();
        assertTrue(log.contains("Liquibase: schema up to date"), "Liquibase ran on PostgreSQL");
        Matcher m = Pattern.compile("administrator 'quantri' created with the one-time password (\\S+) ")
                .matcher(log);
        assertTrue(m.find(), "one-time password logged");
        String agenciesUrl = "http://localhost:" + server.httpPort() + "/qlvb/api/v1/agencies";

        HttpResponse<String> agencies = ServerProcess.get(agenciesUrl, "quantri:" + m.group(1));
        assertEquals(200, agencies.statusCode(), agencies.body());
        JsonObject page = json(agencies);
        assertEquals(1, page.getInt("total"), "only the bootstrapped agency, no demo province");
        assertEquals(
                "000.00.00.H47", page.getJsonArray("items").getJsonObject(0).getString("organId"));
        assertEquals(401, ServerProcess.get(agenciesUrl, "vanthu:Demo@2026").statusCode(), "no demo account");
    }

    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
