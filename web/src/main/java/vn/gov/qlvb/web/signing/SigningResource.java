package vn.gov.qlvb.web.signing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.signing.boundary.PdfSigning;
import vn.gov.qlvb.signing.boundary.SigningKeys;
import vn.gov.qlvb.signing.entity.CertificateInfo;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * {@code /qlvb/api/v1/signing}: the caller's signing certificates with their status, the
 * validation of a signed PDF (each signature: signer, time, valid, whole document, reason), and
 * the enrolment of signing material (see {@link SigningMaterial} for who may do what):
 *
 * <ul>
 *   <li>{@code POST certificates}: the caller's own PKCS#12, as {@code multipart/form-data}
 *       (parts {@code file} and {@code pin}) or as the body ({@code application/x-pkcs12} or
 *       {@code application/octet-stream}) with the PIN in the header {@value #PIN_HEADER}; 201 with
 *       the certificate. The PIN only opens the file to check it and is not kept;
 *   <li>{@code GET|PUT signature-image}: the caller's blue signature image (transparent PNG);
 *   <li>{@code GET|PUT seal-image}: the seal of the caller's agency (clerk or administrator);
 *   <li>{@code POST server-tokens}: {@code {"alias":…, "personId":…}} registers a key of the
 *       server's PKCS#11 token to a person, or without {@code personId} to the caller's agency;
 *   <li>{@code POST trust-anchors}, {@code POST revocation-lists}: a CA certificate or a CRL
 *       (DER or PEM) as the body or a multipart part {@code file}.
 * </ul>
 *
 * Refusals are problems with the signing codes ({@code signing.WRONG_PIN},
 * {@code signing.CERTIFICATE_EXPIRED}, {@code signing.CERTIFICATE_NOT_OF_SIGNER},
 * {@code signing.INVALID_MATERIAL}, …) and change nothing.
 */
@RequestScoped
@Path("signing")
@Produces(MediaType.APPLICATION_JSON)
public class SigningResource {

    /** Largest PDF accepted for validation. */
    static final int MAX_PDF_BYTES = 50 * 1024 * 1024;

    /** The header carrying the PIN of a keystore sent as the body. */
    static final String PIN_HEADER = "X-Signing-Pin";

    private static final String PKCS12 = "application/x-pkcs12";
    private static final String PNG = "image/png";

    /** A server token's key to register. */
    public record TokenJson(String alias, Long personId) {}

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

    /** Imports the caller's PKCS#12 sent as the body, opened by the PIN in {@value #PIN_HEADER}. */
    @POST
    @Path("certificates")
    @Consumes({PKCS12, MediaType.APPLICATION_OCTET_STREAM})
    public Response importKeystore(byte[] pkcs12, @HeaderParam(PIN_HEADER) String pin) {
        Caller caller = callers.current();
        char[] secret = SigningMaterial.pin(pin);
        try {
            CertificateInfo info = keys.importPersonalKeystore(
                    caller.personId(),
                    caller.fullName(),
                    SigningMaterial.check(pkcs12, SigningMaterial.MAX_KEY_BYTES),
                    secret);
            return Response.status(Response.Status.CREATED).entity(info).build();
        } finally {
            // wiped whether the import succeeds or is refused
            java.util.Arrays.fill(secret, '\0');
        }
    }

    /** Imports the caller's PKCS#12 sent as {@code multipart/form-data}: parts {@code file}, {@code pin}. */
    @POST
    @Path("certificates")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importKeystore(@FormParam("file") EntityPart file, @FormParam("pin") EntityPart pin)
            throws IOException {
        if (file == null) {
            throw RuleViolation.invalid("field.required", "file");
        }
        String secret = pin == null ? null : pin.getContent(String.class);
        return importKeystore(
                SigningMaterial.read(file.getContent(), SigningMaterial.MAX_KEY_BYTES),
                secret == null ? null : secret.strip());
    }

    /** The caller's signature image. */
    @GET
    @Path("signature-image")
    @Produces(PNG)
    public byte[] mySignatureImage() {
        return keys.signatureImageOf(callers.current().personId())
                .orElseThrow(() -> RuleViolation.notFound("signing.image.none"));
    }

    /** Sets the caller's signature image: a PNG with transparency. */
    @PUT
    @Path("signature-image")
    @Consumes(PNG)
    public Response setSignatureImage(byte[] png) {
        keys.setSignatureImage(
                callers.current().personId(), SigningMaterial.check(png, SigningMaterial.MAX_IMAGE_BYTES));
        return Response.noContent().build();
    }

    /** Same, as {@code multipart/form-data} with a part {@code file}. */
    @PUT
    @Path("signature-image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response setSignatureImage(@FormParam("file") EntityPart file) throws IOException {
        return setSignatureImage(
                SigningMaterial.read(file == null ? null : file.getContent(), SigningMaterial.MAX_IMAGE_BYTES));
    }

    /** The seal of the caller's agency. */
    @GET
    @Path("seal-image")
    @Produces(PNG)
    public byte[] sealImage() {
        return keys.sealImageOf(callers.current().agencyId())
                .orElseThrow(() -> RuleViolation.notFound("signing.image.none"));
    }

    /** Sets the seal of the caller's agency (a clerk or an administrator): a PNG with transparency. */
    @PUT
    @Path("seal-image")
    @Consumes(PNG)
    public Response setSealImage(byte[] png) {
        Caller caller = callers.current();
        SigningMaterial.requireSealKeeper(caller);
        keys.setSealImage(caller.agencyId(), SigningMaterial.check(png, SigningMaterial.MAX_IMAGE_BYTES));
        return Response.noContent().build();
    }

    /** Same, as {@code multipart/form-data} with a part {@code file}. */
    @PUT
    @Path("seal-image")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response setSealImage(@FormParam("file") EntityPart file) throws IOException {
        SigningMaterial.requireSealKeeper(callers.current());
        return setSealImage(
                SigningMaterial.read(file == null ? null : file.getContent(), SigningMaterial.MAX_IMAGE_BYTES));
    }

    /**
     * Registers a key of the server's PKCS#11 token (administrator of the province): to the
     * person {@code personId}, or without it to the caller's agency; 201 with the certificate.
     */
    @POST
    @Path("server-tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response registerServerToken(TokenJson body) {
        Caller caller = callers.current();
        SigningMaterial.requireTrustAdministrator(caller);
        if (body == null || body.alias() == null || body.alias().isBlank()) {
            throw RuleViolation.invalid("field.required", "alias");
        }
        String alias = body.alias().strip();
        CertificateInfo info = body.personId() == null
                ? keys.registerAgencyServerToken(caller.agencyId(), alias)
                : keys.registerServerToken(body.personId(), alias);
        return Response.status(Response.Status.CREATED).entity(info).build();
    }

    /** Adds a trust anchor (administrator of the province): a CA certificate, DER or PEM. */
    @POST
    @Path("trust-anchors")
    @Consumes({
        "application/pkix-cert",
        "application/x-pem-file",
        "application/x-x509-ca-cert",
        MediaType.APPLICATION_OCTET_STREAM
    })
    public Response addTrustAnchor(byte[] certificate) {
        SigningMaterial.requireTrustAdministrator(callers.current());
        keys.addTrustAnchor(SigningMaterial.check(certificate, SigningMaterial.MAX_KEY_BYTES));
        return Response.noContent().build();
    }

    /** Same, as {@code multipart/form-data} with a part {@code file}. */
    @POST
    @Path("trust-anchors")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addTrustAnchor(@FormParam("file") EntityPart file) throws IOException {
        SigningMaterial.requireTrustAdministrator(callers.current());
        return addTrustAnchor(
                SigningMaterial.read(file == null ? null : file.getContent(), SigningMaterial.MAX_KEY_BYTES));
    }

    /**
     * Loads a revocation list (administrator of the province), DER or PEM, signed by a trust
     * anchor; it replaces the lists held for its issuer.
     */
    @POST
    @Path("revocation-lists")
    @Consumes({"application/pkix-crl", "application/x-pem-file", MediaType.APPLICATION_OCTET_STREAM})
    public Response loadRevocationList(byte[] crl) {
        SigningMaterial.requireTrustAdministrator(callers.current());
        keys.loadRevocationList(SigningMaterial.check(crl, SigningMaterial.MAX_KEY_BYTES));
        return Response.noContent().build();
    }

    /** Same, as {@code multipart/form-data} with a part {@code file}. */
    @POST
    @Path("revocation-lists")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response loadRevocationList(@FormParam("file") EntityPart file) throws IOException {
        SigningMaterial.requireTrustAdministrator(callers.current());
        return loadRevocationList(
                SigningMaterial.read(file == null ? null : file.getContent(), SigningMaterial.MAX_KEY_BYTES));
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
