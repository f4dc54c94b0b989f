package vn.gov.qlvb.web.incoming;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.file.UploadedFile;
import vn.gov.qlvb.incoming.boundary.DirectionForm;
import vn.gov.qlvb.incoming.boundary.IncomingHandling;
import vn.gov.qlvb.incoming.boundary.IncomingReminders;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.AssignmentRole;
import vn.gov.qlvb.incoming.entity.AssignmentStatus;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.incoming.entity.ReminderGrade;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.boundary.PeopleDirectory;
import vn.gov.qlvb.organisations.boundary.UnitDirectory;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.UiFeedback;
import vn.gov.qlvb.web.platform.VietnamTime;

/**
 * The handling of one incoming document on its page: its parts (assignments) and the steps the
 * signed-in person may take now — present it (clerk), direct it (leader, or secretary on a
 * leader's behalf), give a unit's part to a member (unit head), record progress or complete a
 * part (assignee), complete the document (lead or leader). Each step, once done, shows the page
 * again so that the parts and the timeline are current.
 */
@Named
@ViewScoped
public class IncomingHandlingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingHandling handling;

    @Inject
    IncomingReminders reminders;

    @Inject
    CallerContext callers;

    @Inject
    PeopleDirectory people;

    @Inject
    UnitDirectory unitDirectory;

    /** A part as shown in the table and the forms. */
    public record Part(
            long id,
            boolean child,
            String assignee,
            AssignmentRole role,
            String deadline,
            AssignmentStatus status,
            boolean overdue,
            String progress,
            boolean mine,
            boolean unitPart,
            String wantedDeadline,
            String extensionReason,
            boolean answerable,
            boolean remindable,
            List<ResultFile> results)
            implements Serializable {

        /** A unit's part the caller, as its head, may give to a member. */
        public boolean isAssignable() {
            return mine && unitPart && role != AssignmentRole.INFORMED && status.isOpen();
        }

        /** A part the caller works on: progress and completion. */
        public boolean isWorkable() {
            return mine && role != AssignmentRole.INFORMED && status.isOpen();
        }
    }

    /** A file of a part's result, by its id and name. */
    public record ResultFile(long id, String fileName) implements Serializable {}

    /** A person or unit to choose, by id and name. */
    public record Choice(long id, String name) implements Serializable {}

    private Long id;
    private Caller caller;
    private IncomingStatus status;
    private Long presentedToId;
    private List<Part> parts = List.of();
    private boolean ownLead;

    // presenting
    private Long leaderId;
    private List<Choice> leaders;

    // directing
    private Long onBehalfOfId;
    private Long leadUnitId;
    private Long leadPersonId;
    private List<Long> coordinatingUnitIds = new ArrayList<>();
    private List<Long> informedUnitIds = new ArrayList<>();
    private LocalDate deadline;
    private String comment;
    private List<Choice> units;
    private List<Choice> members;

    // a part: assigning, progress, completion
    private Long partId;
    private Long staffId;
    private LocalDate staffDeadline;
    private String note;
    private String progressText;
    private String completionNote;
    private List<Choice> staff;
    private transient UploadedFile resultUpload;

    // a part: extension, give-back, reminder
    private LocalDate wantedDeadline;
    private String reason;
    private String answerComment;
    private ReminderGrade grade = ReminderGrade.NOTICE;
    private String reminderComment;
    private LocalDate coordinatingDeadline;

    /**
     * Shows the handling of the page's document (read by {@link IncomingDocumentView}): its
     * status, the leader it was presented to, and its parts.
     */
    public void show(IncomingJson document, Long presentedTo) {
        if (document == null || status != null) {
            return;
        }
        id = document.id();
        status = document.status();
        presentedToId = presentedTo;
        List<Assignment> all;
        try {
            all = handling.assignments(id);
        } catch (RuleViolation | EJBAccessException e) {
            return;
        }
        Caller caller = caller();
        boolean head = caller.has(Role.UNIT_HEAD);
        LocalDate today = LocalDate.now(IncomingDocument.VIETNAM);
        List<Part> shown = new ArrayList<>();
        for (Assignment a : all) {
            boolean mine = a.isAssignee(caller.personId(), caller.unitId(), head);
            boolean open = a.getStatus().isOpen() && a.getRole() != AssignmentRole.INFORMED;
            shown.add(new Part(
                    a.getId(),
                    a.getParent() != null,
                    a.assigneeName(),
                    a.getRole(),
                    day(a.getDeadline()),
                    a.getStatus(),
                    a.isOverdue(today),
                    a.getProgress(),
                    mine,
                    a.getUnit() != null,
                    a.getWantedDeadline() == null ? null : day(a.getWantedDeadline()),
                    a.getExtensionReason(),
                    open && a.getWantedDeadline() != null && isAssigner(caller, a),
                    open && !mine && (caller.has(Role.LEADER) || headOf(caller, a)),
                    a.getResults().stream()
                            .map(f -> new ResultFile(f.getId(), f.getFileName()))
                            .toList()));
            if (mine && a.getRole() == AssignmentRole.LEAD && a.getParent() == null) {
                ownLead = true;
            }
        }
        parts = shown;
    }

    /**
     * Whether the caller answers the part's extension request: who gave it, the leader whose
     * direction it was, or any leader for a part of the direction (the boundary decides again).
     */
    private static boolean isAssigner(Caller caller, Assignment a) {
        return a.getAssignedBy().getId() == caller.personId()
                || Objects.equals(a.getOnBehalfOfId(), caller.personId())
                || (a.getParent() == null && caller.has(Role.LEADER));
    }

    /** Whether the caller heads the unit the part belongs to (its own part or its staff's). */
    private static boolean headOf(Caller caller, Assignment a) {
        if (!caller.has(Role.UNIT_HEAD) || caller.unitId() == null) {
            return false;
        }
        Assignment unitPart = a.getUnit() != null ? a : a.getParent();
        return unitPart != null
                && unitPart.getUnit() != null
                && caller.unitId().equals(unitPart.getUnit().getId());
    }

    /** The signed-in person, read once per view. */
    private Caller caller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    // ---- what the caller may do now -----------------------------------------------------------

    public boolean isMayPresent() {
        return caller().has(Role.CLERK) && status == IncomingStatus.REGISTERED;
    }

    public boolean isMayDirect() {
        Caller caller = caller();
        if (status != IncomingStatus.PRESENTED) {
            return false;
        }
        return caller.has(Role.SECRETARY)
                || (caller.has(Role.LEADER) && (presentedToId == null || presentedToId == caller.personId()));
    }

    /** A secretary always enters a direction on a leader's behalf; a leader may name another. */
    public boolean isSecretary() {
        return caller().has(Role.SECRETARY);
    }

    public boolean isMayAssign() {
        return handlingOpen() && parts.stream().anyMatch(Part::isAssignable);
    }

    public boolean isMayWork() {
        return handlingOpen() && parts.stream().anyMatch(Part::isWorkable);
    }

    /** Whether the caller holds the document's lead part (the lead person or the lead unit's head). */
    public boolean isOwnLead() {
        return ownLead;
    }

    public boolean isMayAnswer() {
        return handlingOpen() && parts.stream().anyMatch(Part::answerable);
    }

    public boolean isMayRemind() {
        return handlingOpen() && parts.stream().anyMatch(Part::remindable);
    }

    public boolean isMayComplete() {
        return handlingOpen() && (ownLead || caller().has(Role.LEADER));
    }

    private boolean handlingOpen() {
        return status == IncomingStatus.DIRECTED || status == IncomingStatus.IN_PROGRESS;
    }

    // ---- choices ------------------------------------------------------------------------------

    public List<Choice> getLeaders() {
        if (leaders == null) {
            leaders = people.holding(caller().organId(), Role.LEADER).stream()
                    .map(p -> new Choice(p.getId(), p.getFullName()))
                    .toList();
        }
        return leaders;
    }

    public List<Choice> getUnits() {
        if (units == null) {
            units = unitDirectory.of(caller().organId(), false).stream()
                    .map(u -> new Choice(u.getId(), u.getName()))
                    .toList();
        }
        return units;
    }

    public List<Choice> getMembers() {
        if (members == null) {
            members = people.members(caller().organId()).stream()
                    .map(p -> new Choice(p.getId(), p.getFullName()))
                    .toList();
        }
        return members;
    }

    /** The members of the caller's unit, for a unit head's assignment. */
    public List<Choice> getStaff() {
        if (staff == null) {
            Caller caller = caller();
            staff = people.members(caller.organId()).stream()
                    .filter(p ->
                            p.getUnit() != null && Objects.equals(p.getUnit().getId(), caller.unitId()))
                    .filter(p -> p.getId() != caller.personId())
                    .map(IncomingHandlingView::choice)
                    .toList();
        }
        return staff;
    }

    private static Choice choice(Person p) {
        return new Choice(p.getId(), p.getFullName());
    }

    public List<Part> getAssignableParts() {
        return parts.stream().filter(Part::isAssignable).toList();
    }

    public List<Part> getWorkableParts() {
        return parts.stream().filter(Part::isWorkable).toList();
    }

    public List<Part> getAnswerableParts() {
        return parts.stream().filter(Part::answerable).toList();
    }

    public List<Part> getRemindableParts() {
        return parts.stream().filter(Part::remindable).toList();
    }

    public ReminderGrade[] getGrades() {
        return ReminderGrade.values();
    }

    // ---- actions ------------------------------------------------------------------------------

    public String present() {
        try {
            handling.present(id, leaderId);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "presentForm");
            return null;
        }
        return done("incoming.done.presented");
    }

    public String direct() {
        if (leadUnitId == null && leadPersonId == null) {
            UiFeedback.refused(RuleViolation.invalid("field.required", "leadUnit"), "directForm");
            return null;
        }
        if (leadUnitId != null && leadPersonId != null) {
            UiFeedback.refused(RuleViolation.invalid("incoming.assignee.oneOf", "leadUnit"), "directForm");
            return null;
        }
        DirectionForm form = new DirectionForm(
                onBehalfOfId,
                comment,
                new DirectionForm.Target(leadUnitId, leadPersonId, deadline),
                coordinatingUnitIds.stream()
                        .map(u -> new DirectionForm.Target(
                                u, null, coordinatingDeadline == null ? deadline : coordinatingDeadline))
                        .toList(),
                informedUnitIds.stream()
                        .map(u -> new DirectionForm.Target(u, null, null))
                        .toList());
        try {
            handling.direct(id, form);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "directForm");
            return null;
        }
        return done("incoming.done.directed");
    }

    public String assign() {
        try {
            handling.assign(partId(getAssignableParts()), staffId, staffDeadline, note);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "assignForm");
            return null;
        }
        return done("incoming.done.assigned");
    }

    public String recordProgress() {
        try {
            handling.progress(partId(getWorkableParts()), progressText);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "workForm");
            return null;
        }
        return done("incoming.done.progress");
    }

    /** The assignee attaches a file of the chosen part's result. */
    public String attachResult() {
        if (resultUpload == null || resultUpload.getSize() == 0) {
            UiFeedback.error("file.empty");
            return null;
        }
        try (InputStream content = resultUpload.getInputStream()) {
            handling.attachResult(partId(getWorkableParts()), resultUpload.getFileName(), content);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "resultForm");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done("incoming.done.resultAttached");
    }

    public UploadedFile getResultUpload() {
        return resultUpload;
    }

    public void setResultUpload(UploadedFile resultUpload) {
        this.resultUpload = resultUpload;
    }

    public String completePart() {
        try {
            handling.complete(partId(getWorkableParts()), completionNote);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "workForm");
            return null;
        }
        return done("incoming.done.partCompleted");
    }

    public String requestExtension() {
        try {
            handling.requestExtension(partId(getWorkableParts()), wantedDeadline, reason);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "requestForm");
            return null;
        }
        return done("incoming.done.extensionRequested");
    }

    public String giveBack() {
        try {
            handling.giveBack(partId(getWorkableParts()), reason);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "requestForm");
            return null;
        }
        return done("incoming.done.givenBack");
    }

    public String grantExtension() {
        return answerExtension(true);
    }

    public String refuseExtension() {
        return answerExtension(false);
    }

    private String answerExtension(boolean grant) {
        try {
            handling.answerExtension(partId(getAnswerableParts()), grant, answerComment);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "answerForm");
            return null;
        }
        return done(grant ? "incoming.done.extensionGranted" : "incoming.done.extensionRefused");
    }

    public String remind() {
        try {
            reminders.remind(partId(getRemindableParts()), grade, reminderComment);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "remindForm");
            return null;
        }
        return done("incoming.done.reminded");
    }

    public String completeDocument() {
        try {
            handling.completeDocument(id, completionNote);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "completeForm");
            return null;
        }
        return done("incoming.done.completed");
    }

    /** The chosen part among those offered, or the only one. */
    private long partId(List<Part> offered) {
        if (partId != null && offered.stream().anyMatch(p -> p.id() == partId)) {
            return partId;
        }
        if (offered.isEmpty()) {
            throw RuleViolation.forbidden("incoming.assignment.notAssignee");
        }
        return offered.get(0).id();
    }

    /** Shows the page again, with the outcome as a message that survives the redirect. */
    private String done(String key) {
        UiFeedback.info(key);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/incoming/view?faces-redirect=true&id=" + id;
    }

    public String day(LocalDate date) {
        return VietnamTime.day(date);
    }

    // ---- properties ---------------------------------------------------------------------------

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public List<Part> getParts() {
        return parts;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public void setOnBehalfOfId(Long onBehalfOfId) {
        this.onBehalfOfId = onBehalfOfId;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(Long leadUnitId) {
        this.leadUnitId = leadUnitId;
    }

    public Long getLeadPersonId() {
        return leadPersonId;
    }

    public void setLeadPersonId(Long leadPersonId) {
        this.leadPersonId = leadPersonId;
    }

    public List<Long> getCoordinatingUnitIds() {
        return coordinatingUnitIds;
    }

    public void setCoordinatingUnitIds(List<Long> coordinatingUnitIds) {
        this.coordinatingUnitIds = coordinatingUnitIds == null ? new ArrayList<>() : coordinatingUnitIds;
    }

    public List<Long> getInformedUnitIds() {
        return informedUnitIds;
    }

    public void setInformedUnitIds(List<Long> informedUnitIds) {
        this.informedUnitIds = informedUnitIds == null ? new ArrayList<>() : informedUnitIds;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public Long getPartId() {
        return partId;
    }

    public void setPartId(Long partId) {
        this.partId = partId;
    }

    public Long getStaffId() {
        return staffId;
    }

    public void setStaffId(Long staffId) {
        this.staffId = staffId;
    }

    public LocalDate getStaffDeadline() {
        return staffDeadline;
    }

    public void setStaffDeadline(LocalDate staffDeadline) {
        this.staffDeadline = staffDeadline;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getProgressText() {
        return progressText;
    }

    public void setProgressText(String progressText) {
        this.progressText = progressText;
    }

    public String getCompletionNote() {
        return completionNote;
    }

    public void setCompletionNote(String completionNote) {
        this.completionNote = completionNote;
    }

    public LocalDate getWantedDeadline() {
        return wantedDeadline;
    }

    public void setWantedDeadline(LocalDate wantedDeadline) {
        this.wantedDeadline = wantedDeadline;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAnswerComment() {
        return answerComment;
    }

    public void setAnswerComment(String answerComment) {
        this.answerComment = answerComment;
    }

    public ReminderGrade getGrade() {
        return grade;
    }

    public void setGrade(ReminderGrade grade) {
        this.grade = grade;
    }

    public String getReminderComment() {
        return reminderComment;
    }

    public void setReminderComment(String reminderComment) {
        this.reminderComment = reminderComment;
    }

    public LocalDate getCoordinatingDeadline() {
        return coordinatingDeadline;
    }

    public void setCoordinatingDeadline(LocalDate coordinatingDeadline) {
        this.coordinatingDeadline = coordinatingDeadline;
    }
}
