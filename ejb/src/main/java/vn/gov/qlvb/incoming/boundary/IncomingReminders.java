package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import vn.gov.qlvb.incoming.control.IncomingRepository;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.AssignmentRole;
import vn.gov.qlvb.incoming.entity.AssignmentStatus;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.Reminder;
import vn.gov.qlvb.incoming.entity.ReminderGrade;
import vn.gov.qlvb.incoming.entity.ReminderKind;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Following up deadlines (đôn đốc, Appendix VI III.1.l, III.1.m): reminders of three grades sent
 * by a leader or a unit head, the system's daily reminders one working day before a deadline
 * and after it, and their statistics per person and unit. Every reminder is recorded in the
 * document's history.
 */
@Stateless
@PermitAll
public class IncomingReminders {

    private static final Logger LOG = Logger.getLogger(IncomingReminders.class.getName());

    /** Reminders counted for one unit and person (the person is null for a unit's own parts). */
    public record Count(
            Long unitId, String unitName, Long personId, String personName, ReminderGrade grade, long count) {}

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    IncomingRepository documents;

    @Inject
    IncomingHistory history;

    /**
     * A leader of the agency, or the head of the unit the part belongs to (the unit's own part
     * or one redistributed to its staff), reminds the assignee of an open part ({@code
     * incoming.remind.notAllowed}, {@code incoming.remind.notOpen}).
     */
    @RolesAllowed({Role.Names.LEADER, Role.Names.UNIT_HEAD})
    public Reminder remind(long assignmentId, ReminderGrade grade, String comment) {
        Caller caller = callers.current();
        Assignment a = em.find(Assignment.class, assignmentId);
        if (a == null || a.getDocument().getAgency().getId() != caller.agencyId()) {
            throw RuleViolation.notFound("incoming.assignment.notFound");
        }
        documents.visible(caller, a.getDocument().getId());
        if (!caller.has(Role.LEADER) && !headOf(caller, a)) {
            throw RuleViolation.forbidden("incoming.remind.notAllowed");
        }
        a.getDocument().requireHandling();
        Instant now = Instant.now();
        Reminder reminder = Reminder.sent(a, grade, comment, em.find(Person.class, caller.personId()), now);
        em.persist(reminder);
        history.record(a.getDocument(), IncomingAction.REMINDED, detail(reminder), now);
        return reminder;
    }

    private static boolean headOf(Caller caller, Assignment a) {
        if (!caller.has(Role.UNIT_HEAD) || caller.unitId() == null) {
            return false;
        }
        Long unit = a.getUnit() != null
                ? a.getUnit().getId()
                : a.getParent() != null && a.getParent().getUnit() != null
                        ? a.getParent().getUnit().getId()
                        : a.getPerson().getUnit() == null
                                ? null
                                : a.getPerson().getUnit().getId();
        return caller.unitId().equals(unit);
    }

    /** Every day at 07:30 Vietnam time. */
    @Schedule(hour = "7", minute = "30", timezone = "Asia/Ho_Chi_Minh", persistent = false)
    void daily() {
        int sent = sendAutomatic(LocalDate.now(IncomingDocument.VIETNAM));
        LOG.info(() -> "Automatic reminders of incoming documents sent: " + sent);
    }

    /** Runs the automatic reminders for {@code day} now (an administrator, and the tests). */
    @RolesAllowed(Role.Names.ADMIN)
    public int runAutomatic(LocalDate day) {
        if (day == null) {
            throw RuleViolation.invalid("field.required", "day");
        }
        return sendAutomatic(day);
    }

    /**
     * The system's reminders for {@code day}, each at most once per part:
     *
     * <ol>
     *   <li>before: open parts (not for information) due after {@code day} and at the latest on
     *       the next working day (Monday to Friday);
     *   <li>after: open parts whose deadline is before {@code day}.
     * </ol>
     */
    int sendAutomatic(LocalDate day) {
        Instant now = Instant.now();
        int sent = 0;
        for (Assignment a : due(
                "a.deadline > :from AND a.deadline <= :to", day, nextWorkingDay(day), ReminderKind.BEFORE_DEADLINE)) {
            sent += automatic(a, ReminderKind.BEFORE_DEADLINE, "Sắp đến hạn xử lý " + a.getDeadline(), now);
        }
        for (Assignment a : due("a.deadline < :from", day, null, ReminderKind.AFTER_DEADLINE)) {
            sent += automatic(a, ReminderKind.AFTER_DEADLINE, "Đã quá hạn xử lý " + a.getDeadline(), now);
        }
        return sent;
    }

