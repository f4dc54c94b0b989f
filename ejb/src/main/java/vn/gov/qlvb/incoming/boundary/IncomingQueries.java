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
import vn.gov.qlvb.incoming.control.IncomingRepository;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingEvent;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.Page;

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

    @Inject
    IncomingRepository documents;

    /** Search filters; every one optional. */
    public record Filter(String text, IncomingStatus status, Integer year, Long registerId) {}

    /** Opens a document and records the view. */
    public IncomingDocument open(long id) {
        Caller caller = callers.current();
        IncomingDocument document = documents.visible(caller, id);
        history.record(document, IncomingAction.VIEWED, null, Instant.now());
        return document;
    }

    public List<IncomingEvent> timeline(long id) {
        Caller caller = callers.current();
        documents.visible(caller, id);
        return history.of(id);
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
