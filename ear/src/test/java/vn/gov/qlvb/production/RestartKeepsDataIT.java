package vn.gov.qlvb.production;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The development configuration that the README's run command uses (embedded H2 in a file
 * under the server's data folder): data created before a restart is there after it, and the
 * demo province is not loaded a second time.
 */
class RestartKeepsDataIT {

    @Test
    void anAgencyCreatedBeforeARestartIsThereAfterIt() throws Exception {
        try (ServerProcess server = ServerProcess.copyOfProvisionedServer("restart-wildfly", 400)) {
            server.deployQlvb();
            server.start();
            server.awaitReady(Duration.ofMinutes(3));
            String api = "http://localhost:" + server.httpPort() + "/qlvb/api/v1/agencies";
            HttpResponse<String> created = ServerProcess.postJson(
                    api,
                    "quantri:Demo@2026",
                    """
                    {"organId":"000.00.08.H99","name":"Sở Khoa học và Công nghệ tỉnh Mẫu","level":"PROVINCE",
                     "parentOrganId":"000.00.00.H99","remote":false}""");
            assertEquals(201, created.statusCode(), created.body());
            long before = ProductionInstallIT.json(ServerProcess.get(api, "quantri:Demo@2026"))
                    .getInt("total");

            server.stop();
            server.start();
            server.awaitReady(Duration.ofMinutes(3));

            HttpResponse<String> after = ServerProcess.get(api + "/000.00.08.H99", "quantri:Demo@2026");
            assertEquals(200, after.statusCode(), after.body());
            assertTrue(after.body().contains("Sở Khoa học và Công nghệ tỉnh Mẫu"), after.body());
            assertEquals(
                    before,
                    ProductionInstallIT.json(ServerProcess.get(api, "quantri:Demo@2026"))
                            .getInt("total"),
                    "demo data not loaded again");
        }
    }
}
