package vn.gov.qlvb.incoming.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A reminder (đôn đốc) about one open assignment, sent by a leader or a unit head, or by the
 * system around the deadline. It is kept for the statistics, counted against the assignee person
 * and their unit (for a unit's part, the unit); never changed.
 */
@Entity
@Table(name = "qlvb_reminder")
public class Reminder {

    @Id
    @SequenceGenerator(name = "reminder_seq", sequenceName = "qlvb_reminder_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reminder_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @ManyToOne
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade", length = 12, nullable = false, updatable = false)
    private ReminderGrade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false, updatable = false)
    private ReminderKind kind;

    @Column(name = "comment_text", length = 1000, updatable = false)
    private String comment;

    /** Null for the system's reminders. */
    @ManyToOne
    @JoinColumn(name = "sent_by_id", updatable = false)
    private Person sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected Reminder() {}

    private Reminder(
            Assignment assignment, ReminderGrade grade, ReminderKind kind, String comment, Person sentBy, Instant now) {
        if (!assignment.getStatus().isOpen() || assignment.getRole() == AssignmentRole.INFORMED) {
            throw RuleViolation.conflict("incoming.remind.notOpen", null);
        }
        if (grade == null) {
            throw RuleViolation.invalid("field.required", "grade");
        }
        if (comment != null && comment.strip().length() > 1000) {
            throw RuleViolation.invalid("field.tooLong", "comment", 1000);
        }
        this.assignment = assignment;
        this.agencyId = assignment.getDocument().getAgency().getId();
        this.person = assignment.getPerson();
        this.unit = assignment.getUnit() != null
                ? assignment.getUnit()
                : assignment.getPerson().getUnit();
        this.grade = grade;
        this.kind = kind;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.sentBy = sentBy;
        this.sentAt = now;
    }

    /** A reminder of a leader or a unit head about an open assignment (not one for information). */
    public static Reminder sent(Assignment assignment, ReminderGrade grade, String comment, Person by, Instant now) {
        if (by == null) {
            throw new IllegalArgumentException("a manual reminder has a sender");
        }
        return new Reminder(assignment, grade, ReminderKind.MANUAL, comment, by, now);
    }

    /** The system's reminder before or after the deadline, of the grade {@link ReminderGrade#NOTICE}. */
    public static Reminder automatic(Assignment assignment, ReminderKind kind, String comment, Instant now) {
        if (kind == ReminderKind.MANUAL) {
            throw new IllegalArgumentException("automatic reminders are before or after the deadline");
        }
        return new Reminder(assignment, ReminderGrade.NOTICE, kind, comment, null, now);
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public ReminderGrade getGrade() {
        return grade;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getComment() {
        return comment;
    }

    public Person getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
