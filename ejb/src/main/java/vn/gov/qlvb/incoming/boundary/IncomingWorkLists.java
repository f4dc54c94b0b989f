package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.WorkQueue;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.Page;

/**
 * Everyone's own work lists of incoming documents: the parts assigned to the caller in person,
 * and — for a unit head — to the caller's unit. Urgent documents first, then the nearest
 * deadline.
 *
 * <p>Each assignment carries its {@link WorkQueue} and its document's urgency, indexed as
 * (assignee, queue, urgency desc, deadline, id): a page is a range scan already in display
 * order and a count is an index-only scan. The person's and the unit's parts are read by two such
 * scans and merged here, because an OR between them would defeat the index order.
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
        FOR_INFORMATION;

        List<WorkQueue> queues() {
            return switch (this) {
                case TO_PROCESS -> List.of(WorkQueue.TO_PROCESS);
                case IN_PROGRESS -> List.of(WorkQueue.IN_PROGRESS);
                case DONE -> List.of(WorkQueue.DONE);
                case OVERDUE -> List.of(WorkQueue.TO_PROCESS, WorkQueue.IN_PROGRESS);
                case FOR_INFORMATION -> List.of(WorkQueue.FOR_INFORMATION);
            };
        }
    }

    /** The size of each list, for the home page. */
    public record Counts(long toProcess, long inProgress, long done, long overdue, long forInformation) {}

    /** How deep a list can be paged: the two sources are each read up to the page's end. */
    static final int DEEPEST_ROW = 10_000;

    /** Display order: urgent first, then the nearest deadline (none last), then the oldest part. */
    static final Comparator<Assignment> ORDER = Comparator.comparingInt(Assignment::getUrgencyRank)
            .reversed()
            .thenComparing(Assignment::getDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Assignment::getId);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    /** One page of a list, urgent documents first, then by deadline. */
    public Page<Assignment> list(WorkList list, int first, int size) {
        Caller caller = callers.current();
        int pageSize = Math.max(1, Math.min(size, 200));
        int from = Math.max(0, Math.min(first, DEEPEST_ROW));
        LocalDate today = LocalDate.now(IncomingDocument.VIETNAM);
        List<Assignment> rows = new ArrayList<>(rows("person", caller.personId(), list, today, from + pageSize));
        long total = count("person", caller.personId(), list, today);
        Long unit = unit(caller);
        if (unit != null) {
            rows.addAll(rows("unit", unit, list, today, from + pageSize));
            total += count("unit", unit, list, today);
            rows.sort(ORDER);
        }
        List<Assignment> page = rows.subList(Math.min(from, rows.size()), Math.min(from + pageSize, rows.size()));
        return new Page<>(page, total, from, pageSize);
    }

    /** The size of every list: one grouped index-only count per source, and the overdue ones. */
    public Counts counts() {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(IncomingDocument.VIETNAM);
        Map<WorkQueue, Long> sizes = new EnumMap<>(WorkQueue.class);
        addQueueSizes("person", caller.personId(), sizes);
        long overdue = count("person", caller.personId(), WorkList.OVERDUE, today);
        Long unit = unit(caller);
        if (unit != null) {
            addQueueSizes("unit", unit, sizes);
            overdue += count("unit", unit, WorkList.OVERDUE, today);
        }
        return new Counts(
                sizes.getOrDefault(WorkQueue.TO_PROCESS, 0L),
                sizes.getOrDefault(WorkQueue.IN_PROGRESS, 0L),
                sizes.getOrDefault(WorkQueue.DONE, 0L),
                overdue,
                sizes.getOrDefault(WorkQueue.FOR_INFORMATION, 0L));
    }

    private List<Assignment> rows(String assignee, long id, WorkList list, LocalDate today, int max) {
        TypedQuery<Assignment> q = em.createQuery(
                "SELECT a FROM Assignment a JOIN FETCH a.document WHERE" + where(assignee, list)
                        + " ORDER BY a.urgencyRank DESC, a.deadline, a.id",
                Assignment.class);
        return bind(q, id, list, today).setMaxResults(max).getResultList();
    }

    private long count(String assignee, long id, WorkList list, LocalDate today) {
        TypedQuery<Long> q =
                em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE" + where(assignee, list), Long.class);
        return bind(q, id, list, today).getSingleResult();
    }

    /** Adds the assignee's number of parts per queue to {@code sizes}. */
    private void addQueueSizes(String assignee, long id, Map<WorkQueue, Long> sizes) {
        List<Object[]> groups = em.createQuery(
                        "SELECT a.workQueue, COUNT(a) FROM Assignment a WHERE a." + assignee
                                + ".id = :id GROUP BY a.workQueue",
                        Object[].class)
                .setParameter("id", id)
                .getResultList();
        for (Object[] g : groups) {
            sizes.merge((WorkQueue) g[0], ((Number) g[1]).longValue(), Long::sum);
        }
    }

    private static String where(String assignee, WorkList list) {
        String where = " a." + assignee + ".id = :id AND a.workQueue IN :queues";
        return list == WorkList.OVERDUE ? where + " AND a.deadline < :today" : where;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> q, long id, WorkList list, LocalDate today) {
        q.setParameter("id", id).setParameter("queues", list.queues());
        if (list == WorkList.OVERDUE) {
            q.setParameter("today", today);
        }
        return q;
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

    /** A unit head's unit, whose parts are theirs too; null for anyone else. */
    private static Long unit(Caller caller) {
        return caller.has(Role.UNIT_HEAD) ? caller.unitId() : null;
    }
}
