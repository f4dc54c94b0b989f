package vn.gov.qlvb.signing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.util.List;
import vn.gov.qlvb.signing.entity.CertificateInfo;

/**
 * The keys and images people and agencies sign with, and the trust the system places in
 * certificates (trust anchors, revocation lists).
 */
@Stateless
@PermitAll
public class SigningKeys {

    /** Imports a person's PKCS#12, checked with its PIN; keeps the keystore, never the PIN. */
    public CertificateInfo importPersonalKeystore(long personId, byte[] pkcs12, char[] pin) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Registers a key of the server's PKCS#11 token to a person. */
    public CertificateInfo registerServerToken(long personId, String alias) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Sets a person's signature image: a PNG with transparency. */
    public void setSignatureImage(long personId, byte[] png) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Sets an agency's seal image: a PNG with transparency. */
    public void setSealImage(long agencyId, byte[] png) {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Sets the agency's key as a PKCS#12 whose password is the server-side secret named
     * {@code qlvb.signing.agency-keystore-password} (MicroProfile Config).
     */
    public CertificateInfo importAgencyKeystore(long agencyId, byte[] pkcs12) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Sets the agency's key as a key of the server's PKCS#11 token. */
    public CertificateInfo registerAgencyServerToken(long agencyId, String alias) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A person's certificates with their status now. */
    public List<CertificateInfo> certificatesOf(long personId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Adds a certificate authority's certificate (DER or PEM) to the trust anchors. */
    public void addTrustAnchor(byte[] certificate) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Loads a certificate revocation list (DER or PEM) issued by a trust anchor. */
    public void loadRevocationList(byte[] crl) {
        throw new UnsupportedOperationException("not yet");
    }
}
