package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.AssignmentRole;
import vn.gov.qlvb.incoming.entity.AssignmentStatus;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.Page;

/**
 * Everyone's own work lists of incoming documents: the parts assigned to the caller in person,
 * and — for a unit head — to the caller's unit. Urgent documents first, then the nearest
 * deadline. Each list reads the assignments through an index on (assignee, status, deadline)
 * and joins the document once per row; no per-row subqueries.
 */
@Stateless
@PermitAll
public class IncomingWorkLists {

    /** The lists. */
    public enum WorkList {
        /** Chờ xử lý: assigned, not started (informed parts excluded). */
        TO_PROCESS,
        /** Đang xử lý: progress recorded or redistributed, not done. */
        IN_PROGRESS,
        /** Đã xử lý: completed, given back or closed. */
        DONE,
        /** Quá hạn: the deadline passed and the part is still open. */
        OVERDUE,
        /** Để biết: informed parts. */
        FOR_INFORMATION
    }

    /** The size of each list, for the home page. */
    public record Counts(long toProcess, long inProgress, long done, long overdue, long forInformation) {}

    private static final String MINE = " (a.person.id = :me OR a.unit.id = :unit)";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    /** One page of a list, urgent documents first, then by deadline. */
    public Page<Assignment> list(WorkList list, int first, int size) {
        Caller caller = callers.current();
        String where = " WHERE" + MINE + condition(list);
        TypedQuery<Assignment> rows = em.createQuery(
                "SELECT a FROM Assignment a JOIN FETCH a.document d" + where
                        + " ORDER BY d.urgencyRank DESC, a.deadline, a.id",
                Assignment.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Assignment a" + where, Long.class);
        bind(rows, caller, list);
        bind(count, caller, list);
        int pageSize = Math.max(1, Math.min(size, 200));
        return new Page<>(
                rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList(),
                count.getSingleResult(),
                first,
                pageSize);
    }

    /** The size of every list: one grouped query and one for the overdue parts. */
    public Counts counts() {
        Caller caller = callers.current();
        List<Object[]> groups = em.createQuery(
                        "SELECT a.role, a.status, COUNT(a) FROM Assignment a WHERE" + MINE
                                + " GROUP BY a.role, a.status",
                        Object[].class)
                .setParameter("me", caller.personId())
                .setParameter("unit", unit(caller))
                .getResultList();
        long toProcess = 0;
        long inProgress = 0;
        long done = 0;
        long informed = 0;
        for (Object[] g : groups) {
            AssignmentRole role = (AssignmentRole) g[0];
            AssignmentStatus status = (AssignmentStatus) g[1];
            long n = ((Number) g[2]).longValue();
            if (role == AssignmentRole.INFORMED) {
                informed += n;
            } else if (status == AssignmentStatus.ASSIGNED) {
                toProcess += n;
            } else if (status == AssignmentStatus.IN_PROGRESS) {
                inProgress += n;
            } else {
                done += n;
            }
        }
        TypedQuery<Long> overdue = em.createQuery(
                "SELECT COUNT(a) FROM Assignment a WHERE" + MINE + condition(WorkList.OVERDUE), Long.class);
        bind(overdue, caller, WorkList.OVERDUE);
        return new Counts(toProcess, inProgress, done, overdue.getSingleResult(), informed);
    }

    /** Documents presented to the caller and waiting for their direction, newest first. */
    public List<IncomingDocument> toDirect(int max) {
        Caller caller = callers.current();
        return em.createQuery(
                        "SELECT d FROM IncomingDocument d WHERE d.presentedToId = :me"
                                + " AND d.status = vn.gov.qlvb.incoming.entity.IncomingStatus.PRESENTED"
                                + " ORDER BY d.urgencyRank DESC, d.id DESC",
                        IncomingDocument.class)
                .setParameter("me", caller.personId())
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    private static String condition(WorkList list) {
        return switch (list) {
            case TO_PROCESS -> " AND a.role <> :informed AND a.status = :status";
            case IN_PROGRESS -> " AND a.role <> :informed AND a.status = :status";
            case DONE -> " AND a.role <> :informed AND a.status IN :statuses";
            case OVERDUE -> " AND a.role <> :informed AND a.status IN :statuses AND a.deadline < :today";
            case FOR_INFORMATION -> " AND a.role = :informed";
        };
    }

    private static void bind(TypedQuery<?> q, Caller caller, WorkList list) {
        q.setParameter("me", caller.personId());
        q.setParameter("unit", unit(caller));
        q.setParameter("informed", AssignmentRole.INFORMED);
        switch (list) {
            case TO_PROCESS -> q.setParameter("status", AssignmentStatus.ASSIGNED);
            case IN_PROGRESS -> q.setParameter("status", AssignmentStatus.IN_PROGRESS);
            case DONE -> q.setParameter(
                    "statuses",
                    List.of(AssignmentStatus.COMPLETED, AssignmentStatus.RETURNED, AssignmentStatus.CLOSED));
            case OVERDUE -> {
                q.setParameter("statuses", List.copyOf(AssignmentStatus.OPEN));
                q.setParameter("today", LocalDate.now(IncomingDocument.VIETNAM));
            }
            case FOR_INFORMATION -> {
                // only the common parameters
            }
        }
    }

    /** A unit head's unit; for anyone else an id that matches no unit. */
    private static Long unit(Caller caller) {
        return caller.has(Role.UNIT_HEAD) && caller.unitId() != null ? caller.unitId() : -1L;
    }
}
