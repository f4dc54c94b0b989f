package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.gov.qlvb.production.ServerProcess;

/**
 * Two QLVB nodes, two WildFly processes with their own H2 databases, playing two provinces:
 * node A hosts the demo province {@code 000.00.00.H99}, node B the same demo structure as
 * {@code 000.00.00.H98} ({@code -Dqlvb.demo.level1=H98}). Each registers the other as a partner
 * system (shared HMAC secret; A reaches B's REST endpoint, B reaches A's SOAP service), the
 * other's province as a remote agency and
 * its package-signing certificate. Then documents travel both ways through the outboxes, signed
 * by the issuing agency's key, and the statuses flow back as the recipient handles them.
 *
 * <p>Ports: {@code it.node.a.offset} and {@code it.node.b.offset} (defaults: the Arquillian
 * offset + 37 and + 73, so the suite's own server is left alone).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeExchangeIT {

    static final String A_PROVINCE = "000.00.00.H99";
    static final String B_PROVINCE = "000.00.00.H98";
    static final String SHARED_SECRET = "bi-mat-chung-hai-tinh-2026";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static ServerProcess a;
    static ServerProcess b;
    static URL urlA;
    static URL urlB;
    static String firstNumberAndNotation;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        int base = Integer.getInteger("it.port.offset", 100);
        int offsetA = Integer.getInteger("it.node.a.offset", base + 37);
        int offsetB = Integer.getInteger("it.node.b.offset", base + 73);
        a = ServerProcess.copyOfProvisionedServer("node-a", offsetA);
        b = ServerProcess.copyOfProvisionedServer("node-b", offsetB);
        a.deployQlvb();
        b.deployQlvb();
        a.start(node("node-a", "H99"));
        b.start(node("node-b", "H98"));
        // a loaded machine may take longer to boot two servers: -Dit.node.ready.minutes
        Duration ready = Duration.ofMinutes(Integer.getInteger("it.node.ready.minutes", 4));
        a.awaitReady(ready);
        b.awaitReady(ready);
        urlA = new URL("http://localhost:" + a.httpPort() + "/qlvb/");
        urlB = new URL("http://localhost:" + b.httpPort() + "/qlvb/");
        // A calls B over REST; B calls A over SOAP (EdocService): every package from B to A,
        // the statuses of A's documents included, crosses the SOAP transport
        connect(
                urlA,
                "node-b",
                "http://localhost:%d/lienthong/api/v1/".formatted(b.httpPort()),
                "rest",
                B_PROVINCE,
                "UBND tỉnh Bên Kia",
                certificateOf(urlB, B_PROVINCE));
        connect(
                urlB,
                "node-a",
                "http://localhost:%d/lienthong/EdocService".formatted(a.httpPort()),
                "soap",
                A_PROVINCE,
                "UBND tỉnh Mẫu",
                certificateOf(urlA, A_PROVINCE));
    }

    static String[] node(String systemId, String level1) {
        return new String[] {
            "-Dqlvb.demo-data=true",
            "-Dqlvb.demo.level1=" + level1,
            "-Dqlvb.exchange.system-id=" + systemId,
            "-Dqlvb.exchange.poll-millis=300",
            "-Dqlvb.exchange.retry-delays=PT1S,PT2S,PT5S"
        };
    }

    @AfterAll
    static void stopNodes() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    static String certificateOf(URL node, String organId) {
        java.net.http.HttpResponse<byte[]> pem =
                Api.as(node, "quantri").bytes("agencies/" + organId + "/certificates/current");
        String text = new String(pem.body(), StandardCharsets.US_ASCII);
        assertEquals(200, pem.statusCode(), text);
        assertTrue(text.startsWith("-----BEGIN CERTIFICATE-----"), text);
        return text;
    }

    /** On {@code node}: the other node as a partner, its province as a remote agency, its certificate. */
    static void connect(
            URL node,
            String otherSystem,
            String endpointUrl,
            String transport,
            String otherProvince,
            String name,
            String pem) {
        Api admin = Api.as(node, "quantri");
        partner(admin, otherSystem, "QLVB " + name, SHARED_SECRET, endpointUrl, transport);
        remoteAgency(admin, otherProvince, name, otherSystem, pem);
    }

    /** Registers (or updates) a partner system, as the administrator {@code admin}. */
    static void partner(Api admin, String systemId, String name, String secret, String endpointUrl, String transport) {
        Api.Reply partner = admin.post(
                "partners",
                """
                {"systemId":"%s","name":"%s","secret":"%s","endpointUrl":"%s","transport":"%s"}"""
                        .formatted(systemId, name, secret, endpointUrl, transport));
        assertEquals(201, partner.status(), partner.toString());
    }

    /**
     * Registers a remote agency of the province level reached through the partner system
     * {@code systemId}, with its signing certificate ({@code pem}), as the administrator {@code admin}.
     */
    static void remoteAgency(Api admin, String organId, String name, String systemId, String pem) {
        Api.Reply agency = admin.post(
                "agencies",
                """
                {"organId":"%s","name":"%s","level":"PROVINCE","remote":true,"partnerSystemId":"%s"}"""
                        .formatted(organId, name, systemId));
        assertEquals(201, agency.status(), agency.toString());
        Api.Reply certificate = admin.postBytes(
                "agencies/" + organId + "/certificates",
                pem.getBytes(StandardCharsets.US_ASCII),
                "application/x-pem-file");
        assertEquals(201, certificate.status(), certificate.toString());
    }

    @Test
    @Order(1)
    void documentWithPdfGoesFromAToBAndStatusesZeroOneToZeroSixComeBack() {
        OutgoingFlow flowA = new OutgoingFlow(urlA, A_PROVINCE);
        long id = flowA.draft("CONG_VAN", "NONE", "lanhdao", List.of(B_PROVINCE));
        JsonObject dispatched = flowA.dispatched(id, "lanhdao");
        assertEquals("DISPATCHED", dispatched.getString("status"));
        List<String> seen = new ArrayList<>();
        awaitStatus(flowA, id, B_PROVINCE, "ARRIVED", seen);

        OutgoingFlow flowB = new OutgoingFlow(urlB, B_PROVINCE);
        long copy = arrivedAt(urlB, "vanthu", dispatched.getString("subject"));
        JsonObject arrived = OutgoingFlow.ok(Api.as(urlB, "vanthu").get("incoming/" + copy));
        assertEquals(dispatched.getString("numberAndNotation"), arrived.getString("numberAndNotation"));
        byte[] sent = flowA.as("vanthu")
                .bytes("outgoing/" + id + "/versions/" + lastVersion(flowA, id) + "/file")
                .body();
        byte[] received = Api.as(urlB, "vanthu")
                .bytes("incoming/" + copy + "/files/"
                        + arrived.getJsonArray("files")
                                .getJsonObject(0)
                                .getJsonNumber("id")
                                .longValue())
                .body();
        assertArrayEquals(sent, received, "B holds the exact PDF A sealed");

        handleOnB(flowB, copy, flowA, id, seen);
        assertEquals(List.of("ARRIVED", "REGISTERED", "ASSIGNED", "PROCESSING", "COMPLETED"), seen);
        firstNumberAndNotation = dispatched.getString("numberAndNotation");
    }

    @Test
    @Order(2)
    void documentGoesBackFromBToAAndIsRegistered() {
        OutgoingFlow flowB = new OutgoingFlow(urlB, B_PROVINCE);
        long id = flowB.draft("CONG_VAN", "NONE", "lanhdao", List.of(A_PROVINCE));
        JsonObject dispatched = flowB.dispatched(id, "lanhdao");
        List<String> seen = new ArrayList<>();
        awaitStatus(flowB, id, A_PROVINCE, "ARRIVED", seen);
        long copy = arrivedAt(urlA, "vanthu", dispatched.getString("subject"));
        Api clerkA = Api.as(urlA, "vanthu");
        OutgoingFlow.ok(clerkA.post("incoming/" + copy + "/register", "{\"registerId\":" + register(clerkA) + "}"));
        awaitStatus(flowB, id, A_PROVINCE, "REGISTERED", seen);
    }

    @Test
    @Order(3)
    void recallCrossesTheNodes() {
        OutgoingFlow flowA = new OutgoingFlow(urlA, A_PROVINCE);
        long id = flowA.draft("CONG_VAN", "NONE", "lanhdao", List.of(B_PROVINCE));
        JsonObject dispatched = flowA.dispatched(id, "lanhdao");
        awaitStatus(flowA, id, B_PROVINCE, "ARRIVED", new ArrayList<>());
        long copy = arrivedAt(urlB, "vanthu", dispatched.getString("subject"));

        OutgoingFlow.ok(flowA.as("vanthu").post("outgoing/" + id + "/recall", "{\"reason\":\"Sai số liệu\"}"));
        await("B's copy recalled", () -> "RECALLED"
                .equals(Api.as(urlB, "vanthu").get("incoming/" + copy).json().getString("status")));
        // B answers 15 (recall accepted) through its own outbox; A's row then says recalled
        await("A's row for B says recalled", () -> "RECALLED"
                .equals(OutgoingFlow.recipients(flowA.as("vanthu"), id)
                        .get(B_PROVINCE)
                        .getString("status")));
    }

    /** Sở Nội vụ of node B's province, which A learns of for the update test. */
    static final String B_DEPARTMENT = "000.00.01.H98";

    @Test
    @Order(4)
    void updateOfTheRecipientsCrossesTheNodesAndIsAnsweredFifteen() {
        Api.Reply agency = Api.as(urlA, "quantri")
                .post(
                        "agencies",
                        """
                {"organId":"%s","name":"Sở Nội vụ tỉnh Bên Kia","level":"PROVINCE","remote":true,"partnerSystemId":"node-b"}"""
                                .formatted(B_DEPARTMENT));
        assertEquals(201, agency.status(), agency.toString());
        OutgoingFlow flowA = new OutgoingFlow(urlA, A_PROVINCE);
        long id = flowA.draft("CONG_VAN", "NONE", "lanhdao", List.of(B_PROVINCE));
        JsonObject dispatched = flowA.dispatched(id, "lanhdao");
        awaitStatus(flowA, id, B_PROVINCE, "ARRIVED", new ArrayList<>());
        long copy = arrivedAt(urlB, "vanthu", dispatched.getString("subject"));

        OutgoingFlow.ok(
                flowA.as("vanthu").post("outgoing/" + id + "/recipients", "{\"add\":[\"" + B_DEPARTMENT + "\"]}"));
        // B's province applies the update to its copy: the recipients now name the department
        await("B's copy updated", () -> Api.as(urlB, "vanthu")
                .get("incoming/" + copy)
                .json()
                .getString("recipients", "")
                .contains("Sở Nội vụ tỉnh Bên Kia"));
        assertTrue(
                Api.as(urlB, "vanthu")
                        .get("incoming/" + copy + "/history")
                        .body()
                        .contains("UPDATED_BY_SENDER"),
                "the update is in the copy's history");
        await("A's row for B's province says the update was accepted (15)", () -> "ACCEPTED"
                .equals(OutgoingFlow.recipients(flowA.as("vanthu"), id)
                        .get(B_PROVINCE)
                        .getString("changeAnswer", "")));
        assertEquals(
                "ARRIVED",
                OutgoingFlow.recipients(flowA.as("vanthu"), id).get(B_PROVINCE).getString("status"),
                "the answer to the update is not the copy's status");
        // the department added gets the document itself (B's receipt 01 is its arrival there)
        awaitStatus(flowA, id, B_DEPARTMENT, "ARRIVED", new ArrayList<>());
        arrivedAt(urlB, "vanthu.snv", dispatched.getString("subject"));
    }

    @Test
    @Order(5)
    void replacementCrossesTheNodesLinksTheCopiesAndIsAnsweredFifteen() {
        OutgoingFlow flowA = new OutgoingFlow(urlA, A_PROVINCE);
        long old = flowA.draft("CONG_VAN", "NONE", "lanhdao", List.of(B_PROVINCE));
        JsonObject oldDispatched = flowA.dispatched(old, "lanhdao");
        awaitStatus(flowA, old, B_PROVINCE, "ARRIVED", new ArrayList<>());
        long oldCopy = arrivedAt(urlB, "vanthu", oldDispatched.getString("subject"));

        long replacement = startReplacement(flowA, old);
        JsonObject dispatched = flowA.dispatched(replacement, "lanhdao");
        await("B's old copy replaced", () -> "RECALLED"
                .equals(Api.as(urlB, "vanthu").get("incoming/" + oldCopy).json().getString("status")));
        JsonObject oldOnB = Api.as(urlB, "vanthu").get("incoming/" + oldCopy).json();
        long newCopy = oldOnB.getJsonNumber("replacedById").longValue();
        JsonObject newOnB = OutgoingFlow.ok(Api.as(urlB, "vanthu").get("incoming/" + newCopy));
        assertEquals("ARRIVED", newOnB.getString("status"));
        assertEquals(dispatched.getString("numberAndNotation"), newOnB.getString("numberAndNotation"));
        assertTrue(
                Api.as(urlB, "vanthu")
                        .get("incoming/" + oldCopy + "/history")
                        .body()
                        .contains("REPLACED"),
                "the replacement is in the old copy's history");
        assertTrue(
                Api.as(urlB, "vanthu")
                        .get("incoming/" + newCopy + "/history")
                        .body()
                        .contains("REPLACED"),
                "and in the new copy's");
        await("A's row of the replaced document says accepted (15)", () -> {
            JsonObject row = OutgoingFlow.recipients(flowA.as("vanthu"), old).get(B_PROVINCE);
            return "ACCEPTED".equals(row.getString("changeAnswer", "")) && "RECALLED".equals(row.getString("status"));
        });
        awaitStatus(flowA, replacement, B_PROVINCE, "ARRIVED", new ArrayList<>());
    }

    @Test
    @Order(6)
    void replacementOfACopyReturnedByBIsRefusedSixteenWithItsReason() {
        OutgoingFlow flowA = new OutgoingFlow(urlA, A_PROVINCE);
        long old = flowA.draft("CONG_VAN", "NONE", "lanhdao", List.of(B_PROVINCE));
        JsonObject oldDispatched = flowA.dispatched(old, "lanhdao");
        awaitStatus(flowA, old, B_PROVINCE, "ARRIVED", new ArrayList<>());
        long oldCopy = arrivedAt(urlB, "vanthu", oldDispatched.getString("subject"));
        OutgoingFlow.ok(
                Api.as(urlB, "vanthu").post("incoming/" + oldCopy + "/refuse", "{\"reason\":\"Gửi nhầm cơ quan\"}"));
        awaitStatus(flowA, old, B_PROVINCE, "REFUSED", new ArrayList<>());

        long replacement = startReplacement(flowA, old);
        flowA.dispatched(replacement, "lanhdao");
        await("A's row of the replaced document says refused (16) with B's reason", () -> {
            JsonObject row = OutgoingFlow.recipients(flowA.as("vanthu"), old).get(B_PROVINCE);
            return "REFUSED".equals(row.getString("changeAnswer", ""))
                    && row.getString("changeNote", "").contains("trả lại");
        });
        assertEquals(
                "RETURNED",
                Api.as(urlB, "vanthu").get("incoming/" + oldCopy).json().getString("status"),
                "B's returned copy stays as it was");
        // the new document itself still arrives
        awaitStatus(flowA, replacement, B_PROVINCE, "ARRIVED", new ArrayList<>());
    }

    /** The author starts the replacement of {@code old} and gives it a PDF; its id. */
    private static long startReplacement(OutgoingFlow flow, long old) {
        Api author = flow.as("chuyenvien");
        Api.Reply started = author.post("outgoing/" + old + "/replace", "{}");
        assertEquals(201, started.status(), started.toString());
        long replacement = started.json().getJsonNumber("id").longValue();
        Api.Reply version = author.postFile(
                "outgoing/" + replacement + "/versions",
                "thay-the.pdf",
                OutgoingFlow.pdf("thay the " + replacement),
                "application/pdf");
        assertEquals(201, version.status(), version.toString());
        return replacement;
    }

    @Test
    @Order(10)
    void evidenceLogsOfBothNodesVerify() {
        for (URL node : List.of(urlA, urlB)) {
            JsonObject report = Api.as(node, "quantri")
                    .post("partners/evidence/verification", "")
                    .json();
            assertTrue(
                    !report.containsKey("firstBrokenPosition") || report.isNull("firstBrokenPosition"),
                    report.toString());
            assertTrue(report.getJsonNumber("checked").longValue() >= 8, report.toString());
        }
    }

    @Test
    @Order(11)
    void noOutboxOrPullRunOverlappedTheOneBeforeOnEitherNode() throws Exception {
        for (ServerProcess node : List.of(a, b)) {
            assertFalse(node.serverLog().contains("WFLYEJB0043"), "each exchange run arms the next one");
        }
    }

    @Test
    @Order(9)
    void trailOfTheFirstDocumentShowsEveryPackageOnBothNodes() {
        String query = "," + firstNumberAndNotation;
        List<JsonObject> onA = trail(urlA, query);
        JsonObject sent = onA.get(0);
        assertEquals("SENT", sent.getString("direction"));
        assertEquals("DOCUMENT", sent.getString("kind"));
        JsonObject leg = sent.getJsonArray("legs").getJsonObject(0);
        assertEquals(B_PROVINCE, leg.getString("organId"));
        assertEquals("DELIVERED", leg.getString("state"));
        assertEquals(
                List.of("03", "04", "05", "06"),
                onA.stream()
                        .filter(e -> e.getString("direction").equals("RECEIVED"))
                        .map(e -> e.getString("statusCode"))
                        .toList(),
                onA.toString());

        List<JsonObject> onB = trail(urlB, query);
        assertEquals("RECEIVED", onB.get(0).getString("direction"));
        assertEquals("DOCUMENT", onB.get(0).getString("kind"));
        assertEquals(
                List.of("03", "04", "05", "06"),
                onB.stream()
                        .filter(e -> e.getString("direction").equals("SENT"))
                        .map(e -> e.getString("statusCode"))
                        .toList(),
                onB.toString());
        assertTrue(
                onB.stream()
                        .filter(e -> e.getString("direction").equals("SENT"))
                        .allMatch(e -> e.getJsonArray("legs")
                                .getJsonObject(0)
                                .getString("state")
                                .equals("DELIVERED")),
                onB.toString());
    }

    /** The trail on a node of the documents of A whose id contains {@code part} (B numbers its own too). */
    private static List<JsonObject> trail(URL node, String part) {
        return Api.as(node, "quantri")
                .get("partners/evidence?documentId=" + java.net.URLEncoder.encode(part, StandardCharsets.UTF_8))
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> e.getString("documentId").startsWith(A_PROVINCE + ","))
                .toList();
    }

    private static void handleOnB(OutgoingFlow flowB, long copy, OutgoingFlow flowA, long id, List<String> seen) {
        Api clerk = Api.as(urlB, "vanthu");
        OutgoingFlow.ok(clerk.post("incoming/" + copy + "/register", "{\"registerId\":" + register(clerk) + "}"));
        awaitStatus(flowA, id, B_PROVINCE, "REGISTERED", seen);
        OutgoingFlow.ok(
                clerk.post("incoming/" + copy + "/present", "{\"leaderId\":" + flowB.people.get("lanhdao") + "}"));
        Api.Reply directed = Api.as(urlB, "lanhdao")
                .post(
                        "incoming/" + copy + "/direction",
                        "{\"comment\":\"Giao chuyên viên xử lý\",\"lead\":{\"personId\":"
                                + flowB.people.get("chuyenvien") + ",\"deadline\":\""
                                + LocalDate.now().plusDays(10) + "\"},\"coordinating\":[],\"informed\":[]}");
        assertEquals(200, directed.status(), directed.toString());
        long part = directed.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        awaitStatus(flowA, id, B_PROVINCE, "ASSIGNED", seen);
        OutgoingFlow.ok(Api.as(urlB, "chuyenvien")
                .post("incoming/assignments/" + part + "/progress", "{\"text\":\"Đang xử lý\"}"));
        awaitStatus(flowA, id, B_PROVINCE, "PROCESSING", seen);
        OutgoingFlow.ok(
                Api.as(urlB, "chuyenvien").post("incoming/assignments/" + part + "/complete", "{\"text\":\"Xong\"}"));
        Api.Reply closed = Api.as(urlB, "lanhdao").post("incoming/" + copy + "/complete", "{\"note\":\"Hoàn thành\"}");
        assertEquals(200, closed.status(), closed.toString());
        awaitStatus(flowA, id, B_PROVINCE, "COMPLETED", seen);
    }

    private static long register(Api clerk) {
        return clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private static int lastVersion(OutgoingFlow flow, long id) {
        return flow.as("vanthu").get("outgoing/" + id + "/versions").jsonArray().size();
    }

    /** The arrived document with {@code subject} at the node, once it is there. */
    private static long arrivedAt(URL node, String clerk, String subject) {
        long[] found = new long[1];
        await("arrival of " + subject, () -> {
            for (JsonObject d : Api.as(node, clerk)
                    .get("incoming?status=ARRIVED&size=200")
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class)) {
                if (subject.equals(d.getString("subject", ""))) {
                    found[0] = d.getJsonNumber("id").longValue();
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** Waits until the sender's row for {@code organId} shows {@code status}; records each status seen. */
    private static void awaitStatus(OutgoingFlow flow, long id, String organId, String status, List<String> seen) {
        await(organId + " " + status, () -> {
            String now =
                    OutgoingFlow.recipients(flow.as("vanthu"), id).get(organId).getString("status");
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(now)) {
                if (!"QUEUED_FOR_EXCHANGE".equals(now)) {
                    seen.add(now);
                }
            }
            return status.equals(now);
        });
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
        throw new AssertionError("waited " + PATIENCE + " for " + what + "; outboxes: A pending "
                + Api.as(urlA, "quantri").get("partners/outbox?state=PENDING").body() + " dead "
                + Api.as(urlA, "quantri").get("partners/outbox").body() + "; B pending "
                + Api.as(urlB, "quantri").get("partners/outbox?state=PENDING").body() + " dead "
                + Api.as(urlB, "quantri").get("partners/outbox").body());
    }
}
