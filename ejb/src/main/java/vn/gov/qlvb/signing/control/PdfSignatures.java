package vn.gov.qlvb.signing.control;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.signature.SignatureCryptographicVerification;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.ByteRange;
import eu.europa.esig.dss.pades.validation.PAdESSignature;
import eu.europa.esig.dss.pades.validation.PDFDocumentAnalyzer;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * Reads and checks the signatures of a PDF. DSS finds the signatures and checks their
 * cryptography; the trust is the system's own ({@link CertificateTrust}), so no validation
 * policy, report or network is involved. Each signature, in the order it was made:
 *
 * <ol>
 *   <li>the byte range it signs is hashed and compared with the signed digest, and the CMS
 *       signature value is verified with the certificate's key, else
 *       {@link SigningRefusal#SIGNATURE_VALUE_INVALID};
 *   <li>its certificate chain is checked by {@link CertificateTrust} at the claimed signing time
 *       (validity) and now (revocation);
 *   <li>it covers the whole document when its byte range ends at the file's end.
 * </ol>
 */
public final class PdfSignatures {

    /** A signature with its certificate chain, as found in the file. */
    public record Found(SignatureCheck check, List<X509Certificate> chain) {}

    private PdfSignatures() {}

    public static List<Found> read(byte[] pdf, CertificateTrust trust) {
        PdfLayout.of(pdf);
        PDFDocumentAnalyzer analyzer = new PDFDocumentAnalyzer(new InMemoryDocument(pdf));
        analyzer.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        analyzer.setCertificateVerifier(verifier);
        List<PAdESSignature> signatures = new ArrayList<>();
        for (AdvancedSignature signature : analyzer.getSignatures()) {
            if (signature instanceof PAdESSignature pades) {
                signatures.add(pades);
            }
        }
        signatures.sort(Comparator.comparingLong(s -> end(s.getPdfRevision().getByteRange())));
        Date now = new Date();
        List<Found> found = new ArrayList<>();
        for (PAdESSignature signature : signatures) {
            signature.checkSignatureIntegrity();
            SignatureCryptographicVerification crypto = signature.getSignatureCryptographicVerification();
            CertificateToken signer = signature.getSigningCertificateToken();
            List<X509Certificate> chain = new ArrayList<>();
            if (signer != null) {
                chain.add(signer.getCertificate());
            }
            for (CertificateToken c : signature.getCertificates()) {
                if (signer == null || !c.equals(signer)) {
                    chain.add(c.getCertificate());
                }
            }
            Date signingTime = signature.getSigningTime();
            SigningRefusal reason = null;
            if (signer == null || !crypto.isSignatureValid()) {
                reason = SigningRefusal.SIGNATURE_VALUE_INVALID;
            } else {
                try {
                    trust.check(chain, signingTime == null ? now : signingTime, now);
                } catch (SigningException refused) {
                    reason = refused.refusal();
                }
            }
            boolean whole = end(signature.getPdfRevision().getByteRange()) == pdf.length;
            X509Certificate certificate = signer == null ? null : signer.getCertificate();
            found.add(new Found(
                    new SignatureCheck(
                            certificate == null ? null : commonName(certificate),
                            certificate == null
                                    ? null
                                    : certificate.getSubjectX500Principal().getName(),
                            certificate == null
                                    ? null
                                    : certificate.getSerialNumber().toString(16),
                            signingTime == null ? null : signingTime.toInstant(),
                            reason == null,
                            whole,
                            reason),
                    chain));
        }
        return found;
    }

    private static long end(ByteRange range) {
        // [start 1, length 1, start 2, length 2]
        List<java.math.BigInteger> values = range.toBigIntegerList();
        return values.get(2).longValue() + values.get(3).longValue();
    }

    /** The CN of the certificate's subject, or the whole subject. */
    public static String commonName(X509Certificate certificate) {
        String subject = certificate.getSubjectX500Principal().getName();
        try {
            for (Rdn rdn : new LdapName(subject).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    return rdn.getValue().toString();
                }
            }
        } catch (InvalidNameException e) {
            return subject;
        }
        return subject;
    }
}
