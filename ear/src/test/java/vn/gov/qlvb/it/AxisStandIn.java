package vn.gov.qlvb.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.gov.qlvb.exchange.control.PartnerHmac;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * A local stand-in of the national exchange axis, in the test JVM (JDK HTTP server on a free
 * port), built from its documented behaviour: every call carries the HMAC headers of a known
 * system ({@code 401 {"code":"UNAUTHORIZED"}} otherwise); {@code sendEdoc} takes the part
 * {@code file} of a multipart upload and keeps it for the test to read;
 * {@code getReceivedEdocList}, {@code getEdoc} and {@code updateStatus} serve the
 * per-agency queues that the test fills (done takes a package off, fail leaves it listed); {@code getAgenciesList}
 * and {@code registerAgency} keep the directory. It records what it was sent and each
 * acknowledgement; a test can make it lose the first acknowledgement of a package (answering
 * 500), as a crash between the fetch and the acknowledgement would.
 */
final class AxisStandIn implements AutoCloseable {

    /** A package sent to the axis: the caller's system id, the multipart content type, the part {@code file}. */
    record Upload(String systemId, String contentType, byte[] edxml) {}

    /** An acknowledgement received: docId, {@code done} or {@code fail}, the refusal code if any. */
    record Ack(String docId, String status, String code) {}

    private record Queued(String docId, String organId, byte[] edxml, Instant at) {}

    private final HttpServer server;
    private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();
    private final Map<String, JsonObject> agencies = new LinkedHashMap<>();
    private final Map<String, List<Queued>> queues = new HashMap<>();
    private final Map<String, Integer> fetches = new ConcurrentHashMap<>();
    private final Set<String> loseFirstAck = ConcurrentHashMap.newKeySet();
    final List<Upload> uploads = new CopyOnWriteArrayList<>();
    final List<Ack> acks = new CopyOnWriteArrayList<>();

    AxisStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/truc/api/v1/", this::handle);
        server.start();
    }

    /** The endpoint URL to register the axis with. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/truc/api/v1/";
    }

    /** A system allowed to call, with its shared secret. */
    AxisStandIn allow(String systemId, String secret) {
        secrets.put(systemId, secret.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Lists (or renames) an agency of the axis's directory; {@code hosted} null leaves it out. */
    synchronized AxisStandIn agency(String organId, String name, String parentOrganId, Boolean hosted) {
        var json = Json.createObjectBuilder().add("organId", organId).add("name", name);
        if (parentOrganId == null) {
            json.addNull("parentOrganId");
        } else {
            json.add("parentOrganId", parentOrganId);
        }
        if (hosted != null) {
            json.add("hosted", hosted);
        }
        agencies.put(organId, json.build());
        return this;
    }

    synchronized boolean lists(String organId) {
        return agencies.containsKey(organId);
    }

    /** Queues a package for {@code organId} as if another system had sent it; its docId. */
    synchronized String queue(String organId, byte[] edxml) {
        String docId = UUID.randomUUID().toString();
        queues.computeIfAbsent(organId, k -> new ArrayList<>()).add(new Queued(docId, organId, edxml, Instant.now()));
        return docId;
    }

    /** The next acknowledgement of {@code docId} is lost: answered 500, the package stays listed. */
    void loseFirstAck(String docId) {
        loseFirstAck.add(docId);
    }

    int fetches(String docId) {
        return fetches.getOrDefault(docId, 0);
    }

    List<Ack> acksOf(String docId) {
        return acks.stream().filter(a -> a.docId().equals(docId)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String systemId = exchange.getRequestHeaders().getFirst(PartnerHmac.SYSTEM_ID);
            byte[] secret = systemId == null ? null : secrets.get(systemId);
            if (secret == null) {
                answer(exchange, 401, refusal("UNAUTHORIZED", "unknown system"));
                return;
            }
            try {
                PartnerHmac.verify(
                        systemId,
                        exchange.getRequestHeaders().getFirst(PartnerHmac.TIMESTAMP),
                        exchange.getRequestHeaders().getFirst(PartnerHmac.SIGNATURE),
                        secret,
                        body,
                        Instant.now());
            } catch (PackageRefusedException e) {
                answer(exchange, 401, refusal("UNAUTHORIZED", e.getMessage()));
                return;
            }
            String operation = exchange.getRequestURI().getPath().substring("/truc/api/v1/".length());
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            switch (operation) {
                case "sendEdoc" -> sendEdoc(exchange, systemId, body);
                case "getReceivedEdocList" -> answer(exchange, 200, list(query.get("organId")));
                case "getEdoc" -> getEdoc(exchange, query.get("docId"));
                case "updateStatus" -> updateStatus(exchange, body);
                case "getAgenciesList" -> answer(exchange, 200, agencies());
                case "registerAgency" -> registerAgency(exchange, body);
                default -> answer(exchange, 404, refusal("NOT_FOUND", operation));
            }
        } catch (RuntimeException e) {
            answer(exchange, 500, refusal("INTERNAL", String.valueOf(e)));
        } finally {
            exchange.close();
        }
    }

    private void sendEdoc(HttpExchange exchange, String systemId, byte[] body) throws IOException {
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        if (contentType == null || !contentType.startsWith("multipart/form-data; boundary=")) {
            answer(exchange, 400, refusal("MALFORMED_PACKAGE", "sendEdoc takes a multipart upload"));
            return;
        }
        byte[] edxml = fileOf(body, contentType.substring("multipart/form-data; boundary=".length()));
        uploads.add(new Upload(systemId, contentType, edxml));
        answer(
                exchange,
                200,
                Json.createObjectBuilder()
                        .add("docId", UUID.randomUUID().toString())
                        .add("status", "01")
                        .add("duplicate", false)
                        .build()
                        .toString());
    }

    private synchronized String list(String organId) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (Queued q : queues.getOrDefault(organId == null ? "" : organId, List.of())) {
            items.add(Json.createObjectBuilder()
                    .add("docId", q.docId())
                    .add("kind", "DOCUMENT")
                    .add("senderOrganId", "")
                    .add("documentId", "")
                    .addNull("statusCode")
                    .add("pullStatus", "PENDING")
                    .add("receivedAt", q.at().toString()));
        }
        return items.build().toString();
    }

    private void getEdoc(HttpExchange exchange, String docId) throws IOException {
        Queued found = find(docId);
        if (found == null) {
            answer(exchange, 404, refusal("WRONG_ADDRESSEE", "no package " + docId));
            return;
        }
        fetches.merge(docId, 1, Integer::sum);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, found.edxml().length);
        exchange.getResponseBody().write(found.edxml());
    }

    private void updateStatus(HttpExchange exchange, byte[] body) throws IOException {
        JsonObject json = Json.createReader(new ByteArrayInputStream(body)).readObject();
        String docId = json.getString("docId");
        String status = json.getString("status");
        if (find(docId) == null || !(status.equals("done") || status.equals("fail"))) {
            answer(exchange, 400, refusal("SCHEMA_INVALID", "no package " + docId + " or status " + status));
            return;
        }
        if (loseFirstAck.remove(docId)) {
            answer(exchange, 500, refusal("INTERNAL", "the acknowledgement was lost"));
            return;
        }
        acks.add(new Ack(docId, status, json.getString("code", null)));
        if (status.equals("done")) {
            synchronized (this) {
                queues.values().forEach(q -> q.removeIf(p -> p.docId().equals(docId)));
            }
        }
        answer(exchange, 200, json.toString());
    }

    private synchronized String agencies() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        agencies.values().forEach(all::add);
        return all.build().toString();
    }

    private void registerAgency(HttpExchange exchange, byte[] body) throws IOException {
        JsonObject json = Json.createReader(new ByteArrayInputStream(body)).readObject();
        agency(
                json.getString("organId"),
                json.getString("name"),
                json.isNull("parentOrganId") ? null : json.getString("parentOrganId"),
                true);
        answer(exchange, 200, json.toString());
    }

    private synchronized Queued find(String docId) {
        return queues.values().stream()
                .flatMap(List::stream)
                .filter(q -> q.docId().equals(docId))
                .findFirst()
                .orElse(null);
    }

    /** The part {@code file} of a multipart body, byte for byte. */
    private static byte[] fileOf(byte[] body, String boundary) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int part = text.indexOf("name=\"file\"");
        if (part < 0) {
            throw new IllegalArgumentException("no part file");
        }
        int start = text.indexOf("\r\n\r\n", part) + 4;
        int end = text.indexOf("\r\n--" + boundary, start);
        return Arrays.copyOfRange(body, start, end);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static String refusal(String code, String message) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("message", message == null ? "" : message)
                .build()
                .toString();
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
