package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Alerts for documents not delivered in time (issue 5, item 6): the suite's server waits {@code
 * qlvb.exchange.alert-after=PT2S} (arquillian.xml); a document issued to an agency whose system
 * cannot be reached stays in the outbox, and after that wait it is listed at {@code GET
 * exchange/alerts} for the sending agency's clerk and the province-wide administrator, not for
 * another agency's clerk, and refused to a specialist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExchangeAlertsIT {

    static final String UNREACHABLE_AGENCY = "000.00.00.H46";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aDocumentStillWaitingForAnUnreachableRecipientIsAnAlertForTheClerkAndTheAdministrator() {
        Api admin = Api.as(deployment, "quantri");
        Api.Reply partner = admin.post(
                "partners",
                """
                {"systemId":"tinh-vang-mat","name":"Hệ thống tỉnh Vắng Mặt","secret":"bi-mat-tinh-vang-mat-2026",
                 "endpointUrl":"http://127.0.0.1:9/lienthong/api/v1/","transport":"rest"}""");
        assertEquals(201, partner.status(), partner.toString());
        Api.Reply agency = admin.post(
                "agencies",
                """
                {"organId":"%s","name":"UBND tỉnh Vắng Mặt","level":"PROVINCE","remote":true,"partnerSystemId":"tinh-vang-mat"}"""
                        .formatted(UNREACHABLE_AGENCY));
        assertEquals(201, agency.status(), agency.toString());

        OutgoingFlow flow = new OutgoingFlow(deployment);
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(UNREACHABLE_AGENCY));
        String notation = flow.dispatched(id, "lanhdao").getString("numberAndNotation");

        JsonObject alert = awaitAlert(Api.as(deployment, "vanthu"), id);
        assertEquals(UNREACHABLE_AGENCY, alert.getString("recipientOrganId"));
        assertEquals("UBND tỉnh Vắng Mặt", alert.getString("recipientName"));
        assertEquals(notation, alert.getString("notation"));
        assertEquals("PENDING", alert.getString("state"));
        assertEquals(OutgoingFlow.PROVINCE, alert.getString("senderOrganId"));
        assertTrue(
                Instant.parse(alert.getString("since")).isBefore(Instant.now().minusSeconds(2)),
                "listed only after the configured wait");

        assertTrue(alertOf(admin.get("exchange/alerts").jsonArray(), id).isPresent(), "the administrator sees it");
        assertTrue(
                alertOf(Api.as(deployment, "vanthu.snv").get("exchange/alerts").jsonArray(), id)
                        .isEmpty(),
                "another agency's clerk does not");
        Api.Reply specialist = Api.as(deployment, "chuyenvien").get("exchange/alerts");
        assertEquals(403, specialist.status(), specialist.toString());
    }

    private static JsonObject awaitAlert(Api clerk, long outgoingId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Api.Reply reply = clerk.get("exchange/alerts");
            assertEquals(200, reply.status(), reply.toString());
            Optional<JsonObject> found = alertOf(reply.jsonArray(), outgoingId);
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no alert for outgoing document " + outgoingId);
    }

    private static Optional<JsonObject> alertOf(JsonArray alerts, long outgoingId) {
        return alerts.getValuesAs(JsonObject.class).stream()
                .filter(a -> !a.isNull("outgoingDocumentId")
                        && a.getJsonNumber("outgoingDocumentId").longValue() == outgoingId)
                .findFirst();
    }
}
