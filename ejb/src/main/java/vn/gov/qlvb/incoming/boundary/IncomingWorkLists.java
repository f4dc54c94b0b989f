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

    /**
     * One page of a list, urgent documents first, then by deadline. Each (assignee, queue) is
     * read apart, up to the page's end, in its index order, and the few rows merged here.
     */
    public Page<Assignment> list(WorkList list, int first, int size) {
        Caller caller = callers.current();
        int pageSize = Math.max(1, Math.min(size, 200));
        int from = Math.max(0, Math.min(first, DEEPEST_ROW));
        LocalDate today = LocalDate.now(IncomingDocument.VIETNAM);
        List<Assignment> rows = new ArrayList<>();
        long total = 0;
        for (Source source : sources(caller)) {
            for (WorkQueue queue : list.queues()) {
                rows.addAll(source.rows(queue, list == WorkList.OVERDUE ? today : null, from + pageSize));
                total += source.count(queue, list == WorkList.OVERDUE ? today : null);
            }
        }
        rows.sort(ORDER);
        List<Assignment> page = rows.subList(Math.min(from, rows.size()), Math.min(from + pageSize, rows.size()));
        return new Page<>(page, total, from, pageSize);
    }

    /** The size of every list: one grouped index-only count per assignee, and the overdue ones. */
    public Counts counts() {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now(IncomingDocument.VIETNAM);
        Map<WorkQueue, Long> sizes = new EnumMap<>(WorkQueue.class);
        long overdue = 0;
        for (Source source : sources(caller)) {
            source.addQueueSizes(sizes);
            for (WorkQueue queue : WorkList.OVERDUE.queues()) {
                overdue += source.count(queue, today);
            }
        }
        return new Counts(
                sizes.getOrDefault(WorkQueue.TO_PROCESS, 0L),
                sizes.getOrDefault(WorkQueue.IN_PROGRESS, 0L),
                sizes.getOrDefault(WorkQueue.DONE, 0L),
                overdue,
                sizes.getOrDefault(WorkQueue.FOR_INFORMATION, 0L));
    }

    /** The caller's own parts, and a unit head's unit's parts. */
    private List<Source> sources(Caller caller) {
        Source own = new Source("person", caller.personId());
        boolean head = caller.has(Role.UNIT_HEAD) && caller.unitId() != null;
        return head ? List.of(own, new Source("unit", caller.unitId())) : List.of(own);
    }

    /** The parts of one assignee (a person or a unit), read through its (assignee, queue, …) index. */
    private final class Source {

        private final String assignee;
        private final long id;

        Source(String assignee, long id) {
            this.assignee = assignee;
            this.id = id;
        }

        /** The first {@code max} parts of a queue in display order; only those due before {@code dueBefore} if given. */
        List<Assignment> rows(WorkQueue queue, LocalDate dueBefore, int max) {
            TypedQuery<Assignment> q = em.createQuery(
                    "SELECT a FROM Assignment a JOIN FETCH a.document WHERE" + where(dueBefore)
                            + " ORDER BY a.urgencyRank DESC, a.deadline, a.id",
                    Assignment.class);
            return bind(q, queue, dueBefore).setMaxResults(max).getResultList();
        }

        long count(WorkQueue queue, LocalDate dueBefore) {
            TypedQuery<Long> q =
                    em.createQuery("SELECT COUNT(a) FROM Assignment a WHERE" + where(dueBefore), Long.class);
            return bind(q, queue, dueBefore).getSingleResult();
        }

        /** Adds the number of parts per queue to {@code sizes}. */
        void addQueueSizes(Map<WorkQueue, Long> sizes) {
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

        private String where(LocalDate dueBefore) {
            String where = " a." + assignee + ".id = :id AND a.workQueue = :queue";
            return dueBefore == null ? where : where + " AND a.deadline < :today";
        }

        private <T> TypedQuery<T> bind(TypedQuery<T> q, WorkQueue queue, LocalDate dueBefore) {
            q.setParameter("id", id).setParameter("queue", queue);
            if (dueBefore != null) {
                q.setParameter("today", dueBefore);
            }
            return q;
        }
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
}
