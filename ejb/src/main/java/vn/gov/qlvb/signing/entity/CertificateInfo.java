package vn.gov.qlvb.signing.entity;

import java.time.Instant;

/**
 * A certificate a person or agency signs with, as listed to them and to administrators.
 *
 * @param credentialId the stored credential
 * @param kind where the key is
 * @param subject the certificate's subject (RFC 2253)
 * @param issuer the certificate's issuer (RFC 2253)
 * @param serial the serial number in hexadecimal
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param status what the system's trust says about it now: {@code null} when usable
 */
public record CertificateInfo(
        long credentialId,
        KeyKind kind,
        String subject,
        String issuer,
        String serial,
        Instant notBefore,
        Instant notAfter,
        SigningRefusal status) {

    /** Usable now: trusted, in validity, not revoked. */
    public boolean usable() {
        return status == null;
    }
}
