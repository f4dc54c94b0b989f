package vn.gov.qlvb.incoming.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** Loads incoming documents for the boundaries, applying {@link IncomingAccess}. */
@Dependent
public class IncomingRepository {

    @PersistenceContext
    EntityManager em;

    /**
     * The document if the caller may see it ({@link IncomingAccess}): besides the agency-wide
     * readers, the leader it was presented to and anyone it is assigned to, personally or
     * through their unit, secret documents included.
     *
     * @throws RuleViolation {@code incoming.notFound} otherwise, as if it did not exist
     */
    public IncomingDocument visible(Caller caller, long id) {
        IncomingDocument document = em.find(IncomingDocument.class, id);
        if (document == null || document.getAgency().getId() != caller.agencyId()) {
            throw RuleViolation.notFound("incoming.notFound");
        }
        if (!IncomingAccess.sees(caller, document, false)
                && !IncomingAccess.sees(caller, document, involved(caller, document))) {
            throw RuleViolation.notFound("incoming.notFound");
        }
        return document;
    }

    /** Whether the document was presented to the caller or is assigned to them or their unit. */
    private boolean involved(Caller caller, IncomingDocument document) {
        if (document.getPresentedToId() != null && document.getPresentedToId() == caller.personId()) {
            return true;
        }
        return em.createQuery(
                                "SELECT COUNT(a) FROM Assignment a WHERE a.document = :document"
                                        + " AND (a.person.id = :me OR a.unit.id = :unit)",
                                Long.class)
                        .setParameter("document", document)
                        .setParameter("me", caller.personId())
                        .setParameter("unit", caller.unitId() == null ? -1L : caller.unitId())
                        .getSingleResult()
                > 0;
    }
}
