package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import vn.gov.qlvb.exchange.control.inbound.ExchangeDirectory;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.exchange.control.inbound.VerifiedPackage;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.PackageKind;

/**
 * Checklist IV.3 (set up interconnections), the national axis: the real EAR exchanges with a
 * local stand-in of the axis ({@link AxisStandIn}) registered as a partner of transport
 * {@code axis}. The axis's agency list is synchronised into remote agencies routed through it;
 * an issued document to one of them leaves as a signed multipart upload to the axis's sendEdoc;
 * packages queued at the axis for the province are pulled, checked like pushed ones and
 * acknowledged ({@code done}, or {@code fail} with the refusal's code: nothing stored but the
 * refusal, listed for the administrator, and a {@code fail} lost on the way is sent again); a
 * lost acknowledgement or a second delivery never makes a second arrival; statuses travel both
 * ways through the axis.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NationalAxisIT {

    static final String AXIS = "truc-quoc-gia-thu";
    static final String SECRET = "bi-mat-truc-lien-thong-quoc-gia";
    static final String OUR_SYSTEM = "qlvb";
    static final String MINISTRY = "000.00.00.G15";
    static final String DEPARTMENT = "000.00.01.G15";
    static final String HOSTED = OutgoingFlow.PROVINCE;
    static final ExchangePackages MINISTRY_PACKAGES = new ExchangePackages(MINISTRY, "Bộ Thử Nghiệm");
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static final AxisStandIn STAND_IN = new AxisStandIn()
            .allow(OUR_SYSTEM, SECRET)
            .agency(MINISTRY, "Bộ Thử Nghiệm", null, true)
            .agency(DEPARTMENT, "Cục Thử Nghiệm", MINISTRY, null)
            .agency("000.00.00.G16", "Cơ quan trục không chuyển tới", null, false)
            .agency(HOSTED, "Tên khác của tỉnh trên trục", null, true);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    private static boolean registered;
    private static String sentDocumentId;
    private static long outgoingId;

    @BeforeEach
    void registerTheAxis() {
        if (registered) {
            return;
        }
        Api.Reply partner = admin().post(
                        "partners",
                        """
                {"systemId":"%s","name":"Trục liên thông văn bản quốc gia (thử)","secret":"%s",
                 "endpointUrl":"%s","transport":"axis"}"""
                                .formatted(AXIS, SECRET, STAND_IN.url()));
        assertEquals(201, partner.status(), partner.toString());
        assertEquals("axis", partner.json().getString("transport"));
        Api.Reply withoutEndpoint = admin().post(
                        "partners",
                        """
                {"systemId":"truc-khong-dia-chi","name":"Trục","secret":"%s","transport":"axis"}"""
                                .formatted(SECRET));
        assertEquals(400, withoutEndpoint.status(), "an axis needs an endpoint: " + withoutEndpoint);
        registered = true;
    }

    @AfterAll
    static void stopTheAxis() {
        STAND_IN.close();
    }

    private Api admin() {
        return Api.as(deployment, "quantri");
    }

    @Test
    @Order(1)
    void syncingTheAxisAgencyListCreatesRemoteAgenciesRoutedThroughItAndNeverTouchesHostedOnes() {
        JsonObject first = OutgoingFlow.ok(admin().post("partners/" + AXIS + "/sync-agencies", ""));
        assertEquals(2, first.getInt("created"), first.toString());
        assertEquals(2, first.getInt("skipped"), "hosted here, and not reached by the axis: " + first);
        for (String organId : List.of(MINISTRY, DEPARTMENT)) {
            JsonObject agency = OutgoingFlow.ok(admin().get("agencies/" + organId));
            assertTrue(agency.getBoolean("remote"), agency.toString());
            assertEquals(AXIS, agency.getString("partnerSystemId"), agency.toString());
        }
        assertEquals(
                MINISTRY,
                OutgoingFlow.ok(admin().get("agencies/" + DEPARTMENT)).getString("parentOrganId"),
                "placed under its listed parent");
        JsonObject province = OutgoingFlow.ok(admin().get("agencies/" + HOSTED));
        assertFalse(province.getBoolean("remote"));
        assertEquals("Ủy ban nhân dân tỉnh Mẫu", province.getString("name"), "a hosted agency is never touched");
        assertEquals(404, admin().get("agencies/000.00.00.G16").status());

        STAND_IN.agency(DEPARTMENT, "Cục Thử Nghiệm và Đánh giá", MINISTRY, null);
        JsonObject second = OutgoingFlow.ok(admin().post("partners/" + AXIS + "/sync-agencies?register=true", ""));
        assertEquals(0, second.getInt("created"), second.toString());
        assertEquals(1, second.getInt("updated"), second.toString());
        assertEquals(1, second.getInt("unchanged"), second.toString());
        assertEquals(
                "Cục Thử Nghiệm và Đánh giá",
                OutgoingFlow.ok(admin().get("agencies/" + DEPARTMENT)).getString("name"));
        assertTrue(second.getInt("registered") > 0, second.toString());
        assertTrue(STAND_IN.lists(OutgoingFlow.HOME_AFFAIRS), "our hosted agencies are registered at the axis");

        Api.Reply notAxis = admin().post("partners/khong-co-doi-tac-nay/sync-agencies", "");
        assertEquals(404, notAxis.status(), notAxis.toString());
    }

    @Test
    @Order(2)
    void anIssuedDocumentToAnAxisAgencyLeavesAsASignedMultipartUploadToSendEdoc() {
        OutgoingFlow flow = new OutgoingFlow(deployment);
        outgoingId = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(MINISTRY));
        flow.dispatched(outgoingId, "lanhdao");

        VerifiedPackage sent = awaitUpload(PackageKind.DOCUMENT);
        assertEquals(HOSTED, sent.content().senderOrganId());
        assertEquals(List.of(MINISTRY), sent.hostedAddressees());
        sentDocumentId = sent.content().documentId();
        await("the recipient row says arrived", () -> "ARRIVED"
                .equals(OutgoingFlow.recipients(flow.as("vanthu"), outgoingId)
                        .get(MINISTRY)
                        .getString("status")));
    }

    @Test
    @Order(3)
    void aPackageQueuedAtTheAxisIsPulledBecomesAnArrivalAndIsAcknowledgedDone() {
        Api.Reply certificate = admin().postBytes(
                        "agencies/" + MINISTRY + "/certificates",
                        MINISTRY_PACKAGES.certificatePem().getBytes(StandardCharsets.US_ASCII),
                        "application/x-pem-file");
        assertEquals(201, certificate.status(), certificate.toString());

        String docId = STAND_IN.queue(HOSTED, MINISTRY_PACKAGES.document(301, List.of(HOSTED), ExchangePackages.pdf()));
        awaitAck(docId, "done");
        assertEquals(1, arrivals(301).size(), "one incoming document arrived");
    }

    @Test
    @Order(4)
    void aLostAcknowledgementOrASecondDeliveryNeverMakesASecondArrival() {
        byte[] edxml = MINISTRY_PACKAGES.document(302, List.of(HOSTED), ExchangePackages.pdf());
        String docId = STAND_IN.queue(HOSTED, edxml);
        STAND_IN.loseFirstAck(docId);
        awaitAck(docId, "done");
        assertTrue(STAND_IN.fetches(docId) >= 2, "fetched again after the lost acknowledgement");
        assertEquals(1, arrivals(302).size(), "taken once");

        String again = STAND_IN.queue(HOSTED, edxml);
        awaitAck(again, "done");
        assertEquals(1, arrivals(302).size(), "a second delivery is a duplicate");
    }

    @Test
    @Order(5)
    void aTamperedPackageIsAcknowledgedFailWithItsCodeAndNothingIsStored() throws InterruptedException {
        long before = evidenceCount();
        String xml = new String(
                MINISTRY_PACKAGES.document(303, List.of(HOSTED), ExchangePackages.pdf()), StandardCharsets.UTF_8);
        String docId =
                STAND_IN.queue(HOSTED, xml.replace("thử nghiệm", "giả mạo").getBytes(StandardCharsets.UTF_8));
        AxisStandIn.Ack ack = awaitAck(docId, "fail");
        assertEquals("SIGNATURE_INVALID", ack.code());
        assertEquals(before, evidenceCount(), "a refused package stores nothing");
        assertEquals(0, arrivals(303).size());
        Thread.sleep(3000);
        assertEquals(1, STAND_IN.acksOf(docId).size(), "a refused package is not fetched again");
        assertEquals(1, STAND_IN.fetches(docId), "a refused package is not fetched again");

        // the refusal is kept for the administrator (REST and page), with the axis told
        JsonObject refusal = refusalOf(docId);
        assertEquals("SIGNATURE_INVALID", refusal.getString("code"), refusal.toString());
        assertEquals(AXIS, refusal.getString("axisSystemId"));
        assertEquals(64, refusal.getString("packageSha256").length());
        assertFalse(refusal.isNull("acknowledgedAt"), "the axis was told: " + refusal);
        Browser browser = new Browser(Api.root(deployment));
        try {
            browser.signIn("quantri", Api.DEMO_PASSWORD);
            browser.visible("welcome");
            browser.open("qlvb/exchange/partners.xhtml");
            browser.waitForText(By.id("pulledRefusals"), docId);
            String row = browser.driver().findElements(By.cssSelector("#pulledRefusals tbody tr")).stream()
                    .map(r -> r.getText())
                    .filter(t -> t.contains(docId))
                    .findFirst()
                    .orElseThrow();
            assertTrue(row.contains("SIGNATURE_INVALID") && row.contains(AXIS) && row.contains("Có"), row);
            browser.screenshot("exchange-pulled-refusals");
        } finally {
            browser.close();
        }
    }

    @Test
    @Order(6)
    void aFailThatDidNotReachTheAxisIsSentAgainWithoutFetchingThePackageAgain() {
        String xml = new String(
                MINISTRY_PACKAGES.document(304, List.of(HOSTED), ExchangePackages.pdf()), StandardCharsets.UTF_8);
        String docId =
                STAND_IN.queue(HOSTED, xml.replace("thử nghiệm", "giả mạo").getBytes(StandardCharsets.UTF_8));
        STAND_IN.loseFirstAck(docId);
        AxisStandIn.Ack ack = awaitAck(docId, "fail");
        assertEquals("SIGNATURE_INVALID", ack.code());
        assertEquals(1, STAND_IN.fetches(docId), "told again from what was kept, not fetched again");
        assertEquals(0, arrivals(304).size());
        await("the refusal marked as told", () -> !refusalOf(docId).isNull("acknowledgedAt"));
    }

    private JsonObject refusalOf(String docId) {
        return admin().get("partners/refusals").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("axisDocId").equals(docId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no refusal kept for " + docId));
    }

    @Test
    @Order(7)
    void theStatusOfAPulledDocumentGoesBackThroughTheAxisSendEdoc() {
        long copy = arrivals(301).get(0);
        Api clerk = Api.as(deployment, "vanthu");
        long register = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        OutgoingFlow.ok(clerk.post("incoming/" + copy + "/register", "{\"registerId\":" + register + "}"));

        VerifiedPackage status = awaitUpload(PackageKind.STATUS);
        assertEquals(HOSTED, status.content().senderOrganId());
        assertEquals(ExchangeStatus.REGISTERED, status.content().status().status());
        assertEquals(MINISTRY_PACKAGES.documentId(301), status.content().documentId());
    }

    @Test
    @Order(8)
    void aStatusPulledFromTheAxisUpdatesTheRecipientRowOfOurDocument() {
        assertNotNull(sentDocumentId, "the document of test 2 was sent");
        String docId =
                STAND_IN.queue(HOSTED, MINISTRY_PACKAGES.status(HOSTED, sentDocumentId, ExchangeStatus.REGISTERED));
        awaitAck(docId, "done");
        Api clerk = Api.as(deployment, "vanthu");
        await("the recipient row says registered", () -> "REGISTERED"
                .equals(OutgoingFlow.recipients(clerk, outgoingId).get(MINISTRY).getString("status")));
    }

    @Test
    @Order(9)
    void theAxisIsDeactivatedAfterwards() {
        OutgoingFlow.ok(admin().delete("partners/" + AXIS));
    }

    /** The first upload of {@code kind} not seen before, checked as a receiving system would check it. */
    private VerifiedPackage awaitUpload(PackageKind kind) {
        X509Certificate ours = ourCertificate();
        ExchangeDirectory directory = new ExchangeDirectory() {
            @Override
            public Set<String> agenciesOfCertificate(X509Certificate certificate) {
                return certificate.equals(ours) ? Set.of(HOSTED) : Set.of();
            }

            @Override
            public boolean hosts(String organId) {
                return organId.endsWith(".G15");
            }
        };
        VerifiedPackage[] found = new VerifiedPackage[1];
        await("an upload of a " + kind, () -> {
            for (AxisStandIn.Upload upload : STAND_IN.uploads) {
                VerifiedPackage verified =
                        new InboundPackageChecks(directory, 50L << 20).check(upload.edxml(), Instant.now());
                if (verified.content().kind() == kind) {
                    assertEquals(OUR_SYSTEM, upload.systemId());
                    assertTrue(upload.contentType().startsWith("multipart/form-data"));
                    found[0] = verified;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    private X509Certificate ourCertificate() {
        java.net.http.HttpResponse<byte[]> pem = admin().bytes("agencies/" + HOSTED + "/certificates/current");
        assertEquals(200, pem.statusCode());
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem.body()));
        } catch (java.security.cert.CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AxisStandIn.Ack awaitAck(String docId, String status) {
        await("acknowledgement " + status + " of " + docId, () -> STAND_IN.acksOf(docId).stream()
                .anyMatch(a -> a.status().equals(status)));
        List<AxisStandIn.Ack> acks = STAND_IN.acksOf(docId);
        assertEquals(1, acks.size(), "acknowledged once: " + acks);
        return acks.get(0);
    }

    /** The incoming documents arrived at the province from the ministry's package {@code number}. */
    private List<Long> arrivals(int number) {
        String subject = "V/v thử nghiệm liên thông số " + number;
        return Api.as(deployment, "vanthu")
                .get("incoming?size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> subject.equals(d.getString("subject", "")))
                .map(d -> d.getJsonNumber("id").longValue())
                .toList();
    }

    private long evidenceCount() {
        JsonObject report = admin().post("partners/evidence/verification", "").json();
        return report.getJsonNumber("checked").longValue();
    }

    private static void await(String what, Supplier<Boolean> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("waited " + PATIENCE + " for " + what + "; acks " + STAND_IN.acks);
    }
}
