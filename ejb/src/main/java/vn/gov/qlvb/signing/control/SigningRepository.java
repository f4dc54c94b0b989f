package vn.gov.qlvb.signing.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import vn.gov.qlvb.signing.entity.CredentialStatus;
import vn.gov.qlvb.signing.entity.KeyKind;
import vn.gov.qlvb.signing.entity.RevocationList;
import vn.gov.qlvb.signing.entity.SigningCredential;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningImage;
import vn.gov.qlvb.signing.entity.SigningRefusal;
import vn.gov.qlvb.signing.entity.TrustedAuthority;

/**
 * The signing rows (credentials, images, trust) and the server's signing settings from
 * MicroProfile Config:
 *
 * <ul>
 *   <li>{@code qlvb.signing.pkcs11.library}, {@code qlvb.signing.pkcs11.slot-list-index},
 *       {@code qlvb.signing.pkcs11.pin} (environment {@code QLVB_SIGNING_PKCS11_PIN}): the
 *       server's token ({@link Pkcs11Settings});
 *   <li>{@code qlvb.signing.agency-keystore-password} (environment
 *       {@code QLVB_SIGNING_AGENCY_KEYSTORE_PASSWORD}): the password of the agencies' PKCS#12
 *       keystores; in demo mode it defaults to the demo PIN.
 * </ul>
 */
@Stateless
@PermitAll
public class SigningRepository {

    /** The PIN of every demo keystore (README, demo accounts). */
    public static final String DEMO_PIN = "123456";

    @PersistenceContext
    EntityManager em;

    @Inject
    Config config;

    /** The trust now: the anchors (the demo authority only in demo mode) and the held lists. */
    public CertificateTrust trust() {
        boolean demo = Boolean.getBoolean("qlvb.demo-data");
        List<X509Certificate> anchors = em.createQuery("SELECT t FROM TrustedAuthority t", TrustedAuthority.class)
                .getResultStream()
                .filter(t -> demo || !t.isDemo())
                .map(TrustedAuthority::certificate)
                .toList();
        List<X509CRL> lists = em.createQuery("SELECT r FROM RevocationList r", RevocationList.class)
                .getResultStream()
                .map(RevocationList::list)
                .toList();
        return new CertificateTrust(anchors, lists);
    }

    public List<SigningCredential> activeOfPerson(long personId) {
        return em.createQuery(
                        "SELECT c FROM SigningCredential c WHERE c.personId = :person AND c.status = :active"
                                + " ORDER BY c.createdAt DESC, c.id DESC",
                        SigningCredential.class)
                .setParameter("person", personId)
                .setParameter("active", CredentialStatus.ACTIVE)
                .getResultList();
    }

    public List<SigningCredential> allOfPerson(long personId) {
        return em.createQuery(
                        "SELECT c FROM SigningCredential c WHERE c.personId = :person ORDER BY c.createdAt DESC, c.id DESC",
                        SigningCredential.class)
                .setParameter("person", personId)
                .getResultList();
    }

    public Optional<SigningCredential> activeOfAgency(long agencyId) {
        return em.createQuery(
                        "SELECT c FROM SigningCredential c WHERE c.agencyId = :agency AND c.status = :active"
                                + " ORDER BY c.createdAt DESC, c.id DESC",
                        SigningCredential.class)
                .setParameter("agency", agencyId)
                .setParameter("active", CredentialStatus.ACTIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The person's newest active credential of a kind. */
    public Optional<SigningCredential> activeOfPerson(long personId, KeyKind kind) {
        return activeOfPerson(personId).stream()
                .filter(c -> c.getKind() == kind)
                .findFirst();
    }

    /** The active credential registered for a server token alias, whoever owns it. */
    public Optional<SigningCredential> activeByAlias(String alias) {
        return em.createQuery(
                        "SELECT c FROM SigningCredential c WHERE c.tokenAlias = :alias AND c.kind = :kind"
                                + " AND c.status = :active",
                        SigningCredential.class)
                .setParameter("alias", alias)
                .setParameter("kind", KeyKind.SERVER_TOKEN)
                .setParameter("active", CredentialStatus.ACTIVE)
                .getResultStream()
                .findFirst();
    }

    /** The active credentials of this end certificate held by anyone but {@code personId}. */
    public java.util.stream.Stream<SigningCredential> activeOfOthers(
            long personId, java.security.cert.X509Certificate end) {
        return em
                .createQuery(
                        "SELECT c FROM SigningCredential c WHERE c.serial = :serial AND c.subject = :subject"
                                + " AND c.status = :active AND (c.personId IS NULL OR c.personId <> :person)",
                        SigningCredential.class)
                .setParameter("serial", end.getSerialNumber().toString(16))
                .setParameter("subject", end.getSubjectX500Principal().getName())
                .setParameter("active", CredentialStatus.ACTIVE)
                .setParameter("person", personId)
                .getResultList()
                .stream()
                .filter(c -> c.isFor(end));
    }

    public Optional<SigningImage> signatureImageOf(long personId) {
        return em.createQuery("SELECT i FROM SigningImage i WHERE i.personId = :person", SigningImage.class)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst();
    }

    public Optional<SigningImage> sealImageOf(long agencyId) {
        return em.createQuery("SELECT i FROM SigningImage i WHERE i.agencyId = :agency", SigningImage.class)
                .setParameter("agency", agencyId)
                .getResultStream()
                .findFirst();
    }

    /** Forgets external preparations expired for a day. */
    public void purgeExpiredPreparations(Instant now) {
        em.createQuery("DELETE FROM PreparedSignature p WHERE p.expiresAt < :before")
                .setParameter("before", now.minusSeconds(86_400))
                .executeUpdate();
    }

    /** The server's token; {@link SigningRefusal#NO_KEY} when none is configured. */
    public Pkcs11Settings pkcs11() {
        String library = config.getOptionalValue("qlvb.signing.pkcs11.library", String.class)
                .orElseThrow(() -> new SigningException(SigningRefusal.NO_KEY));
        int index = config.getOptionalValue("qlvb.signing.pkcs11.slot-list-index", Integer.class)
                .orElse(0);
        String pin =
                config.getOptionalValue("qlvb.signing.pkcs11.pin", String.class).orElse("");
        return new Pkcs11Settings(library, index, pin.toCharArray());
    }

    /** The agencies' keystore password; {@link SigningRefusal#NO_KEY} when none is configured. */
    public char[] agencyKeystorePassword() {
        Optional<String> configured = config.getOptionalValue("qlvb.signing.agency-keystore-password", String.class);
        if (configured.isPresent()) {
            return configured.get().toCharArray();
        }
        if (Boolean.getBoolean("qlvb.demo-data")) {
            return DEMO_PIN.toCharArray();
        }
        throw new SigningException(SigningRefusal.NO_KEY);
    }

    /** Opens the key of a credential of an agency (PKCS#12 with the server's password, or token). */
    public SigningKey agencyKey(SigningCredential credential) {
        SigningKey key =
                switch (credential.getKind()) {
                    case PKCS12 -> SigningKey.pkcs12(credential.getKeystore(), agencyKeystorePassword());
                    case SERVER_TOKEN -> SigningKey.pkcs11(pkcs11(), credential.getTokenAlias());
                    case EXTERNAL -> throw new SigningException(SigningRefusal.NO_KEY);
                };
        return key.requireCertificateOf(credential);
    }
}
