package vn.gov.qlvb.web.signing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.signing.boundary.PdfSigning;
import vn.gov.qlvb.signing.boundary.SigningKeys;
import vn.gov.qlvb.signing.entity.CertificateInfo;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * {@code /qlvb/api/v1/signing}: the caller's signing certificates with their status, and the
 * validation of a signed PDF (each signature: signer, time, valid, whole document, reason).
 */
@RequestScoped
@Path("signing")
@Produces(MediaType.APPLICATION_JSON)
public class SigningResource {

    /** Largest PDF accepted for validation. */
    static final int MAX_PDF_BYTES = 50 * 1024 * 1024;

    @Inject
    CallerContext callers;

    @Inject
    SigningKeys keys;

    @Inject
    PdfSigning signing;

    /** The caller's certificates, newest first. */
    @GET
    @Path("certificates")
    public List<CertificateInfo> myCertificates() {
        return keys.certificatesOf(callers.current().personId());
    }

    /** The signatures of the PDF in the body, in signing order; an empty list when unsigned. */
    @POST
    @Path("validation")
    @Consumes("application/pdf")
    public List<SignatureCheck> validate(byte[] pdf) {
        callers.current();
        if (pdf == null || pdf.length == 0 || pdf.length > MAX_PDF_BYTES) {
            throw new SigningException(SigningRefusal.PDF_UNREADABLE);
        }
        return signing.validate(pdf);
    }
}
