package vn.gov.qlvb.outgoing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Set;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** Loads outgoing documents for the boundaries, applying {@link OutgoingAccess}. */
@Dependent
public class OutgoingRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * The document if the caller may see it ({@link OutgoingAccess}).
     *
     * @throws RuleViolation {@code outgoing.notFound} otherwise, as if it did not exist
     */
    public OutgoingDocument visible(Caller caller, long id) {
        OutgoingDocument document = em.find(OutgoingDocument.class, id);
        if (document == null || document.getAgency().getId() != caller.agencyId()) {
            throw RuleViolation.notFound("outgoing.notFound");
        }
        if (!OutgoingAccess.sees(caller, document, false)
                && !OutgoingAccess.sees(caller, document, askedForOpinion(caller, document))) {
            throw RuleViolation.notFound("outgoing.notFound");
        }
        return document;
    }

    /** Whether the caller, or the unit they head, was asked for an opinion on the document. */
    public boolean askedForOpinion(Caller caller, OutgoingDocument document) {
        Long unit = caller.has(Role.UNIT_HEAD) && caller.unitId() != null ? caller.unitId() : -1L;
        return em.createQuery(
                                "SELECT COUNT(o) FROM OpinionRequest o WHERE o.document = :document"
                                        + " AND (o.person.id = :me OR o.unit.id = :unit)",
                                Long.class)
                        .setParameter("document", document)
                        .setParameter("me", caller.personId())
                        .setParameter("unit", unit)
                        .getSingleResult()
                > 0;
    }

    /** The roles of a person's active account (none without one). */
    public Set<Role> rolesOf(Person person) {
        return em.createQuery("SELECT a FROM Account a WHERE a.person = :person", Account.class)
                .setParameter("person", person)
                .getResultStream()
                .filter(Account::isActive)
                .findFirst()
                .map(Account::getRoles)
                .map(r -> r.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(r))
                .orElse(EnumSet.noneOf(Role.class));
    }
}
