package vn.gov.qlvb.outgoing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.entity.ReviewChain;
import vn.gov.qlvb.outgoing.entity.ReviewStepKind;

/**
 * The review chains of the caller's agency: per document type, or the agency's default for every
 * type ({@code type} null); without any, drafts go unit head → office → leader. Set by the
 * agency's administrators and leaders; applies to drafts submitted from then on.
 */
@Stateless
@PermitAll
public class ReviewChains {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    /** The chain that applies to drafts of {@code type} in the caller's agency. */
    public List<ReviewStepKind> of(DocumentType type) {
        Caller caller = callers.current();
        return find(caller.agencyId(), type)
                .or(() -> find(caller.agencyId(), null))
                .map(ReviewChain::steps)
                .orElse(ReviewChain.USUAL);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public ReviewChain set(DocumentType type, List<ReviewStepKind> steps) {
        Caller caller = callers.current();
        ReviewChain chain = find(caller.agencyId(), type).orElse(null);
        if (chain == null) {
            chain = new ReviewChain(em.find(Agency.class, caller.agencyId()), type, steps);
            em.persist(chain);
        } else {
            chain.change(steps);
        }
        return chain;
    }

    /** Removes the chain of {@code type}: the agency's default applies again. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.LEADER})
    public void reset(DocumentType type) {
        Caller caller = callers.current();
        find(caller.agencyId(), type).ifPresent(em::remove);
    }

    private java.util.Optional<ReviewChain> find(long agencyId, DocumentType type) {
        jakarta.persistence.TypedQuery<ReviewChain> q = em.createQuery(
                        "SELECT c FROM ReviewChain c WHERE c.agency.id = :agency AND "
                                + (type == null ? "c.documentType IS NULL" : "c.documentType = :type"),
                        ReviewChain.class)
                .setParameter("agency", agencyId);
        if (type != null) {
            q.setParameter("type", type);
        }
        return q.getResultStream().findFirst();
    }
}
