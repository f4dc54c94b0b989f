package vn.gov.qlvb.outgoing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Delegation;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority.Standing;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * How a signer stands towards the agency's head, read from the directory, and the signature
 * block that follows ({@link SignatureAuthority#of}):
 *
 * <ol>
 *   <li>a leader whose position starts with "Phó" is a deputy; another leader is the head;
 *   <li>otherwise a delegation (ủy quyền) in force today makes a delegate;
 *   <li>otherwise a unit head signs by order;
 *   <li>anyone else is not competent to sign ({@code outgoing.signer.notCompetent}).
 * </ol>
 */
@Dependent
public class SignerStandings {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @PersistenceContext
    EntityManager em;

    @Inject
    OutgoingRepository repository;

    public Standing standingOf(Person signer) {
        Set<Role> roles = repository.rolesOf(signer);
        if (roles.contains(Role.LEADER)) {
            return isDeputy(signer) ? Standing.DEPUTY : Standing.HEAD;
        }
        if (delegationOf(signer).isPresent()) {
            return Standing.DELEGATE;
        }
        if (roles.contains(Role.UNIT_HEAD)) {
            return Standing.UNIT_HEAD;
        }
        throw RuleViolation.invalid("outgoing.signer.notCompetent", "signerId");
    }

    /** The signature block of {@code signer} on a document of their agency today. */
    public SignatureAuthority authorityOf(Person signer) {
        Standing standing = standingOf(signer);
        Agency agency = signer.getAgency();
        String headPosition =
                switch (standing) {
                    case HEAD -> signer.getPosition();
                    case DEPUTY -> signer.getPosition() == null
                            ? null
                            : signer.getPosition().strip().replaceFirst("(?i)^phó\\s+", "");
                    case DELEGATE -> delegationOf(signer)
                            .map(d -> d.getDelegator().getPosition())
                            .orElse(null);
                    case UNIT_HEAD -> Optional.ofNullable(head(agency))
                            .map(Person::getPosition)
                            .orElse(null);
                };
        return SignatureAuthority.of(
                standing, signer.getPosition(), signer.getFullName(), collectiveOf(agency), headPosition);
    }

    /** The agency's head: an active leader who is not a deputy, else any leader. */
    public Person head(Agency agency) {
        Person deputy = null;
        for (Person p : em.createQuery(
                        "SELECT p FROM Account a JOIN a.person p JOIN a.roles r WHERE p.agency = :agency AND r = :role"
                                + " AND a.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " AND p.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE ORDER BY p.id",
                        Person.class)
                .setParameter("agency", agency)
                .setParameter("role", Role.LEADER)
                .getResultList()) {
            if (!isDeputy(p)) {
                return p;
            }
            deputy = deputy == null ? p : deputy;
        }
        return deputy;
    }

    /** The collective an Ủy ban nhân dân's head signs for (TM.), or {@code null}. */
    static String collectiveOf(Agency agency) {
        String name = agency.getName() == null ? "" : agency.getName().toLowerCase(VI);
        return name.startsWith("ủy ban nhân dân") || name.startsWith("uỷ ban nhân dân") ? "Ủy ban nhân dân" : null;
    }

    private static boolean isDeputy(Person p) {
        return p.getPosition() != null
                && p.getPosition().strip().toLowerCase(VI).startsWith("phó");
    }

    private Optional<Delegation> delegationOf(Person signer) {
        return em.createQuery(
                        "SELECT d FROM Delegation d WHERE d.delegate = :signer AND d.revokedAt IS NULL",
                        Delegation.class)
                .setParameter("signer", signer)
                .getResultStream()
                .filter(d -> d.isInForceOn(OutgoingDocument.today(Instant.now())))
                .findFirst();
    }
}
