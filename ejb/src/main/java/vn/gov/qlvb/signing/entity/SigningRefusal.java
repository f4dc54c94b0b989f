package vn.gov.qlvb.signing.entity;

/**
 * Why a signing operation was refused or a signature is not valid. The code of a
 * {@link SigningException} is {@code signing.} followed by the constant's name.
 */
public enum SigningRefusal {
    /** The PIN does not open the person's keystore (or the token). */
    WRONG_PIN,
    /** The certificate is outside its validity period at the signing time. */
    CERTIFICATE_EXPIRED,
    /** A revocation list held by the system lists the certificate. */
    CERTIFICATE_REVOKED,
    /** The certificate (or token alias) is not registered to the signing person or agency. */
    CERTIFICATE_NOT_OF_SIGNER,
    /** The certificate does not chain to a configured trust anchor. */
    CERTIFICATE_UNTRUSTED,
    /** An agency signature was asked for a PDF without a valid signature of the signer. */
    SIGNER_SIGNATURE_MISSING,
    /** The signature value does not verify against the certificate, or the signed bytes changed. */
    SIGNATURE_VALUE_INVALID,
    /** The external signature's preparation is unknown, used or older than 15 minutes. */
    PREPARATION_EXPIRED,
    /** The person or agency has no usable key (nothing imported, token or alias missing). */
    NO_KEY,
    /** The file is not a PDF that can be read and signed. */
    PDF_UNREADABLE,
    /** An imported keystore, certificate, revocation list or image is not acceptable. */
    INVALID_MATERIAL
}