    private int automatic(Assignment a, ReminderKind kind, String comment, Instant now) {
        Reminder reminder = Reminder.automatic(a, kind, comment, now);
        em.persist(reminder);
        history.recordBySystem(a.getDocument(), IncomingAction.REMINDED, detail(reminder), now);
        return 1;
    }

    private List<Assignment> due(String deadline, LocalDate from, LocalDate to, ReminderKind kind) {
        TypedQuery<Assignment> q = em.createQuery(
                        "SELECT a FROM Assignment a WHERE a.status IN :open AND a.role <> :informed AND " + deadline
                                + " AND NOT EXISTS (SELECT r FROM Reminder r WHERE r.assignment = a AND r.kind = :kind)"
                                + " ORDER BY a.id",
                        Assignment.class)
                .setParameter("open", List.copyOf(AssignmentStatus.OPEN))
                .setParameter("informed", AssignmentRole.INFORMED)
                .setParameter("from", from)
                .setParameter("kind", kind);
        if (to != null) {
            q.setParameter("to", to);
        }
        return q.getResultList();
    }

    /** The next day from Monday to Friday (public holidays are not known yet). */
    public static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }

    /**
     * Reminders sent in the caller's agency from {@code from} to {@code to} (both included),
     * counted per unit, person and grade: for its leaders, clerks and secretaries all of them,
     * for a unit head those of the unit, for anyone else their own.
     */
    public List<Count> statistics(LocalDate from, LocalDate to) {
        Caller caller = callers.current();
        if (from == null) {
            throw RuleViolation.invalid("field.required", "from");
        }
        if (to == null) {
            throw RuleViolation.invalid("field.required", "to");
        }
        String scope;
        Long who;
        if (caller.has(Role.LEADER) || caller.has(Role.CLERK) || caller.has(Role.SECRETARY)) {
            scope = "";
            who = null;
        } else if (caller.has(Role.UNIT_HEAD) && caller.unitId() != null) {
            scope = " AND u.id = :who";
            who = caller.unitId();
        } else {
            scope = " AND p.id = :who";
            who = caller.personId();
        }
        TypedQuery<Object[]> q = em.createQuery(
                        "SELECT u.id, u.name, p.id, p.fullName, r.grade, COUNT(r) FROM Reminder r"
                                + " LEFT JOIN r.unit u LEFT JOIN r.person p"
                                + " WHERE r.agencyId = :agency AND r.sentAt >= :from AND r.sentAt < :to" + scope
                                + " GROUP BY u.id, u.name, p.id, p.fullName, r.grade"
                                + " ORDER BY u.name, p.fullName, r.grade",
                        Object[].class)
                .setParameter("agency", caller.agencyId())
                .setParameter(
                        "from", from.atStartOfDay(IncomingDocument.VIETNAM).toInstant())
                .setParameter(
                        "to",
                        to.plusDays(1).atStartOfDay(IncomingDocument.VIETNAM).toInstant());
        if (who != null) {
            q.setParameter("who", who);
        }
        List<Object[]> rows = q.getResultList();
        return rows.stream()
                .map(r -> new Count(
                        (Long) r[0],
                        (String) r[1],
                        (Long) r[2],
                        (String) r[3],
                        (ReminderGrade) r[4],
                        ((Number) r[5]).longValue()))
                .toList();
    }

    private static String detail(Reminder r) {
        String grade =
                switch (r.getGrade()) {
                    case NOTICE -> "Nhắc nhở";
                    case CRITICISM -> "Phê bình";
                    case REVIEW -> "Kiểm điểm";
                };
        return grade + " " + r.getAssignment().assigneeName() + (r.getComment() == null ? "" : ": " + r.getComment());
    }
}
