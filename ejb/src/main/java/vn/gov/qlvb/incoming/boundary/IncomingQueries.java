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
     * Whether the document's timeline is as it was written: every entry's hash recomputed and
     * chained to the one before (for whoever may see the document).
     */
    public vn.gov.qlvb.platform.entity.ChainCheck historyCheck(long id) {
        documents.visible(callers.current(), id);
        return history.verify(id);
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
        } else {
            // Recalled by their issuer: frozen and kept, but out of the lists (III.8.b).
            where.append(" AND d.status <> vn.gov.qlvb.incoming.entity.IncomingStatus.RECALLED");
        }
        if (filter != null && filter.year() != null) {
            where.append(" AND d.arrivalYear = :year");
            parameters.add(new Object[] {"year", filter.year()});
        }
        if (filter != null && filter.registerId() != null) {
            where.append(" AND d.register.id = :register");
            parameters.add(new Object[] {"register", filter.registerId()});
        }
        boolean hasText =
                filter != null && filter.text() != null && !filter.text().isBlank();
        if (hasText && filter.text().strip().matches("\\d{1,11}")) {
            // A number: the document's own number or its arrival number, both indexed.
            where.append(" AND (d.codeNumber = :exact OR d.arrivalNumber = :number)");
            parameters.add(new Object[] {"exact", filter.text().strip()});
            parameters.add(new Object[] {"number", Long.valueOf(filter.text().strip())});
        } else if (hasText) {
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
        boolean wholeYear = filter != null && filter.year() != null && filter.status() == null && !hasText;
        long total = wholeYear ? numbered(caller, filter.year(), filter.registerId()) : count.getSingleResult();
        return new Page<>(
                rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList(),
                total,
                first,
                pageSize);
    }

    /**
     * How many documents a whole year of the register holds, without counting them: every one
     * has a number of its register's series, given without gap from 1, so the total is the sum
     * of the last numbers. Secret documents live only in secret registers, which are left out
     * for those who do not see them.
     */
    private long numbered(Caller caller, int year, Long registerId) {
        jakarta.persistence.Query sum = em.createQuery(
                        "SELECT COALESCE(SUM(c.lastNumber), 0) FROM NumberCounter c WHERE c.register.agency.id = :agency"
                                + " AND c.register.kind = vn.gov.qlvb.registers.entity.RegisterKind.INCOMING"
                                + " AND c.year = :year"
                                + (caller.has(Role.CLERK) ? "" : " AND c.register.forSecret = FALSE")
                                + (registerId == null ? "" : " AND c.register.id = :register"))
                .setParameter("agency", caller.agencyId())
                .setParameter("year", year);
        if (registerId != null) {
            sum.setParameter("register", registerId);
        }
        // SUM of a BIGINT is a BIGINT on some databases and a DECIMAL on others (H2).
        return ((Number) sum.getSingleResult()).longValue();
    }
}
