package vn.gov.qlvb.exchange.control.outbound;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.exchange.control.PartnerHmac;

/** The requests {@link AxisClient} makes, as a local HTTP server sees them. */
class AxisClientTest {

    private static final byte[] SECRET = "bi-mat-truc-quoc-gia-2026".getBytes(StandardCharsets.UTF_8);

    /** A request as received. */
    record Seen(String method, String path, String query, String contentType, String[] hmac, byte[] body) {}

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile int status = 200;
    private volatile byte[] answer = new byte[0];

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/truc/api/", this::handle);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        seen.add(new Seen(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                new String[] {
                    exchange.getRequestHeaders().getFirst(PartnerHmac.SYSTEM_ID),
                    exchange.getRequestHeaders().getFirst(PartnerHmac.TIMESTAMP),
                    exchange.getRequestHeaders().getFirst(PartnerHmac.SIGNATURE)
                },
                body));
        exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private AxisClient client() {
        return new AxisClient(
                "http://127.0.0.1:" + server.getAddress().getPort() + "/truc/api",
                "qlvb-tinh",
                SECRET,
                Duration.ofSeconds(5));
    }

    private static void verifiesHmac(Seen request) {
        assertEquals("qlvb-tinh", request.hmac()[0]);
        PartnerHmac.verify(
                request.hmac()[0], request.hmac()[1], request.hmac()[2], SECRET, request.body(), Instant.now());
    }

    @Test
    void sendEdocUploadsThePackageAsThePartFileWithAnHmacOverTheWholeBody() {
        answer = "{\"docId\":\"abc-1\",\"status\":\"01\",\"duplicate\":false}".getBytes(StandardCharsets.UTF_8);
        byte[] edxml = "<edXML xmlns=\"http://www.mic.gov.vn/TBT/QCVN_102_2016\">Văn bản</edXML>"
                .getBytes(StandardCharsets.UTF_8);

        PartnerClient.Outcome outcome = client().sendEdoc(edxml);

        assertTrue(outcome.delivered(), outcome.toString());
        assertEquals("abc-1", outcome.remoteDocId());
        Seen request = seen.get(0);
        assertEquals("POST", request.method());
        assertEquals("/truc/api/sendEdoc", request.path());
        assertTrue(request.contentType().startsWith("multipart/form-data; boundary="), request.contentType());
        verifiesHmac(request);
        String boundary = request.contentType().substring("multipart/form-data; boundary=".length());
        String text = new String(request.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("--" + boundary + "\r\n"), text);
        assertTrue(text.contains("Content-Disposition: form-data; name=\"file\"; filename=\"package.edxml\"\r\n"));
        assertTrue(text.endsWith("\r\n--" + boundary + "--\r\n"), text);
        byte[] part = Arrays.copyOfRange(
                request.body(),
                new String(request.body(), StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n") + 4,
                request.body().length - ("\r\n--" + boundary + "--\r\n").length());
        assertArrayEquals(edxml, part, "the package travels byte for byte");
    }

    @Test
    void sendEdocReportsRefusalsAsPermanentAndOutagesAsTemporary() {
        status = 400;
        answer = "{\"code\":\"SIGNATURE_INVALID\",\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        PartnerClient.Outcome refused = client().sendEdoc(new byte[] {1});
        assertFalse(refused.delivered());
        assertTrue(refused.permanent());
        assertTrue(refused.error().contains("SIGNATURE_INVALID"));

        status = 503;
        PartnerClient.Outcome down = client().sendEdoc(new byte[] {1});
        assertFalse(down.delivered());
        assertFalse(down.permanent());
    }

    @Test
    void pullCallsListFetchAndAcknowledgeWithSignedRequests() {
        answer = ("[{\"docId\":\"d-1\",\"kind\":\"DOCUMENT\",\"senderOrganId\":\"000.00.00.G22\","
                        + "\"documentId\":\"000.00.00.G22,2026/12/01,1/VPCP\",\"statusCode\":null,"
                        + "\"pullStatus\":\"PENDING\",\"receivedAt\":\"2026-12-01T01:00:00Z\"}]")
                .getBytes(StandardCharsets.UTF_8);
        List<AxisClient.Listed> listed = client().receivedList("000.00.00.H99");
        assertEquals(
                List.of(new AxisClient.Listed("d-1", "DOCUMENT", "000.00.00.G22", "000.00.00.G22,2026/12/01,1/VPCP")),
                listed);
        Seen list = seen.get(0);
        assertEquals("GET", list.method());
        assertEquals("/truc/api/getReceivedEdocList", list.path());
        assertEquals("organId=000.00.00.H99", list.query());
        verifiesHmac(list);

        answer = "<edXML/>".getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(answer, client().getEdoc("d-1 2"));
        assertEquals("docId=d-1+2", seen.get(1).query());
        verifiesHmac(seen.get(1));

        answer = "{}".getBytes(StandardCharsets.UTF_8);
        client().updateStatus("d-1", false, "SIGNATURE_INVALID", "changed after signing");
        Seen ack = seen.get(2);
        assertEquals("POST", ack.method());
        assertEquals("/truc/api/updateStatus", ack.path());
        assertEquals("application/json", ack.contentType());
        verifiesHmac(ack);
        var json = jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(ack.body()))
                .readObject();
        assertEquals("d-1", json.getString("docId"));
        assertEquals("fail", json.getString("status"));
        assertEquals("SIGNATURE_INVALID", json.getString("code"));

        client().updateStatus("d-2", true, null, null);
        assertEquals(
                "{\"docId\":\"d-2\",\"status\":\"done\"}",
                new String(seen.get(3).body(), StandardCharsets.UTF_8));
    }

    @Test
    void agencyCallsReadAndRegisterListings() {
        answer =
                ("[{\"organId\":\"000.00.00.G22\",\"name\":\"Văn phòng Chính phủ\",\"parentOrganId\":null,\"hosted\":true},"
                                + "{\"organId\":\"000.00.00.B01\",\"name\":\"Bộ Một\"},{\"name\":\"no id\"}]")
                        .getBytes(StandardCharsets.UTF_8);
        List<AxisClient.Listing> agencies = client().agencies();
        assertEquals(2, agencies.size());
        assertEquals(new AxisClient.Listing("000.00.00.G22", "Văn phòng Chính phủ", null, true), agencies.get(0));
        assertNull(agencies.get(1).hosted());
        assertEquals("/truc/api/getAgenciesList", seen.get(0).path());

        client().synchronizeUnit(Instant.parse("2026-12-01T00:00:00Z"));
        assertEquals("/truc/api/getSynchronizeUnit", seen.get(1).path());
        assertEquals("since=2026-12-01T00%3A00%3A00Z", seen.get(1).query());

        answer = "{}".getBytes(StandardCharsets.UTF_8);
        client().registerAgency(new AxisClient.Listing("000.00.00.H99", "UBND tỉnh", null, true));
        Seen register = seen.get(2);
        assertEquals("/truc/api/registerAgency", register.path());
        verifiesHmac(register);
        assertEquals(
                "{\"organId\":\"000.00.00.H99\",\"name\":\"UBND tỉnh\",\"parentOrganId\":null,\"hosted\":true}",
                new String(register.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aRefusedCallThrowsWithItsStatus() {
        status = 401;
        answer = "{\"code\":\"UNAUTHORIZED\"}".getBytes(StandardCharsets.UTF_8);
        AxisClient.AxisCallFailed failed =
                assertThrows(AxisClient.AxisCallFailed.class, () -> client().receivedList("000.00.00.H99"));
        assertEquals(401, failed.status());
        assertTrue(failed.getMessage().contains("UNAUTHORIZED"));
    }
}
