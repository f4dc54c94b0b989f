package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-in with the application's accounts, lockout, and the operations endpoints. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void demoAccountsSignInWithHttpBasic() {
        for (String username : new String[] {"quantri", "vanthu", "lanhdao", "chuyenvien", "thuky", "truongphong"}) {
            assertEquals(
                    200, Api.as(deployment, username).get("agencies?size=1").status(), username);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        Api.Reply reply = Api.as(deployment, "vanthu", "wrong-password1").get("agencies");
        assertEquals(401, reply.status());
        assertEquals("auth.required", reply.json().getString("code"));
    }

    @Test
    void fiveFailedSignInsInARowLockTheAccountEvenAgainstTheRightPassword() {
        String username = "vanthu.stc";
        assertEquals(200, Api.as(deployment, username).get("agencies?size=1").status());
        for (int i = 0; i < 5; i++) {
            assertEquals(
                    401,
                    Api.as(deployment, username, "wrong-" + i).get("agencies").status());
        }
        assertEquals(
                401, Api.as(deployment, username).get("agencies?size=1").status(), "locked despite right password");
        assertEquals(200, Api.as(deployment, "vanthu").get("agencies?size=1").status(), "others unaffected");
    }

    @Test
    void versionIsPublicAndNamesTheBuild() {
        Api.Reply reply = Api.anonymous(deployment).get("version");
        assertEquals(200, reply.status());
        assertEquals("QLVB", reply.json().getString("application"));
        assertTrue(reply.json().getString("version").matches("\\d+\\.\\d+\\.\\d+.*"), reply.body());
    }

    @Test
    void interconnectionAnswersAtItsOwnContextRoot() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.root(deployment) + "lienthong/api/v1/status"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
        assertEquals(
                "UP",
                Json.createReader(new StringReader(reply.body())).readObject().getString("status"));
    }

    @Test
    void readinessReportsTheDatabase() throws Exception {
        URI management = URI.create("http://" + deployment.getHost() + ":"
                + System.getProperty("it.management.port", "10090") + "/health/ready");
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(management).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply.body());
        JsonObject health = Json.createReader(new StringReader(reply.body())).readObject();
        assertEquals("UP", health.getString("status"));
        assertTrue(
                health.getJsonArray("checks").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(c -> "database".equals(c.getString("name")) && "UP".equals(c.getString("status"))),
                reply.body());
    }

    @Test
    void openApiDescribesTheRestApi() throws Exception {
        HttpResponse<String> reply = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Api.root(deployment) + "openapi?format=JSON"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode());
        assertTrue(
                reply.body().contains("/incoming/{id}/history"),
                reply.body().substring(0, Math.min(500, reply.body().length())));
        assertTrue(reply.body().contains("/agencies/{organId}"));
    }
}
