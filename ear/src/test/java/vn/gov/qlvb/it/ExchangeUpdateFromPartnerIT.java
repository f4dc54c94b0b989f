package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilderFactory;
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
import org.w3c.dom.Document;
import vn.gov.qlvb.exchange.entity.Business;

/**
 * Updates (BussinessDocType 2) from another system, received by the real EAR: this test is the
 * sending system (signed packages, HMAC headers) and its status endpoint. An update of a document
 * that arrived changes the copy (history "Cập nhật từ nơi gửi") and is answered 15 about the update
 * itself; an update of a document that never arrived is answered 16 with the reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeUpdateFromPartnerIT {

    static final String PARTNER = "tinh-cap-nhat";
    static final String SECRET = "bi-mat-tinh-cap-nhat-2026";
    static final String SENDER = "000.00.00.H44";
    static final String HOSTED = "000.00.00.H99";
    static final ExchangePackages PACKAGES = new ExchangePackages(SENDER, "UBND tỉnh Cập Nhật");

    /** What the server sent back: DocumentId|StatusCode → Description. */
    static final Map<String, String> STATUSES = new ConcurrentHashMap<>();

    static HttpServer statusEndpoint;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    @BeforeEach
    void registerPartner() throws Exception {
        if (statusEndpoint != null) {
            return;
        }
        statusEndpoint = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        statusEndpoint.createContext("/lienthong/api/v1/sendStatus", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            record(body);
            byte[] answer = ("{\"docId\":\"" + Math.abs(java.util.Arrays.hashCode(body)) + "\",\"status\":\"01\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        statusEndpoint.start();
        Api admin = Api.as(deployment, "quantri");
        Api.Reply partner = admin.post(
                "partners",
                """
                {"systemId":"%s","name":"Hệ thống tỉnh Cập Nhật","secret":"%s",
                 "endpointUrl":"http://localhost:%d/lienthong/api/v1/","transport":"rest"}"""
                        .formatted(PARTNER, SECRET, statusEndpoint.getAddress().getPort()));
        assertEquals(201, partner.status(), partner.toString());
        Api.Reply agency = admin.post(
                "agencies",
                """
                {"organId":"%s","name":"UBND tỉnh Cập Nhật","level":"PROVINCE","remote":true,"partnerSystemId":"%s"}"""
                        .formatted(SENDER, PARTNER));
        assertEquals(201, agency.status(), agency.toString());
        Api.Reply certificate = admin.postBytes(
                "agencies/" + SENDER + "/certificates",
                PACKAGES.certificatePem().getBytes(StandardCharsets.US_ASCII),
                "application/x-pem-file");
        assertEquals(201, certificate.status(), certificate.toString());
    }

    @AfterAll
    static void stop() {
        if (statusEndpoint != null) {
            statusEndpoint.stop(0);
        }
    }

    private Lienthong partner() {
        return new Lienthong(deployment, PARTNER, SECRET);
    }

    @Test
    @Order(1)
    void anUpdateOfAnArrivedDocumentChangesTheCopyAndIsAnsweredFifteen() {
        Lienthong.Answer sent = partner()
                .post("sendEdoc", PACKAGES.document(501, List.of(HOSTED), ExchangePackages.pdf()), "application/xml");
        assertEquals(200, sent.status(), sent.toString());
        long copy = arrived("V/v thử nghiệm liên thông số 501");

        byte[] update = PACKAGES.update(
                501,
                1,
                List.of(HOSTED),
                List.of("UBND tỉnh Mẫu", "Sở Tài chính tỉnh Mẫu"),
                List.of(new Business.Receiver("000.00.02.H99", true)));
        Lienthong.Answer answered = partner().post("sendEdoc", update, "application/xml");
        assertEquals(200, answered.status(), answered.toString());
        assertEquals("01", answered.json().getString("status"));

        JsonObject updated =
                Api.as(deployment, "vanthu").get("incoming/" + copy).json();
        assertEquals("UBND tỉnh Mẫu; Sở Tài chính tỉnh Mẫu", updated.getString("recipients"));
        String history = Api.as(deployment, "vanthu")
                .get("incoming/" + copy + "/history")
                .body();
        assertTrue(history.contains("UPDATED_BY_SENDER") && history.contains("000.00.02.H99"), history);
        awaitStatus(PACKAGES.updateId(501, 1) + "|15");
    }

    @Test
    @Order(2)
    void anUpdateOfADocumentThatNeverArrivedIsAnsweredSixteenWithTheReason() {
        byte[] update = PACKAGES.update(
                599, 2, List.of(HOSTED), List.of("UBND tỉnh Mẫu"), List.of(new Business.Receiver(HOSTED, true)));
        Lienthong.Answer answered = partner().post("sendEdoc", update, "application/xml");
        assertEquals(200, answered.status(), answered.toString());
        String reason = awaitStatus(PACKAGES.updateId(599, 2) + "|16");
        assertEquals("Không có văn bản này tại nơi nhận", reason);
    }

    private long arrived(String subject) {
        for (JsonObject d : Api.as(deployment, "vanthu")
                .get("incoming?status=ARRIVED&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (subject.equals(d.getString("subject", ""))) {
                return d.getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no arrival " + subject);
    }

    private static String awaitStatus(String key) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            String description = STATUSES.get(key);
            if (description != null) {
                return description;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no status " + key + "; got " + STATUSES.keySet());
    }

    private static void record(byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
            String documentId =
                    doc.getElementsByTagNameNS("*", "DocumentId").item(0).getTextContent();
            String code = doc.getElementsByTagNameNS("*", "StatusCode").item(0).getTextContent();
            String description =
                    doc.getElementsByTagNameNS("*", "Description").item(0).getTextContent();
            STATUSES.put(documentId + "|" + code, description);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
