package vn.gov.qlvb.web.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.exchange.boundary.ExchangePartners;
import vn.gov.qlvb.exchange.entity.AgencyCertificate;

/**
 * {@code /qlvb/api/v1/agencies/{organId}/certificates}: the certificates an agency signs its
 * exchange packages with. POST takes one certificate as PEM (or DER); GET lists them.
 */
@RequestScoped
@Path("agencies/{organId}/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class AgencyCertificatesResource {

    /** A registered certificate. */
    public record CertificateJson(
            String organId, String subject, String serial, String fingerprint, Instant notBefore, Instant notAfter) {

        static CertificateJson of(AgencyCertificate c) {
            return new CertificateJson(
                    c.getAgency().getOrganId().value(),
                    c.getSubject(),
                    c.getSerial(),
                    c.getFingerprint(),
                    c.getNotBefore(),
                    c.getNotAfter());
        }
    }

    @Inject
    ExchangePartners partners;

    @GET
    public List<CertificateJson> list(@PathParam("organId") String organId) {
        return partners.certificatesOf(organId).stream()
                .map(CertificateJson::of)
                .toList();
    }

    /** The certificate an agency hosted here signs its packages with, as PEM (public). */
    @GET
    @Path("current")
    @Produces("application/x-pem-file")
    public String current(@PathParam("organId") String organId) {
        return partners.currentCertificatePem(organId);
    }

    @POST
    @Consumes({
        "application/x-pem-file",
        "application/pkix-cert",
        MediaType.TEXT_PLAIN,
        MediaType.APPLICATION_OCTET_STREAM
    })
    public Response register(@PathParam("organId") String organId, byte[] pem) {
        return Response.status(Response.Status.CREATED)
                .entity(CertificateJson.of(partners.registerCertificate(organId, pem)))
                .build();
    }
}
