package vn.gov.qlvb.signing.control;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * The system's trust in certificates: the trust anchors (root certificate authorities) and the
 * revocation lists it holds. No network: a revocation list is what an administrator loaded.
 *
 * <p>A certificate chain is accepted at a moment when, in this order:
 *
 * <ol>
 *   <li>the end certificate is within its validity at that moment, else
 *       {@link SigningRefusal#CERTIFICATE_EXPIRED};
 *   <li>a PKIX path (RFC 5280: signatures, validity, basic constraints, key usage of the CAs)
 *       leads from it to one of the trust anchors, using the certificates the chain supplies,
 *       else {@link SigningRefusal#CERTIFICATE_UNTRUSTED};
 *   <li>no revocation list held for an issuer on that path, signed by that issuer (which must
 *       be a trust anchor: lists of intermediate authorities are not used yet),
 *       lists a certificate of the path as revoked on or before {@code revokedAsOf}, else
 *       {@link SigningRefusal#CERTIFICATE_REVOKED}. A certificate whose issuer has no list held
 *       is not considered revoked (the system only knows what it was given).
 * </ol>
 */
public final class CertificateTrust {

    private final Set<TrustAnchor> anchors;
    private final List<X509CRL> revocationLists;

    public CertificateTrust(Collection<X509Certificate> anchorCertificates, Collection<X509CRL> revocationLists) {
        this.anchors = new HashSet<>();
        for (X509Certificate anchor : anchorCertificates) {
            anchors.add(new TrustAnchor(anchor, null));
        }
        this.revocationLists = List.copyOf(revocationLists);
    }

    /** Checks a chain (end certificate first) at {@code at} as the class documentation says. */
    public void check(List<X509Certificate> chain, Date at, Date revokedAsOf) {
        X509Certificate end = chain.get(0);
        try {
            end.checkValidity(at);
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new SigningException(SigningRefusal.CERTIFICATE_EXPIRED);
        }
        List<X509Certificate> path = pathOf(chain, at);
        for (X509Certificate certificate : path) {
            if (revoked(certificate, revokedAsOf)) {
                throw new SigningException(SigningRefusal.CERTIFICATE_REVOKED);
            }
        }
    }

    /** Why the chain is not accepted now, or {@code null}. */
    public SigningRefusal statusOf(List<X509Certificate> chain, Date at) {
        try {
            check(chain, at, at);
            return null;
        } catch (SigningException refused) {
            return refused.refusal();
        }
    }

    /** The path from the end certificate to (and including) its trust anchor. */
    private List<X509Certificate> pathOf(List<X509Certificate> chain, Date at) {
        if (anchors.isEmpty()) {
            throw new SigningException(SigningRefusal.CERTIFICATE_UNTRUSTED);
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(chain.get(0));
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            parameters.addCertStore(
                    CertStore.getInstance("Collection", new CollectionCertStoreParameters(List.copyOf(chain))));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult)
                    CertPathBuilder.getInstance("PKIX").build(parameters);
            List<X509Certificate> path = new ArrayList<>();
            result.getCertPath().getCertificates().forEach(c -> path.add((X509Certificate) c));
            path.add(result.getTrustAnchor().getTrustedCert());
            return path;
        } catch (CertPathBuilderException | InvalidAlgorithmParameterException e) {
            throw new SigningException(SigningRefusal.CERTIFICATE_UNTRUSTED);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PKIX is not available", e);
        }
    }

    private boolean revoked(X509Certificate certificate, Date asOf) {
        for (X509CRL list : revocationLists) {
            if (!list.getIssuerX500Principal().equals(certificate.getIssuerX500Principal())) {
                continue;
            }
            if (!signedByIssuerOf(list, certificate)) {
                continue;
            }
            X509CRLEntry entry = list.getRevokedCertificate(certificate);
            if (entry != null && !entry.getRevocationDate().after(asOf)) {
                return true;
            }
        }
        return false;
    }

    private boolean signedByIssuerOf(X509CRL list, X509Certificate certificate) {
        for (TrustAnchor anchor : anchors) {
            X509Certificate issuer = anchor.getTrustedCert();
            if (issuer.getSubjectX500Principal().equals(list.getIssuerX500Principal())) {
                try {
                    list.verify(issuer.getPublicKey());
                    return true;
                } catch (GeneralSecurityException notThisKey) {
                    // another anchor with the same name may have signed it
                }
            }
        }
        return false;
    }
}
