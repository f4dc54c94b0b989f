package vn.gov.qlvb.exchange.entity;

/**
 * Why a package or a call of a partner system was refused: the {@code code} of the JSON (REST)
 * or fault (SOAP) answer. The checks of an inbound package run in the order of
 * {@code control.inbound.InboundPackageChecks}; the first failing check names the code.
 */
public enum PackageRefusal {
    /** Not well-formed XML, a DTD or entity declaration, not an edXML root, an unreadable zip or Base64. */
    MALFORMED_PACKAGE(400),
    /** A required element is missing, empty, too long, unparseable or duplicated. */
    SCHEMA_INVALID(400),
    /** The package carries no XML signature. */
    SIGNATURE_MISSING(400),
    /**
     * The signature is not the only one, not the last child of the header, does not cover the
     * whole package, refers outside it, uses a refused algorithm, or its value does not verify.
     */
    SIGNATURE_INVALID(400),
    /** The signing certificate is registered for no agency. */
    UNKNOWN_SIGNER(403),
    /** The signing certificate was not valid at the signing time. */
    CERTIFICATE_EXPIRED(403),
    /**
     * The signing certificate belongs to another agency than {@code From/OrganId}, the document
     * id does not start with the sender, or the calling system does not speak for the sender.
     */
    SENDER_MISMATCH(403),
    /** The manifest and the attachments differ, or an attachment's content is unreadable. */
    ATTACHMENT_INVALID(400),
    /** No addressee of the package is hosted here (or a status concerns no document of ours). */
    WRONG_ADDRESSEE(404),
    /** The package is larger than the configured limit. */
    PACKAGE_TOO_LARGE(413),
    /** The partner system is unknown, or its HMAC headers are missing, stale, replayed or wrong. */
    UNAUTHORIZED(401);

    private final int httpStatus;

    PackageRefusal(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status the REST endpoint answers with. */
    public int httpStatus() {
        return httpStatus;
    }
}
