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
     * The document, when the caller may see it; otherwise "not found", the same as for one that
     * does not exist, so a guessed identifier reveals nothing.
     */
    public IncomingDocument visible(Caller caller, long id) {
        IncomingDocument document = em.find(IncomingDocument.class, id);
        if (document == null || !IncomingAccess.sees(caller, document, false)) {
            throw RuleViolation.notFound("incoming.notFound");
        }
        return document;
    }
}
