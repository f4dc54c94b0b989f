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
 * A partner calling {@code /lienthong/EdocService} with raw SOAP 1.1 envelopes, as any SOAP
 * stack would put them on the wire, and the HMAC headers over the operation's payload.
 */
final class Soap {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String systemId;
    private final byte[] secret;

    Soap(URL deployment, String systemId, String secret) {
        this.endpoint = URI.create(Api.root(deployment) + "lienthong/EdocService");
        this.systemId = systemId;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Calls {@code operation} with the body elements {@code inner}; the HMAC covers {@code payload}. */
    String call(String operation, String inner, byte[] payload, int secondsLater) {
        String envelope =
                "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:e=\"urn:qlvb:lienthong:edoc:1\">"
                        + "<s:Body><e:" + operation + ">" + inner + "</e:" + operation + "></s:Body></s:Envelope>";
        String[] headers =
                PartnerHmac.headers(systemId, secret, payload, Instant.now().plusSeconds(secondsLater));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"urn:qlvb:lienthong:edoc:1:" + operation + "\"")
                .header(PartnerHmac.SYSTEM_ID, headers[0])
                .header(PartnerHmac.TIMESTAMP, headers[1])
                .header(PartnerHmac.SIGNATURE, headers[2])
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
