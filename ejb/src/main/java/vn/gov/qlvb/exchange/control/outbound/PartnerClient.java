package vn.gov.qlvb.exchange.control.outbound;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import vn.gov.qlvb.exchange.control.PartnerHmac;
import vn.gov.qlvb.exchange.entity.PackageKind;

/**
 * The transport adapter that delivers a signed package to a partner's REST endpoint
 * ({@code sendEdoc} or {@code sendStatus} under its endpoint URL), with the HMAC headers of our
 * system id and the secret shared with that partner. It only reports what happened; the
 * outbox decides about retries.
 */
public final class PartnerClient {

    static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /**
     * What an attempt gave: delivered with the partner's docId; refused with a code (it would be
     * refused again: permanent); or failed in transport (temporary).
     */
    public record Outcome(boolean delivered, String remoteDocId, boolean permanent, String error) {}

    private PartnerClient() {}

    public static Outcome deliver(
            String endpointUrl, String ourSystemId, byte[] secret, PackageKind kind, byte[] edxml, Duration timeout) {
        String base = endpointUrl.endsWith("/") ? endpointUrl : endpointUrl + "/";
        URI target = URI.create(base + (kind == PackageKind.DOCUMENT ? "sendEdoc" : "sendStatus"));
        String[] headers = PartnerHmac.headers(ourSystemId, secret, edxml, Instant.now());
        HttpRequest request = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/xml")
                .header(PartnerHmac.SYSTEM_ID, headers[0])
                .header(PartnerHmac.TIMESTAMP, headers[1])
                .header(PartnerHmac.SIGNATURE, headers[2])
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(edxml))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new Outcome(false, null, false, "transport: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, false, "interrupted");
        }
        return outcomeOf(response.statusCode(), response.body());
    }

    /** What a partner's answer to a sent package means: a receipt {@code {"docId",…}}, or why not. */
    static Outcome outcomeOf(int status, String body) {
        if (status == 200) {
            String docId = null;
            try (var reader = jakarta.json.Json.createReader(new StringReader(body))) {
                docId = reader.readObject().getString("docId", null);
            } catch (RuntimeException e) {
                return new Outcome(false, null, false, "unreadable receipt: " + abbreviate(body));
            }
            return new Outcome(true, docId, false, null);
        }
        // 401 may be a clock or secret being fixed, 413 a limit being raised, 5xx a partner down:
        // try again; other 4xx refusals name a fault of the package itself
        boolean permanent =
                status >= 400 && status < 500 && status != 401 && status != 408 && status != 413 && status != 429;
        return new Outcome(false, null, permanent, "HTTP " + status + ": " + abbreviate(body));
    }

    static String abbreviate(String body) {
        return body == null ? "" : body.length() > 500 ? body.substring(0, 500) : body;
    }
}
