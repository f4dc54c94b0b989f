package vn.gov.qlvb.exchange.control.outbound;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.gov.qlvb.exchange.control.PartnerHmac;

/**
 * The transport adapter of an exchange axis's REST API (the national axis, or another QLVB
 * serving as a hub at {@code /lienthong/api/v1/}), every call with the HMAC headers of our
 * system id and the secret shared with the axis (over the exact body sent, empty for GET):
 *
 * <ul>
 *   <li>{@code POST sendEdoc}: a package of either kind as the part {@code file} of
 *       {@code multipart/form-data}; the answer is a receipt {@code {"docId",…}};
 *   <li>{@code GET getReceivedEdocList?organId=}: what waits for one of our agencies, a JSON
 *       array of {@code {"docId","kind","senderOrganId","documentId",…}};
 *   <li>{@code GET getEdoc?docId=}: the package's bytes;
 *   <li>{@code POST updateStatus}: the transport acknowledgement
 *       {@code {"docId","status":"done"|"fail"}}, a refusal adding {@code "code","message"};
 *   <li>{@code GET getAgenciesList}, {@code GET getSynchronizeUnit?since=} (changes since an
 *       ISO instant): arrays of {@code {"organId","name","parentOrganId","hosted"}};
 *       {@code POST registerAgency} with one such object.
 * </ul>
 *
 * Calls other than sendEdoc throw {@link AxisCallFailed} when the axis does not answer 200;
 * sendEdoc reports an {@link PartnerClient.Outcome} for the outbox to decide about retries.
 */
public final class AxisClient {

    /** One package waiting at the axis. */
    public record Listed(String docId, String kind, String senderOrganId, String documentId) {}

    /** One agency of the axis's directory; {@code hosted} null when the axis does not say. */
    public record Listing(String organId, String name, String parentOrganId, Boolean hosted) {}

    /** A call the axis refused or did not answer: the HTTP status (0 in transport) and its answer. */
    public static final class AxisCallFailed extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final int status;

        public AxisCallFailed(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        /** The HTTP status, 0 when no answer came. */
        public int status() {
            return status;
        }
    }

    private final URI base;
    private final String ourSystemId;
    private final byte[] secret;
    private final Duration timeout;

    public AxisClient(String endpointUrl, String ourSystemId, byte[] secret, Duration timeout) {
        this.base = URI.create(endpointUrl.endsWith("/") ? endpointUrl : endpointUrl + "/");
        this.ourSystemId = ourSystemId;
        this.secret = secret.clone();
        this.timeout = timeout;
    }

    /** Sends a signed package (document or status) as the multipart upload of sendEdoc. */
    public PartnerClient.Outcome sendEdoc(byte[] edxml) {
        String boundary = "qlvb-" + UUID.randomUUID();
        byte[] body = multipart(boundary, edxml);
        HttpRequest request = signed(base.resolve("sendEdoc"), body)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response;
        try {
            response = PartnerClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new PartnerClient.Outcome(false, null, false, "transport: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PartnerClient.Outcome(false, null, false, "interrupted");
        }
        return PartnerClient.outcomeOf(response.statusCode(), response.body());
    }

    /** getReceivedEdocList: the packages waiting for {@code organId}, oldest first. */
    public List<Listed> receivedList(String organId) {
        return array(get("getReceivedEdocList?organId=" + encode(organId))).stream()
                .map(JsonValue::asJsonObject)
                .map(o ->
                        new Listed(text(o, "docId"), text(o, "kind"), text(o, "senderOrganId"), text(o, "documentId")))
                .filter(l -> l.docId() != null && !l.docId().isBlank())
                .toList();
    }

    /** getEdoc: the exact bytes of a waiting package. */
    public byte[] getEdoc(String docId) {
        return get("getEdoc?docId=" + encode(docId));
    }

    /**
     * updateStatus: {@code done} (taken, or received before) or {@code fail} with the refusal's
     * code and message.
     */
    public void updateStatus(String docId, boolean done, String code, String message) {
        var json = Json.createObjectBuilder().add("docId", docId).add("status", done ? "done" : "fail");
        if (!done && code != null) {
            json.add("code", code).add("message", message == null ? "" : message);
        }
        post("updateStatus", json.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** getAgenciesList: the axis's whole directory. */
    public List<Listing> agencies() {
        return listings(get("getAgenciesList"));
    }

    /** getSynchronizeUnit: the agencies changed at the axis since {@code since}. */
    public List<Listing> synchronizeUnit(Instant since) {
        return listings(get("getSynchronizeUnit?since=" + encode(since.toString())));
    }

    /** registerAgency: makes one of our agencies known to the axis. */
    public void registerAgency(Listing agency) {
        var json = Json.createObjectBuilder().add("organId", agency.organId()).add("name", agency.name());
        if (agency.parentOrganId() == null) {
            json.addNull("parentOrganId");
        } else {
            json.add("parentOrganId", agency.parentOrganId());
        }
        json.add("hosted", agency.hosted() == null || agency.hosted());
        post("registerAgency", json.build().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The body of a multipart upload with one part {@code file} holding the package. */
    static byte[] multipart(String boundary, byte[] edxml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(edxml.length + 300);
        out.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"package.edxml\"\r\n"
                        + "Content-Type: application/xml\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(edxml);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private HttpRequest.Builder signed(URI target, byte[] body) {
        String[] headers = PartnerHmac.headers(ourSystemId, secret, body, Instant.now());
        return HttpRequest.newBuilder(target)
                .header(PartnerHmac.SYSTEM_ID, headers[0])
                .header(PartnerHmac.TIMESTAMP, headers[1])
                .header(PartnerHmac.SIGNATURE, headers[2])
                .timeout(timeout);
    }

    private byte[] get(String operationAndQuery) {
        return call(signed(base.resolve(operationAndQuery), new byte[0]).GET().build());
    }

    private byte[] post(String operation, byte[] json) {
        return call(signed(base.resolve(operation), json)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json))
                .build());
    }

    private static byte[] call(HttpRequest request) {
        HttpResponse<byte[]> response;
        try {
            response = PartnerClient.HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AxisCallFailed(0, "transport: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AxisCallFailed(0, "interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new AxisCallFailed(
                    response.statusCode(),
                    request.uri().getPath() + ": HTTP " + response.statusCode() + ": "
                            + PartnerClient.abbreviate(new String(response.body(), StandardCharsets.UTF_8)),
                    null);
        }
        return response.body();
    }

    private static JsonArray array(byte[] body) {
        try (JsonReader reader = Json.createReader(new StringReader(new String(body, StandardCharsets.UTF_8)))) {
            return reader.readArray();
        } catch (RuntimeException e) {
            throw new AxisCallFailed(200, "the axis answered no JSON array: " + e.getMessage(), e);
        }
    }

    private static List<Listing> listings(byte[] body) {
        return array(body).stream()
                .map(JsonValue::asJsonObject)
                .map(o -> new Listing(
                        text(o, "organId"),
                        text(o, "name"),
                        text(o, "parentOrganId"),
                        o.containsKey("hosted") && !o.isNull("hosted") ? o.getBoolean("hosted") : null))
                .filter(l -> l.organId() != null && !l.organId().isBlank())
                .toList();
    }

    private static String text(JsonObject o, String key) {
        JsonValue value = o.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
