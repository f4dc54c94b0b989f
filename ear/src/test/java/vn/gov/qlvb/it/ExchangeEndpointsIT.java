package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;

/**
 * The REST interconnection of the real EAR: an administrator registers a partner system, its
 * remote agency and its certificate; the partner sends signed packages with HMAC headers;
 * duplicates answer the first receipt; refusals answer their code and store nothing (the
 * evidence log does not grow); a pulling system lists, fetches and acknowledges; the evidence
 * log verifies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExchangeEndpointsIT {

    static final String PARTNER = "tinh-thu-qlvb";
    static final String SECRET = "bi-mat-cua-tinh-thu-2026";
    static final String SENDER = "000.00.00.H42";
    static final String PULLER = "huyen-keo-goi";
    static final String PULLED_AGENCY = "000.00.00.H43";
    static final String HOSTED = "000.00.00.H99";
    static final ExchangePackages PACKAGES = new ExchangePackages(SENDER, "UBND tỉnh Thử");
    static final byte[] PDF = ExchangePackages.pdf();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    private static boolean registered;

    @BeforeEach
    void registerPartnerAgencyAndCertificate() {
        if (registered) {
            return;
        }
        Api admin = Api.as(deployment, "quantri");
        Api.Reply partner = admin.post(
                "partners",
                """
                {"systemId":"%s","name":"Hệ thống QLVB tỉnh Thử","secret":"%s",
                 "endpointUrl":"http://127.0.0.1:9/lienthong/api/v1/","transport":"rest"}"""
                        .formatted(PARTNER, SECRET));
        assertEquals(201, partner.status(), partner.toString());
        assertTrue(!partner.body().contains(SECRET), "the secret is never returned");
        Api.Reply puller = admin.post(
                "partners",
                """
                {"systemId":"%s","name":"Phần mềm huyện kéo gói","secret":"%s","transport":"rest"}"""
                        .formatted(PULLER, SECRET + "-huyen"));
        assertEquals(201, puller.status(), puller.toString());
        Api.Reply agency = admin.post(
                "agencies",
                """
                {"organId":"%s","name":"UBND tỉnh Thử","level":"PROVINCE","remote":true,"partnerSystemId":"%s"}"""
                        .formatted(SENDER, PARTNER));
        assertEquals(201, agency.status(), agency.toString());
        Api.Reply pulled = admin.post(
                "agencies",
                """
                {"organId":"%s","name":"UBND huyện Kéo","level":"PROVINCE","remote":true,"partnerSystemId":"%s"}"""
                        .formatted(PULLED_AGENCY, PULLER));
        assertEquals(201, pulled.status(), pulled.toString());
        Api.Reply certificate = admin.postBytes(
                "agencies/" + SENDER + "/certificates",
                PACKAGES.certificatePem().getBytes(StandardCharsets.US_ASCII),
                "application/x-pem-file");
        assertEquals(201, certificate.status(), certificate.toString());
        registered = true;
    }

    private Lienthong partner() {
        return new Lienthong(deployment, PARTNER, SECRET);
    }

    private long evidenceCount() {
        JsonObject report = Api.as(deployment, "quantri")
                .post("partners/evidence/verification", "")
                .json();
        assertTrue(
                !report.containsKey("firstBrokenPosition") || report.isNull("firstBrokenPosition"), report.toString());
        return report.getJsonNumber("checked").longValue();
    }

    @Test
    @Order(1)
    void signedDocumentWithPdfArrivesOnceAndItsResendIsADuplicate() {
        byte[] edxml = PACKAGES.document(101, List.of(HOSTED, "000.00.01.H99"), PDF);
        Lienthong.Answer first = partner().post("sendEdoc", edxml, "application/xml");
        assertEquals(200, first.status(), first.toString());
        assertEquals("01", first.json().getString("status"));
        assertEquals(false, first.json().getBoolean("duplicate"));
        long afterFirst = evidenceCount();

        Lienthong partner = partner();
        // resent later (the same request in the same second would be a replay)
        Lienthong.Answer again = partner.post(
                "sendEdoc",
                edxml,
                "application/xml",
                partner.headersAt(edxml, Instant.now().plusSeconds(2)));
        assertEquals(200, again.status(), again.toString());
        assertEquals(first.json().getString("docId"), again.json().getString("docId"));
        assertEquals(true, again.json().getBoolean("duplicate"));
        assertEquals(afterFirst, evidenceCount(), "a duplicate stores nothing new");

        Lienthong.Answer resigned = partner().postMultipart("sendEdoc", PACKAGES.document(101, List.of(HOSTED), PDF));
        assertEquals(true, resigned.json().getBoolean("duplicate"), "same sender and DocumentId: " + resigned);
    }

    @Test
    @Order(2)
    void multipartPackageAndStatusAreAccepted() {
        Lienthong.Answer document = partner().postMultipart("sendEdoc", PACKAGES.document(102, List.of(HOSTED), PDF));
        assertEquals(200, document.status(), document.toString());
        Lienthong.Answer status = partner()
                .post(
                        "sendStatus",
                        PACKAGES.status(HOSTED, HOSTED + ",2026/11/19,88/UBND-TH", ExchangeStatus.REGISTERED),
                        "application/xml");
        assertEquals(200, status.status(), status.toString());
        assertEquals("01", status.json().getString("status"));
    }

    @Test
    @Order(3)
    void refusalsAnswerTheirCodeAndStoreNothing() {
        long before = evidenceCount();
        byte[] good = PACKAGES.document(103, List.of(HOSTED), PDF);
        Lienthong partner = partner();

        refused(
                "UNAUTHORIZED",
                401,
                new Lienthong(deployment, PARTNER, "khong-dung-bi-mat-nay").post("sendEdoc", good, "application/xml"));
        refused(
                "UNAUTHORIZED",
                401,
                new Lienthong(deployment, "he-thong-la", SECRET).post("sendEdoc", good, "application/xml"));
        refused(
                "UNAUTHORIZED",
                401,
                partner.post(
                        "sendEdoc",
                        good,
                        "application/xml",
                        partner.headersAt(good, Instant.now().minusSeconds(600))));
        String[] once = partner.headersAt(good, Instant.now());
        assertEquals(
                200, partner.post("sendEdoc", good, "application/xml", once).status());
        refused("UNAUTHORIZED", 401, partner.post("sendEdoc", good, "application/xml", once));
        before++;

        String xml = new String(PACKAGES.document(104, List.of(HOSTED), PDF), StandardCharsets.UTF_8);
        refused(
                "SIGNATURE_INVALID",
                400,
                partner.post(
                        "sendEdoc",
                        xml.replace("thử nghiệm", "giả mạo").getBytes(StandardCharsets.UTF_8),
                        "application/xml"));
        refused(
                "MALFORMED_PACKAGE",
                400,
                partner.post(
                        "sendEdoc",
                        ("<!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        + xml.substring(xml.indexOf("?>") + 2))
                                .getBytes(StandardCharsets.UTF_8),
                        "application/xml"));
        refused(
                "SIGNATURE_MISSING",
                400,
                partner.post(
                        "sendEdoc",
                        xml.replaceAll("(?s)<ds:Signature.*</ds:Signature>", "").getBytes(StandardCharsets.UTF_8),
                        "application/xml"));
        refused(
                "WRONG_ADDRESSEE",
                404,
                partner.post("sendEdoc", PACKAGES.document(105, List.of("000.00.00.G22"), PDF), "application/xml"));
        refused(
                "UNKNOWN_SIGNER",
                403,
                partner.post(
                        "sendEdoc",
                        new ExchangePackages(SENDER, "Kẻ giả danh").document(106, List.of(HOSTED), PDF),
                        "application/xml"));
        refused(
                "SCHEMA_INVALID",
                400,
                partner.post("sendStatus", PACKAGES.document(107, List.of(HOSTED), PDF), "application/xml"));
        refused(
                "SENDER_MISMATCH",
                403,
                new Lienthong(deployment, PULLER, SECRET + "-huyen")
                        .post("sendEdoc", PACKAGES.document(108, List.of(HOSTED), PDF), "application/xml"));
        assertEquals(before, evidenceCount(), "refused packages leave nothing stored");
    }

    @Test
    @Order(4)
    void pullingSystemListsFetchesAndAcknowledgesItsPackages() {
        byte[] edxml = PACKAGES.document(120, List.of(PULLED_AGENCY), PDF);
        Lienthong.Answer sent = partner().post("sendEdoc", edxml, "application/xml");
        assertEquals(200, sent.status(), sent.toString());
        String docId = sent.json().getString("docId");

        Lienthong puller = new Lienthong(deployment, PULLER, SECRET + "-huyen");
        Lienthong.Answer list = puller.get("getReceivedEdocList?organId=" + PULLED_AGENCY);
        assertEquals(200, list.status(), list.toString());
        assertEquals(1, list.jsonArray().size(), list.toString());
        assertEquals(docId, list.jsonArray().getJsonObject(0).getString("docId"));

        Lienthong.Answer fetched = puller.get("getEdoc?docId=" + docId);
        assertEquals(200, fetched.status(), fetched.toString());
        assertArrayEquals(edxml, fetched.body(), "the exact bytes received");
        refused("UNAUTHORIZED", 401, partner().get("getReceivedEdocList?organId=" + PULLED_AGENCY));
        refused("WRONG_ADDRESSEE", 404, partner().get("getEdoc?docId=" + docId));

        byte[] done = ("{\"docId\":\"" + docId + "\",\"status\":\"done\"}").getBytes(StandardCharsets.UTF_8);
        Lienthong.Answer acknowledged = puller.post("updateStatus", done, "application/json");
        assertEquals(200, acknowledged.status(), acknowledged.toString());
        assertEquals(
                0,
                puller.get("getReceivedEdocList?organId=" + PULLED_AGENCY)
                        .jsonArray()
                        .size());
    }

    @Test
    @Order(5)
    void agenciesListShowsWhichAreHostedHere() {
        Lienthong.Answer agencies = partner().get("getAgenciesList");
        assertEquals(200, agencies.status(), agencies.toString());
        JsonObject province = agencies.jsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(a -> a.getString("organId").equals(HOSTED))
                .findFirst()
                .orElseThrow();
        assertEquals(true, province.getBoolean("hosted"));
    }

    @Test
    @Order(6)
    void evidenceLogHoldsEveryAcceptedPackageAndVerifies() {
        assertTrue(evidenceCount() >= 5);
    }

    @Test
    @Order(7)
    void wsdlIsPublishedFromTheSharedContract() throws Exception {
        java.net.http.HttpResponse<String> wsdl = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create(Api.root(deployment) + "lienthong/EdocService?wsdl"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode(), wsdl.body());
        for (String operation : List.of(
                "sendEdoc", "sendStatus", "getReceivedEdocList", "getEdoc", "updateStatus", "getAgenciesList")) {
            assertTrue(wsdl.body().contains("name=\"" + operation + "\""), operation);
        }
        assertTrue(wsdl.body().contains("urn:qlvb:lienthong:edoc:1"));
        assertTrue(wsdl.body().contains("edocFault"));
    }

    @Test
    @Order(8)
    void soapSendEdocAnswersTheSameAsRestDuplicatesAndFaults() {
        Soap soap = new Soap(deployment, PARTNER, SECRET);
        byte[] edxml = PACKAGES.document(130, List.of(HOSTED), PDF);
        String first = soap.call(
                "sendEdoc", "<e:edxml>" + java.util.Base64.getEncoder().encodeToString(edxml) + "</e:edxml>", edxml, 0);
        assertTrue(first.contains("<status>01</status>") || first.contains(":status>01<"), first);
        assertTrue(first.contains("duplicate>false<"), first);
        String again = soap.call(
                "sendEdoc", "<e:edxml>" + java.util.Base64.getEncoder().encodeToString(edxml) + "</e:edxml>", edxml, 2);
        assertTrue(again.contains("duplicate>true<"), again);

        long before = evidenceCount();
        String tampered = new String(edxml, StandardCharsets.UTF_8).replace("thử nghiệm", "giả mạo");
        byte[] bad = tampered.getBytes(StandardCharsets.UTF_8);
        String fault = soap.call(
                "sendEdoc", "<e:edxml>" + java.util.Base64.getEncoder().encodeToString(bad) + "</e:edxml>", bad, 0);
        assertTrue(fault.contains("Fault") && fault.contains("SIGNATURE_INVALID"), fault);
        String unauthorized = new Soap(deployment, PARTNER, "sai-bi-mat-sai-bi-mat")
                .call(
                        "sendEdoc",
                        "<e:edxml>" + java.util.Base64.getEncoder().encodeToString(edxml) + "</e:edxml>",
                        edxml,
                        5);
        assertTrue(unauthorized.contains("UNAUTHORIZED"), unauthorized);
        assertEquals(before, evidenceCount(), "SOAP refusals store nothing");

        String agencies = soap.call("getAgenciesList", "", new byte[0], 0);
        assertTrue(agencies.contains(HOSTED), agencies);
    }

    private static void refused(String code, int status, Lienthong.Answer answer) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(code, answer.json().getString("code"), answer.toString());
        assertTrue(!answer.json().getString("message").isBlank());
    }
}
