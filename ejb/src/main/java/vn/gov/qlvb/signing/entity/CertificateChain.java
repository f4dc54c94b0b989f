package vn.gov.qlvb.signing.entity;

import java.io.ByteArrayInputStream;
import java.security.cert.CertPath;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/** Certificates to and from their stored and transported forms (DER, PkiPath). */
public final class CertificateChain {

    private CertificateChain() {}

    /**
     * The certificates of a list of DER (or PEM) encodings, in order.
     *
     * @throws SigningException {@link SigningRefusal#INVALID_MATERIAL} for anything else
     */
    public static List<X509Certificate> fromDer(List<byte[]> encoded) {
        if (encoded == null || encoded.isEmpty()) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (byte[] der : encoded) {
            chain.add(certificate(der));
        }
        return chain;
    }

    public static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | RuntimeException e) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
    }

    /** The chain (end certificate first) as a PkiPath, the stored form. */
    static byte[] encode(List<X509Certificate> chain) {
        try {
            return CertificateFactory.getInstance("X.509")
                    .generateCertPath(chain)
                    .getEncoded("PkiPath");
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chain of a stored PkiPath, end certificate first. */
    static List<X509Certificate> decode(byte[] pkiPath) {
        try {
            CertPath path = CertificateFactory.getInstance("X.509")
                    .generateCertPath(new ByteArrayInputStream(pkiPath), "PkiPath");
            List<X509Certificate> chain = new ArrayList<>();
            path.getCertificates().forEach(c -> chain.add((X509Certificate) c));
            return chain;
        } catch (CertificateException e) {
            throw new IllegalStateException("stored certificate chain unreadable", e);
        }
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
