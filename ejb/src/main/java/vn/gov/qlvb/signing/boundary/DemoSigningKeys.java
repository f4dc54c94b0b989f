package vn.gov.qlvb.signing.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.signing.control.DemoAuthority;
import vn.gov.qlvb.signing.control.SignatureAppearance;
import vn.gov.qlvb.signing.control.SigningRepository;
import vn.gov.qlvb.signing.entity.SigningCredential;
import vn.gov.qlvb.signing.entity.SigningImage;
import vn.gov.qlvb.signing.entity.TrustedAuthority;

/**
 * Gives the demo province keys to sign with, at first start in demo mode only (system property
 * {@code qlvb.demo-data}, see {@code DemoProvince}) when no trust anchor exists yet. Nothing of
 * it is in git: every start of a fresh demo database makes new keys.
 *
 * <ul>
 *   <li>a demo certificate authority, trusted in demo mode only, with ECDSA P-256 keys (RSA
 *       keys for every demo signer and agency would add seconds to every first start);
 *   <li>a PKCS#12 for each demo signer ({@value #SIGNERS_TEXT}), PIN
 *       {@value SigningRepository#DEMO_PIN}, and a blue signature image;
 *   <li>a PKCS#12 for each agency of the province (not the remote ones), opened with the
 *       server's agency keystore password (in demo mode by default the demo PIN), and a red
 *       round seal image with the agency's name on the rim, 36 mm across.
 * </ul>
 */
@Singleton
@Startup
@DependsOn("DemoProvince")
@PermitAll
public class DemoSigningKeys {

    static final String SIGNERS_TEXT = "lanhdao, phochutich, chanhvanphong, truongphong, lanhdao.snv";
    private static final List<String> SIGNERS = List.of(SIGNERS_TEXT.split(", "));
    private static final float SEAL_POINTS = 36 * 72 / 25.4f;
    private static final Logger LOG = Logger.getLogger(DemoSigningKeys.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SigningRepository repository;

    @PostConstruct
    void loadWhenEmpty() {
        if (!Boolean.getBoolean("qlvb.demo-data")) {
            return;
        }
        if (em.createQuery("SELECT COUNT(t) FROM TrustedAuthority t", Long.class)
                        .getSingleResult()
                > 0) {
            return;
        }
        DemoAuthority authority = DemoAuthority.create("QLVB Demo CA (chỉ dùng thử)", DemoAuthority.Keys.EC_P256);
        em.persist(new TrustedAuthority(authority.certificate(), true));
        char[] pin = SigningRepository.DEMO_PIN.toCharArray();
        int people = 0;
        for (String username : SIGNERS) {
            List<Account> accounts = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                    .setParameter("username", username)
                    .getResultList();
            if (accounts.isEmpty()) {
                continue;
            }
            Person person = accounts.get(0).getPerson();
            DemoAuthority.Issued issued =
                    authority.issue(person.getFullName(), person.getAgency().getName(), 3);
            em.persist(SigningCredential.personalKeystore(person.getId(), issued.pkcs12(pin), issued.chain()));
            em.persist(
                    SigningImage.signatureOf(person.getId(), SignatureAppearance.demoSignature(person.getFullName())));
            people++;
        }
        char[] agencyPassword = repository.agencyKeystorePassword();
        int agencies = 0;
        for (Agency agency : em.createQuery("SELECT a FROM Agency a WHERE a.remote = false ORDER BY a.id", Agency.class)
                .getResultList()) {
            DemoAuthority.Issued issued = authority.issue(agency.getName(), agency.getName(), 3);
            em.persist(SigningCredential.agencyKeystore(agency.getId(), issued.pkcs12(agencyPassword), issued.chain()));
            em.persist(
                    SigningImage.sealOf(agency.getId(), SignatureAppearance.demoSeal(agency.getName(), SEAL_POINTS)));
            agencies++;
        }
        LOG.info("Demo signing keys made: a demo CA (trusted in demo mode only), " + people + " signers (PIN "
                + SigningRepository.DEMO_PIN + "), " + agencies + " agencies with seals");
    }
}
