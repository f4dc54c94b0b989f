package vn.gov.qlvb.exchange.control.outbound;

import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.qlvb.contract.edoc.EdocFault_Exception;
import vn.gov.qlvb.contract.edoc.EdocPortType;
import vn.gov.qlvb.contract.edoc.EdocService;
import vn.gov.qlvb.contract.edoc.Receipt;
import vn.gov.qlvb.exchange.control.PartnerHmac;
import vn.gov.qlvb.exchange.entity.PackageKind;

/**
 * The transport adapter that delivers a signed package to a partner's SOAP service
 * {@code EdocService} (the contract of the shared WSDL) at its endpoint URL: {@code sendEdoc} or
 * {@code sendStatus}, with the HMAC headers as HTTP headers over the package bytes, as our own
 * endpoint expects them. Like {@link PartnerClient}, it only reports what happened.
 */
public final class PartnerSoapClient {

    /** Thread-safe; reads the WSDL from the classpath once. Ports are made per call. */
    private static final EdocService SERVICE = new EdocService();

    /** Refusals that may pass on a later attempt (a clock, a secret or a limit being fixed). */
    private static final Set<String> TEMPORARY = Set.of("UNAUTHORIZED", "PACKAGE_TOO_LARGE");

    private PartnerSoapClient() {}

    public static PartnerClient.Outcome deliver(
            String endpointUrl, String ourSystemId, byte[] secret, PackageKind kind, byte[] edxml, Duration timeout) {
        EdocPortType port = SERVICE.getEdocPort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, endpointUrl);
        String[] headers = PartnerHmac.headers(ourSystemId, secret, edxml, Instant.now());
        context.put(
                MessageContext.HTTP_REQUEST_HEADERS,
                Map.of(
                        PartnerHmac.SYSTEM_ID, List.of(headers[0]),
                        PartnerHmac.TIMESTAMP, List.of(headers[1]),
                        PartnerHmac.SIGNATURE, List.of(headers[2])));
        // the names JBossWS-CXF reads (CXF-5261); other runtimes ignore them
        context.put("javax.xml.ws.client.connectionTimeout", 10_000L);
        context.put("javax.xml.ws.client.receiveTimeout", timeout.toMillis());
        try {
            Receipt receipt = kind == PackageKind.DOCUMENT ? port.sendEdoc(edxml) : port.sendStatus(edxml);
            return new PartnerClient.Outcome(true, receipt.getDocId(), false, null);
        } catch (EdocFault_Exception fault) {
            String code =
                    fault.getFaultInfo() == null ? "" : fault.getFaultInfo().getCode();
            String message = fault.getFaultInfo() == null
                    ? fault.getMessage()
                    : fault.getFaultInfo().getMessage();
            return new PartnerClient.Outcome(
                    false, null, !TEMPORARY.contains(code), "SOAP fault " + code + ": " + message);
        } catch (WebServiceException e) {
            return new PartnerClient.Outcome(false, null, false, "transport: " + e);
        }
    }
}
