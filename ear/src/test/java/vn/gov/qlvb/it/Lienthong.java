package vn.gov.qlvb.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import vn.gov.qlvb.exchange.control.PartnerHmac;

/**
 * A partner system calling {@code /lienthong/api/v1/} with its HMAC headers (the same
 * computation as the server's, {@link PartnerHmac}); {@link #headersAt} lets a test send stale
 * or replayed ones.
 */
final class Lienthong {

    /** An answer: status, headers' content type, body bytes. */
    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        jakarta.json.JsonObject json() {
            return jakarta.json.Json.createReader(new java.io.StringReader(text()))
                    .readObject();
        }

        jakarta.json.JsonArray jsonArray() {
            return jakarta.json.Json.createReader(new java.io.StringReader(text()))
                    .readArray();
        }

        @Override
        public String toString() {
            return status + " " + text();
        }
    }

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String systemId;
    private final byte[] secret;

    Lienthong(URL deployment, String systemId, String secret) {
        this(URI.create(Api.root(deployment) + "lienthong/api/v1/"), systemId, secret);
    }

    Lienthong(URI base, String systemId, String secret) {
        this.base = base;
        this.systemId = systemId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String[] headersAt(byte[] body, Instant at) {
        return PartnerHmac.headers(systemId, secret, body, at);
    }

    Answer post(String operation, byte[] body, String contentType) {
        return post(operation, body, contentType, headersAt(body, Instant.now()));
    }

    Answer post(String operation, byte[] body, String contentType, String[] headers) {
        return send(
                HttpRequest.newBuilder(base.resolve(operation))
                        .header("Content-Type", contentType)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                headers);
    }

    /** Sends the package as the part {@code file} of a multipart body (the HMAC covers the whole body). */
    Answer postMultipart(String operation, byte[] edxml) {
        String boundary = "lienthong" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"goi.edxml\"\r\n"
                        + "Content-Type: application/xml\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + edxml.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(edxml, 0, body, head.length, edxml.length);
        System.arraycopy(tail, 0, body, head.length + edxml.length, tail.length);
        return post(operation, body, "multipart/form-data; boundary=" + boundary);
    }

    Answer get(String operationAndQuery) {
        return send(
                HttpRequest.newBuilder(base.resolve(operationAndQuery)).GET(), headersAt(new byte[0], Instant.now()));
    }

    private Answer send(HttpRequest.Builder request, String[] headers) {
        request.header(PartnerHmac.SYSTEM_ID, headers[0])
                .header(PartnerHmac.TIMESTAMP, headers[1])
                .header(PartnerHmac.SIGNATURE, headers[2])
                .timeout(Duration.ofSeconds(60));
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
