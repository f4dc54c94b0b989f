package vn.gov.qlvb.signing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import vn.gov.qlvb.signing.control.CertificateTrust;
import vn.gov.qlvb.signing.control.SignatureAppearance;
import vn.gov.qlvb.signing.control.SigningKey;
import vn.gov.qlvb.signing.control.SigningRepository;
import vn.gov.qlvb.signing.entity.CertificateChain;
import vn.gov.qlvb.signing.entity.CertificateInfo;
import vn.gov.qlvb.signing.entity.InProcessKey;
import vn.gov.qlvb.signing.entity.RevocationList;
import vn.gov.qlvb.signing.entity.SigningCredential;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningImage;
import vn.gov.qlvb.signing.entity.SigningRefusal;
import vn.gov.qlvb.signing.entity.TrustedAuthority;

/**
 * The keys and images people and agencies sign with, and the trust the system places in
 * certificates (trust anchors, revocation lists). Importing a key makes it the owner's current
 * one (earlier keys of the same owner stay, newest first; an agency's older key is retired).
 * Refusals ({@link SigningException}) change nothing. The caller checks who may manage whose
 * keys (a person their own, an administrator any).
 */
@Stateless
@PermitAll
public class SigningKeys {

    @PersistenceContext
    EntityManager em;

    @Inject
    SigningRepository repository;

    /**
     * Imports a person's PKCS#12, checked with its PIN ({@code WRONG_PIN},
     * {@code INVALID_MATERIAL}); keeps the keystore as given, never the PIN. Its certificate must
     * be in its validity period ({@code CERTIFICATE_EXPIRED}), issued to {@code holderName} (the
     * person's full name, see {@link SigningCredential#requireEnrollableBy}) and not the active
     * key of anyone else ({@code CERTIFICATE_NOT_OF_SIGNER}). The certificate is not required to
     * be trusted yet (the status in the result says so).
     */
    public CertificateInfo importPersonalKeystore(long personId, String holderName, byte[] pkcs12, char[] pin) {
        if (pkcs12 == null || pkcs12.length == 0) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        List<X509Certificate> chain = SigningKey.chainOfPkcs12(pkcs12, pin);
        X509Certificate end = chain.get(0);
        SigningCredential.requireEnrollableBy(holderName, end, java.time.Instant.now());
        if (repository.activeOfOthers(personId, end).findAny().isPresent()) {
            throw new SigningException(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER);
        }
        SigningCredential credential = SigningCredential.personalKeystore(personId, pkcs12, chain);
        em.persist(credential);
        return info(credential);
    }

    /** A person's signature image (PNG), if set. */
    public java.util.Optional<byte[]> signatureImageOf(long personId) {
        return repository.signatureImageOf(personId).map(SigningImage::getPng);
    }

    /** An agency's seal image (PNG), if set. */
    public java.util.Optional<byte[]> sealImageOf(long agencyId) {
        return repository.sealImageOf(agencyId).map(SigningImage::getPng);
    }

    /**
     * Registers a key of the server's PKCS#11 token to a person: the token must hold the alias
     * ({@code NO_KEY}), and no one else may have it ({@code CERTIFICATE_NOT_OF_SIGNER}).
     */
    public CertificateInfo registerServerToken(long personId, String alias) {
        return registerToken(personId, null, alias);
    }

    /**
     * Registers the certificate of a key the person holds outside the server (USB token), for
     * the two-step external signature.
     */
    public CertificateInfo registerExternalCertificate(long personId, List<byte[]> certificateChainDer) {
        SigningCredential credential =
                SigningCredential.external(personId, CertificateChain.fromDer(certificateChainDer));
        em.persist(credential);
        return info(credential);
    }

    /** Sets a person's signature image: a PNG with transparency ({@code INVALID_MATERIAL}). */
    public void setSignatureImage(long personId, byte[] png) {
        SignatureAppearance.requireTransparentPng(png);
        repository
                .signatureImageOf(personId)
                .ifPresentOrElse(i -> i.replace(png), () -> em.persist(SigningImage.signatureOf(personId, png)));
    }

    /** Sets an agency's seal image: a PNG with transparency ({@code INVALID_MATERIAL}). */
    public void setSealImage(long agencyId, byte[] png) {
        SignatureAppearance.requireTransparentPng(png);
        repository
                .sealImageOf(agencyId)
                .ifPresentOrElse(i -> i.replace(png), () -> em.persist(SigningImage.sealOf(agencyId, png)));
    }

