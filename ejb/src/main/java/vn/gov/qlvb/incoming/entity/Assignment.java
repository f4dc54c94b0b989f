package vn.gov.qlvb.incoming.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * One part of the handling of an incoming document given to one unit or one person: by the
 * leader's direction (lead, coordinating, informed) or by a unit head redistributing the unit's
 * part to staff (then {@link #getParent()} is the unit's assignment). It carries its deadline,
 * its {@link AssignmentStatus}, the latest progress note (the full series is in the document's
 * history), a pending extension request and the reason of a give-back.
 *
 * <p>Invariants: exactly one of unit and person; both of the document's agency; the deadline
 * is given for lead and coordinating parts and is not before the document's arrival date; a
 * redistributed part goes to a person of the unit and is not due later than the unit's part.
 */
@Entity
@Table(name = "qlvb_assignment")
public class Assignment {

    static final int NOTE_MAX = 2000;
    static final int REASON_MAX = 500;

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "qlvb_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private IncomingDocument document;

    @ManyToOne
    @JoinColumn(name = "parent_id", updatable = false)
    private Assignment parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 12, nullable = false, updatable = false)
    private AssignmentRole role;

    @ManyToOne
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @ManyToOne
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private AssignmentStatus status;

    /** The work list this part is on, kept with the status so that each list reads one index. */
    @Enumerated(EnumType.STRING)
    @Column(name = "work_queue", length = 16, nullable = false)
    private WorkQueue workQueue;

    /**
     * The document's urgency rank, copied when the part is created so that a work list sorts
     * urgent documents first from the assignment's own index; it follows the document when its
     * sender changes the urgency ({@link #followUrgency}).
     */
    @Column(name = "urgency_rank", nullable = false)
    private int urgencyRank;

    @ManyToOne(optional = false)
    @JoinColumn(name = "assigned_by_id", nullable = false, updatable = false)
    private Person assignedBy;

    /** The leader on whose authority a direction was given (secretary, deputy), else null. */
    @Column(name = "on_behalf_of_id", updatable = false)
    private Long onBehalfOfId;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "progress", length = NOTE_MAX)
    private String progress;

    @Column(name = "progress_at")
    private Instant progressAt;

    @Column(name = "wanted_deadline")
    private LocalDate wantedDeadline;

    @Column(name = "extension_reason", length = REASON_MAX)
    private String extensionReason;

    @Column(name = "return_reason", length = REASON_MAX)
    private String returnReason;

    @Column(name = "completion_note", length = NOTE_MAX)
    private String completionNote;

    @Column(name = "completed_at")
    private Instant completedAt;

    /**
     * The files of the part's result (kết quả xử lý), in the order they were attached. Read for a
     * whole page of parts at once (a work list shows each part's results): one query, not one per
     * row.
     */
    @ManyToMany
    @org.eclipse.persistence.annotations.BatchFetch(org.eclipse.persistence.annotations.BatchFetchType.IN)
    @JoinTable(
            name = "qlvb_assignment_result",
            joinColumns = @JoinColumn(name = "assignment_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderColumn(name = "position")
    private List<Attachment> results = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected Assignment() {}

    private Assignment(
            IncomingDocument document,
            Assignment parent,
            AssignmentRole role,
            Unit unit,
            Person person,
            LocalDate deadline,
            Person assignedBy,
            Long onBehalfOfId,
            Instant now) {
        if (role == null) {
            throw RuleViolation.invalid("field.required", "role");
        }
        if ((unit == null) == (person == null)) {
            throw RuleViolation.invalid("incoming.assignee.oneOf", "assignee");
        }
        Long agency = document.getAgency().getId();
        if (unit != null && (!unit.getAgency().getId().equals(agency) || !unit.isActive())) {
            throw RuleViolation.invalid("incoming.assignee.invalid", "unitId");
        }
        if (person != null && (!person.getAgency().getId().equals(agency) || !person.isActive())) {
            throw RuleViolation.invalid("incoming.assignee.invalid", "personId");
        }
        if (role == AssignmentRole.INFORMED) {
            deadline = null;
        } else {
            checkDeadline(document, deadline);
        }
        this.document = document;
        this.parent = parent;
        this.role = role;
        this.unit = unit;
        this.person = person;
        this.deadline = deadline;
        this.assignedBy = assignedBy;
        this.onBehalfOfId = onBehalfOfId;
        this.assignedAt = now;
        this.urgencyRank = document.getUrgency().ordinal();
        moveTo(AssignmentStatus.ASSIGNED);
    }

    private void moveTo(AssignmentStatus next) {
        this.status = next;
        this.workQueue = WorkQueue.of(role, next);
    }

    private static void checkDeadline(IncomingDocument document, LocalDate deadline) {
        if (deadline == null) {
            throw RuleViolation.invalid("field.required", "deadline");
        }
        if (deadline.isBefore(document.arrivalDate())) {
            throw RuleViolation.invalid("incoming.deadline.beforeArrival", "deadline");
        }
    }

    /**
     * A part given by the leader's direction to a unit or a person (exactly one of them).
     *
     * @param deadline required for {@link AssignmentRole#LEAD} and {@link
     *     AssignmentRole#COORDINATING}, not before the document's arrival date; ignored for
     *     {@link AssignmentRole#INFORMED}
     * @param onBehalfOfId the leader whose direction it is when a secretary or a deputy entered it
     */
    public static Assignment directed(
            IncomingDocument document,
            AssignmentRole role,
            Unit unit,
            Person person,
            LocalDate deadline,
            Person by,
            Long onBehalfOfId,
            Instant now) {
        return new Assignment(document, null, role, unit, person, deadline, by, onBehalfOfId, now);
    }

    /**
     * A unit head gives (part of) the unit's assignment to one of its staff.
     *
     * <ol>
     *   <li>only an open assignment of a unit, not one for information, is redistributed;
     *   <li>the person is an active member of that unit;
     *   <li>the deadline is given, not before the arrival date and not after the unit's own;
     *   <li>the unit's assignment becomes {@link AssignmentStatus#IN_PROGRESS}.
     * </ol>
     */
    public Assignment redistribute(Person staff, LocalDate staffDeadline, Person by, Instant now) {
        requireOpen();
        if (unit == null) {
            throw RuleViolation.conflict("incoming.assign.notUnit", null);
        }
        if (role == AssignmentRole.INFORMED) {
            throw RuleViolation.conflict("incoming.assignment.forInformation", null);
        }
        if (staff == null) {
            throw RuleViolation.invalid("field.required", "personId");
        }
        if (staff.getUnit() == null || !staff.getUnit().getId().equals(unit.getId())) {
            throw RuleViolation.invalid("incoming.assign.notInUnit", "personId");
        }
        checkDeadline(document, staffDeadline);
        if (staffDeadline.isAfter(deadline)) {
            throw RuleViolation.invalid("incoming.assign.deadlineAfterParent", "deadline", deadline);
        }
        Assignment child = new Assignment(document, this, role, null, staff, staffDeadline, by, null, now);
        moveTo(AssignmentStatus.IN_PROGRESS);
        return child;
    }

    /** Records progress (text); the assignment is in progress from then on. */
    public void recordProgress(String text, Instant now) {
        requireOpen();
        requireWork();
        this.progress = text(text, "text", NOTE_MAX, true);
        this.progressAt = now;
        moveTo(AssignmentStatus.IN_PROGRESS);
    }

    /**
     * Attaches a file of the part's result: only to an open part that is to be worked on (not one
     * given for information), each file once. The part is then in progress.
     */
    /** The document's urgency changed (its sender's update): the part sorts by the new one. */
    public void followUrgency(vn.gov.qlvb.documents.entity.Urgency urgency) {
        this.urgencyRank = urgency.ordinal();
    }

    /** Result files are accepted by an open working part (not one for information only). */
    public void requireResultsAccepted() {
        requireOpen();
        requireWork();
    }

    public void attachResult(Attachment file, Instant now) {
        requireResultsAccepted();
        if (results.stream().anyMatch(a -> a.getId().equals(file.getId()))) {
            throw RuleViolation.conflict("incoming.file.alreadyAttached", "file");
        }
        results.add(file);
        moveTo(AssignmentStatus.IN_PROGRESS);
    }

    public List<Attachment> getResults() {
        return List.copyOf(results);
    }

    /**
     * Asks the assigner for a later deadline: one request at a time, a date after the current
     * deadline, and a reason when given (at most 500 characters).
     */
    public void requestExtension(LocalDate wanted, String reason) {
        requireOpen();
        requireWork();
        if (wantedDeadline != null) {
            throw RuleViolation.conflict("incoming.extension.pending", null);
        }
        if (wanted == null) {
            throw RuleViolation.invalid("field.required", "wantedDeadline");
        }
        if (!wanted.isAfter(deadline)) {
            throw RuleViolation.invalid("incoming.extension.notLater", "wantedDeadline", deadline);
        }
        this.extensionReason = text(reason, "reason", REASON_MAX, false);
        this.wantedDeadline = wanted;
    }

    /**
     * The assigner's answer to the pending extension request. Granting moves the deadline, but a
     * redistributed part is never due later than its unit's part.
     */
    public void answerExtension(boolean grant) {
        requireOpen();
        if (wantedDeadline == null) {
            throw RuleViolation.conflict("incoming.extension.none", null);
        }
        if (grant) {
            if (parent != null && parent.deadline != null && wantedDeadline.isAfter(parent.deadline)) {
                throw RuleViolation.invalid("incoming.assign.deadlineAfterParent", "wantedDeadline", parent.deadline);
            }
            deadline = wantedDeadline;
        }
        wantedDeadline = null;
        extensionReason = null;
    }

    /** Gives the assignment back to the assigner with a reason (required, at most 500). */
    public void giveBack(String reason, Instant now) {
        requireOpen();
        this.returnReason = text(reason, "reason", REASON_MAX, true);
        this.wantedDeadline = null;
        moveTo(AssignmentStatus.RETURNED);
        this.completedAt = now;
    }

    /**
     * The assignee finished their part. Refused when it is already completed ({@code
     * incoming.assignment.alreadyCompleted}), returned or closed, or only for information.
     */
    public void complete(String note, Instant now) {
        if (status == AssignmentStatus.COMPLETED) {
            throw RuleViolation.conflict("incoming.assignment.alreadyCompleted", null);
        }
        requireOpen();
        requireWork();
        this.completionNote = text(note, "note", NOTE_MAX, false);
        this.wantedDeadline = null;
        moveTo(AssignmentStatus.COMPLETED);
        this.completedAt = now;
    }

    /** Ends an open assignment because the whole document was completed. */
    public void close(Instant now) {
        if (status.isOpen()) {
            moveTo(AssignmentStatus.CLOSED);
            wantedDeadline = null;
            completedAt = now;
        }
    }

    /** Whether the deadline passed on {@code today} with the work still open. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && deadline != null && deadline.isBefore(today);
    }

    /** Whether the person acts as this assignment's assignee (a unit's part: its head). */
    public boolean isAssignee(long personId, Long unitId, boolean unitHead) {
        if (person != null) {
            return person.getId() == personId;
        }
        return unitHead && unitId != null && unitId.equals(unit.getId());
    }

    /** The unit or person as the history names them. */
    public String assigneeName() {
        return unit != null ? unit.getName() : person.getFullName();
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw RuleViolation.conflict("incoming.assignment.closed", null, status.name());
        }
    }

    private void requireWork() {
        if (role == AssignmentRole.INFORMED) {
            throw RuleViolation.conflict("incoming.assignment.forInformation", null);
        }
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw RuleViolation.invalid("field.required", field);
            }
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw RuleViolation.invalid("field.tooLong", field, max);
        }
        return v;
    }

    public Long getId() {
        return id;
    }

    public IncomingDocument getDocument() {
        return document;
    }

    public Assignment getParent() {
        return parent;
    }

    public AssignmentRole getRole() {
        return role;
    }

    public Unit getUnit() {
        return unit;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public WorkQueue getWorkQueue() {
        return workQueue;
    }

    public int getUrgencyRank() {
        return urgencyRank;
    }

    public Person getAssignedBy() {
        return assignedBy;
    }

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getProgress() {
        return progress;
    }

    public Instant getProgressAt() {
        return progressAt;
    }

    public LocalDate getWantedDeadline() {
        return wantedDeadline;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
