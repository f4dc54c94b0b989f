package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.qlvb.incoming.control.IncomingAccess;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingEvent;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Reading incoming documents: one document (the view is recorded in its history), its
 * timeline, and the register search. A document the caller may not see answers "not found",
 * the same as one that does not exist, so a guessed identifier reveals nothing.
 */
@Stateless
@PermitAll
public class IncomingQueries {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    IncomingHistory history;

    /** Search filters; every one optional. */
    public record Filter(String text, IncomingStatus status, Integer year, Long registerId) {}

    /** Opens a document and records the view. */
    public IncomingDocument open(long id) {
        Caller caller = callers.current();
        IncomingDocument document = visible(caller, id);
        history.record(document, IncomingAction.VIEWED, null, Instant.now());
        return document;
    }

    public List<IncomingEvent> timeline(long id) {
        Caller caller = callers.current();
        visible(caller, id);
        return history.of(id);
    }

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

    /**
     * The agency's register, newest first, urgent documents first within a day: for those who
     * see the agency's documents (clerk: all; leader and secretary: not secret).
     */
    public Page<IncomingDocument> search(Filter filter, int first, int size) {
        Caller caller = callers.current();
        if (!IncomingAccess.seesAgencyWide(caller)) {
            return new Page<>(List.of(), 0, first, size);
        }
        StringBuilder where = new StringBuilder(" WHERE d.agency.id = :agency");
        List<Object[]> parameters = new ArrayList<>();
        parameters.add(new Object[] {"agency", caller.agencyId()});
        if (!caller.has(Role.CLERK)) {
            where.append(" AND d.confidentiality = vn.gov.qlvb.documents.entity.Confidentiality.NONE");
        }
        if (filter != null && filter.status() != null) {
            where.append(" AND d.status = :status");
            parameters.add(new Object[] {"status", filter.status()});
        }
        if (filter != null && filter.year() != null) {
            where.append(" AND d.arrivalYear = :year");
            parameters.add(new Object[] {"year", filter.year()});
        }
        if (filter != null && filter.registerId() != null) {
            where.append(" AND d.register.id = :register");
            parameters.add(new Object[] {"register", filter.registerId()});
        }
        if (filter != null && filter.text() != null && !filter.text().isBlank()) {
            where.append(" AND (LOWER(d.subject) LIKE :text OR LOWER(d.issuerName) LIKE :text"
                    + " OR LOWER(d.codeNotation) LIKE :text OR d.codeNumber = :exact)");
            parameters.add(new Object[] {"text", "%" + filter.text().strip().toLowerCase(new Locale("vi")) + "%"});
            parameters.add(new Object[] {"exact", filter.text().strip()});
        }
        TypedQuery<IncomingDocument> rows = em.createQuery(
                "SELECT d FROM IncomingDocument d" + where
                        + " ORDER BY d.arrivalYear DESC, d.urgencyRank DESC, d.arrivalNumber DESC, d.id DESC",
                IncomingDocument.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM IncomingDocument d" + where, Long.class);
        for (Object[] p : parameters) {
            rows.setParameter((String) p[0], p[1]);
            count.setParameter((String) p[0], p[1]);
        }
        int pageSize = Math.max(1, Math.min(size, 200));
        return new Page<>(
                rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList(),
                count.getSingleResult(),
                first,
                pageSize);
    }
}
