package vn.gov.qlvb.production;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No Oracle server exists here, so this proves what can be proved without one: the production
 * script installs the Oracle JDBC driver as a module, the server loads it and binds the
 * datasource, and a connection attempt reaches the driver (and fails for want of a listener).
 */
class OracleDriverIT {

    @Test
    void theOracleScriptInstallsADriverTheServerLoads() throws Exception {
        try (ServerProcess server = ServerProcess.copyOfProvisionedServer("oracle-wildfly", 500)) {
            Path root = ServerProcess.repositoryRoot();
            Path driver;
            try (var drivers = Files.list(root.resolve("config/target/drivers"))) {
                driver = drivers.filter(p -> p.getFileName().toString().startsWith("ojdbc11-"))
                        .findFirst()
                        .orElseThrow();
            }
            Path properties = server.home.resolve("qlvb-db.properties");
            Files.writeString(
                    properties,
                    "ojdbc.jar=" + driver + "\n"
                            + "db.url=jdbc:oracle:thin:@//localhost:1521/QLVB\n"
                            + "db.user=qlvb\n" + "db.password=qlvb\n");
            ServerProcess.run(List.of(
                    root.resolve("config/install-production.sh").toString(),
                    "oracle",
                    server.home.toString(),
                    properties.toString()));
            server.start();
            server.awaitRunning(Duration.ofMinutes(2));

            String driverInfo =
                    server.cli("/subsystem=datasources/jdbc-driver=oracle:read-resource(include-runtime=true)");
            assertTrue(driverInfo.contains("\"oracle.jdbc.xa.client.OracleXADataSource\" => {"), driverInfo);
            String datasource =
                    server.cli("/subsystem=datasources/data-source=QlvbDS:read-attribute(name=connection-url)");
            assertTrue(datasource.contains("jdbc:oracle:thin:@//localhost:1521/QLVB"), datasource);
            String attempt;
            try {
                attempt = server.cli("/subsystem=datasources/data-source=QlvbDS:test-connection-in-pool");
            } catch (IllegalStateException failedAsExpected) {
                attempt = failedAsExpected.getMessage();
            }
            assertTrue(attempt.contains("ORA-") || attempt.contains("IO Error"), attempt);
        }
    }
}