    /**
     * Sets the agency's key as a PKCS#12 whose password is the server-side secret
     * {@code qlvb.signing.agency-keystore-password} (MicroProfile Config); the keystore must open
     * with it. The agency's previous key is retired.
     */
    public CertificateInfo importAgencyKeystore(long agencyId, byte[] pkcs12) {
        List<X509Certificate> chain = SigningKey.chainOfPkcs12(pkcs12, repository.agencyKeystorePassword());
        repository.activeOfAgency(agencyId).ifPresent(SigningCredential::retire);
        SigningCredential credential = SigningCredential.agencyKeystore(agencyId, pkcs12, chain);
        em.persist(credential);
        return info(credential);
    }

    /** Sets the agency's key as a key of the server's PKCS#11 token; the previous is retired. */
    public CertificateInfo registerAgencyServerToken(long agencyId, String alias) {
        repository.activeOfAgency(agencyId).ifPresent(SigningCredential::retire);
        return registerToken(null, agencyId, alias);
    }

    private CertificateInfo registerToken(Long personId, Long agencyId, String alias) {
        if (repository.activeByAlias(alias).isPresent()) {
            throw new SigningException(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER);
        }
        List<X509Certificate> chain;
        try (SigningKey key = SigningKey.pkcs11(repository.pkcs11(), alias)) {
            chain = key.chain();
        }
        SigningCredential credential = SigningCredential.serverToken(personId, agencyId, alias, chain);
        em.persist(credential);
        return info(credential);
    }

    /** A person's certificates, newest first, with what the trust says about each now. */
    public List<CertificateInfo> certificatesOf(long personId) {
        CertificateTrust trust = repository.trust();
        return repository.allOfPerson(personId).stream()
                .map(c -> c.info(trust.statusOf(c.chain(), new Date())))
                .toList();
    }

    /** The agency's current certificate, if it has a key. */
    public java.util.Optional<CertificateInfo> certificateOfAgency(long agencyId) {
        CertificateTrust trust = repository.trust();
        return repository.activeOfAgency(agencyId).map(c -> c.info(trust.statusOf(c.chain(), new Date())));
    }

    /**
     * The agency's current key for the XML signature of the exchange's packages, kept in this
     * process ({@code NO_KEY} when the agency has none, or it is a key held outside). A keystore
     * key is read into memory; a PKCS#11 key stays on the token (its session is held by the
     * returned key's provider).
     */
    public InProcessKey agencyKeyForPackages(long agencyId) {
        SigningCredential credential =
                repository.activeOfAgency(agencyId).orElseThrow(() -> new SigningException(SigningRefusal.NO_KEY));
        SigningKey key = repository.agencyKey(credential);
        if (credential.getKind() == vn.gov.qlvb.signing.entity.KeyKind.PKCS12) {
            try (key) {
                return new InProcessKey(key.privateKey(), key.chain());
            }
        }
        return new InProcessKey(key.privateKey(), key.chain());
    }

    /**
     * Adds a certificate authority's certificate (DER or PEM) to the trust anchors; it must be a
     * CA certificate ({@code INVALID_MATERIAL}). Adding one twice changes nothing.
     */
    public void addTrustAnchor(byte[] certificate) {
        addTrustAnchor(CertificateChain.certificate(certificate), false);
    }

    /** Adds an anchor; a demo one is trusted only in demo mode. */
    public void addTrustAnchor(X509Certificate certificate, boolean demo) {
        String fingerprint = TrustedAuthority.fingerprintOf(certificate);
        boolean known = !em.createQuery(
                        "SELECT t FROM TrustedAuthority t WHERE t.fingerprint = :fp", TrustedAuthority.class)
                .setParameter("fp", fingerprint)
                .getResultList()
                .isEmpty();
        if (!known) {
            em.persist(new TrustedAuthority(certificate, demo));
        }
    }

    /**
     * Loads a certificate revocation list (DER or PEM): it must be signed by a trust anchor
     * ({@code CERTIFICATE_UNTRUSTED}); it replaces the lists held for that issuer.
     */
    public void loadRevocationList(byte[] crl) {
        X509CRL list = RevocationList.parse(crl);
        List<TrustedAuthority> anchors = em.createQuery("SELECT t FROM TrustedAuthority t", TrustedAuthority.class)
                .getResultList();
        boolean signedByAnchor = anchors.stream().anyMatch(a -> {
            try {
                list.verify(a.certificate().getPublicKey());
                return true;
            } catch (java.security.GeneralSecurityException e) {
                return false;
            }
        });
        if (!signedByAnchor) {
            throw new SigningException(SigningRefusal.CERTIFICATE_UNTRUSTED);
        }
        em.createQuery("DELETE FROM RevocationList r WHERE r.issuer = :issuer")
                .setParameter("issuer", list.getIssuerX500Principal().getName())
                .executeUpdate();
        em.persist(new RevocationList(list));
    }

    private CertificateInfo info(SigningCredential credential) {
        return credential.info(repository.trust().statusOf(credential.chain(), new Date()));
    }
}
