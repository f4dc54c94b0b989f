package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.gov.qlvb.files.boundary.FileContent;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.incoming.control.IncomingRepository;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.AssignmentRole;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingEvent;
import vn.gov.qlvb.incoming.entity.RoutingRule;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.boundary.Delegations;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Presenting, directing and handling incoming documents (Decree 30, Art. 21–24): the clerk
 * presents, the leader (or the leader's secretary, or a deputy under delegation) directs, unit
 * heads redistribute, staff report, ask for more time, give back or complete, and the lead
 * completes the document. Each step is checked by the entities before anything is stored and
 * recorded in the document's history in the same transaction, with the person on whose behalf
 * it was done.
 *
 * <p>A leader's routing rule ({@link RoutingRule}: a document type straight to a unit as lead)
 * lets the clerk send a document to that unit at once; it is recorded as a direction on the
 * leader's behalf.
 */
@Stateless
@PermitAll
public class IncomingHandling {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    IncomingRepository documents;

    @Inject
    IncomingHistory history;

    @Inject
    Delegations delegations;

    @Inject
    FileStorage storage;

    /**
     * The clerk presents a registered document to a leader of the agency, or, without {@code
     * leaderId}, sends it straight to a unit when a routing rule covers its type (see {@link
     * #route}), else to the agency's leaders as a whole.
     *
     * <ol>
     *   <li>the document is the agency's ({@code incoming.notFound});
     *   <li>the leader is an active person of the agency holding the leader role ({@code
     *       incoming.present.notLeader});
     *   <li>the document is registered and not presented before ({@code incoming.notRegistered},
     *       {@code incoming.alreadyPresented}).
     * </ol>
     */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingDocument present(long documentId, Long leaderId) {
        Caller caller = callers.current();
        IncomingDocument document = documents.visible(caller, documentId);
        Person leader = null;
        if (leaderId != null) {
            leader = leader(caller, leaderId, "leaderId", "incoming.present.notLeader");
        }
        Instant now = Instant.now();
        if (leaderId == null) {
            List<RoutingRule> rules = em.createQuery(
                            "SELECT r FROM RoutingRule r WHERE r.agency.id = :agency AND r.documentType = :type",
                            RoutingRule.class)
                    .setParameter("agency", caller.agencyId())
                    .setParameter("type", document.getDocumentType())
                    .getResultList();
            if (!rules.isEmpty()) {
                return route(caller, document, rules.get(0), now);
            }
        }
        document.present(leaderId, now);
        history.record(
                document,
                IncomingAction.PRESENTED,
                leader == null ? "Trình lãnh đạo cơ quan" : "Trình " + leader.getFullName(),
                now);
        return document;
    }

    /**
     * Sends a registered document straight to the lead unit of a routing rule: presented and
     * directed in one step, the direction given by the clerk on behalf of the leader who set the
     * rule, due on the document's own deadline or the rule's number of days after arrival.
     */
    private IncomingDocument route(Caller caller, IncomingDocument document, RoutingRule rule, Instant now) {
        Person leader = rule.getSetBy();
        IncomingEvent.Actor onBehalfOf = new IncomingEvent.Actor(leader.getId(), leader.getFullName());
        document.present(null, now);
        history.record(
                document,
                IncomingAction.PRESENTED,
                "Chuyển thẳng theo quy tắc: " + rule.getLeadUnit().getName(),
                onBehalfOf,
                now);
        String comment = "Theo quy tắc chuyển văn bản của " + leader.getFullName();
        document.direct(leader.getId(), comment, now);
        Assignment lead = Assignment.directed(
                document,
                AssignmentRole.LEAD,
                rule.getLeadUnit(),
                null,
                rule.deadlineFor(document),
                em.find(Person.class, caller.personId()),
                leader.getId(),
                now);
        em.persist(lead);
        history.record(document, IncomingAction.DIRECTED, describe(List.of(lead), comment), onBehalfOf, now);
        return document;
    }

    /**
     * A leader's direction on a presented document.
     *
     * <ol>
     *   <li>whose direction it is: the caller's own as a leader, or — with {@code onBehalfOfId} —
     *       a leader's entered by a secretary, or given by a deputy holding that leader's
     *       delegation in force today ({@code incoming.direct.noDelegation}); the history names
     *       both;
     *   <li>a document presented to one leader is directed by that leader only ({@code
     *       incoming.direct.notPresentedToYou});
     *   <li>the document is presented and not directed before ({@code incoming.notPresented},
     *       {@code incoming.alreadyDirected});
     *   <li>exactly one lead; every unit or person of the agency, none twice ({@code
     *       incoming.direction.duplicateAssignee}); deadlines not before the arrival date.
     * </ol>
     */
    @RolesAllowed({Role.Names.LEADER, Role.Names.SECRETARY})
    public List<Assignment> direct(long documentId, DirectionForm form) {
        Caller caller = callers.current();
        if (form == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        IncomingDocument document = documents.visible(caller, documentId);
        Person by = em.find(Person.class, caller.personId());
        Person authority;
        IncomingEvent.Actor onBehalfOf = null;
        if (form.onBehalfOfId() == null || form.onBehalfOfId() == caller.personId()) {
            if (!caller.has(Role.LEADER)) {
                throw RuleViolation.invalid("field.required", "onBehalfOfId");
            }
            authority = by;
        } else {
            authority = leader(caller, form.onBehalfOfId(), "onBehalfOfId", "incoming.direct.onBehalfOf.notLeader");
            if (!caller.has(Role.SECRETARY)
                    && delegations.inForce(authority.getId()).isEmpty()) {
                throw RuleViolation.forbidden("incoming.direct.noDelegation");
            }
            onBehalfOf = new IncomingEvent.Actor(authority.getId(), authority.getFullName());
        }
        if (document.getPresentedToId() != null && !document.getPresentedToId().equals(authority.getId())) {
            throw RuleViolation.forbidden("incoming.direct.notPresentedToYou");
        }
        Instant now = Instant.now();
        document.direct(authority.getId(), form.comment(), now);
        if (form.lead() == null) {
            throw RuleViolation.invalid("field.required", "lead");
        }
        Long behalf = onBehalfOf == null ? null : authority.getId();
        List<Assignment> parts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        parts.add(part(document, AssignmentRole.LEAD, form.lead(), null, by, behalf, seen, now));
        for (DirectionForm.Target t : form.coordinating()) {
            parts.add(part(document, AssignmentRole.COORDINATING, t, form.lead().deadline(), by, behalf, seen, now));
        }
        for (DirectionForm.Target t : form.informed()) {
            parts.add(part(document, AssignmentRole.INFORMED, t, null, by, behalf, seen, now));
        }
        parts.forEach(em::persist);
        history.record(
                document, IncomingAction.DIRECTED, describe(parts, document.getDirectionComment()), onBehalfOf, now);
        return parts;
    }

    private Assignment part(
            IncomingDocument document,
            AssignmentRole role,
            DirectionForm.Target target,
            LocalDate defaultDeadline,
            Person by,
            Long onBehalfOfId,
            Set<String> seen,
            Instant now) {
        Unit unit = target.unitId() == null ? null : em.find(Unit.class, target.unitId());
        Person person = target.personId() == null ? null : em.find(Person.class, target.personId());
        if (target.unitId() != null && unit == null) {
            throw RuleViolation.invalid("incoming.assignee.invalid", "unitId");
        }
        if (target.personId() != null && person == null) {
            throw RuleViolation.invalid("incoming.assignee.invalid", "personId");
        }
        LocalDate deadline = target.deadline() == null ? defaultDeadline : target.deadline();
        Assignment part = Assignment.directed(document, role, unit, person, deadline, by, onBehalfOfId, now);
        String key = unit != null ? "U" + unit.getId() : "P" + person.getId();
        if (!seen.add(key)) {
            throw RuleViolation.invalid(
                    "incoming.direction.duplicateAssignee",
                    role == AssignmentRole.LEAD ? "lead" : role.name().toLowerCase());
        }
        return part;
    }

    private static String describe(List<Assignment> parts, String comment) {
        StringBuilder s = new StringBuilder();
        for (AssignmentRole role : AssignmentRole.values()) {
            List<Assignment> of =
                    parts.stream().filter(a -> a.getRole() == role).toList();
            if (of.isEmpty()) {
                continue;
            }
            s.append(
                    switch (role) {
                        case LEAD -> "Chủ trì: ";
                        case COORDINATING -> "Phối hợp: ";
                        case INFORMED -> "Để biết: ";
                    });
            s.append(String.join(
                    ", ",
                    of.stream()
                            .map(a -> a.assigneeName()
                                    + (a.getDeadline() == null ? "" : " (hạn " + a.getDeadline() + ")"))
                            .toList()));
            s.append(". ");
        }
        if (comment != null) {
            s.append("Ý kiến: ").append(comment);
        }
        return s.toString().strip();
    }

    /** Every part of the document's handling, in the order given. */
    public List<Assignment> assignments(long documentId) {
        Caller caller = callers.current();
        IncomingDocument document = documents.visible(caller, documentId);
        return em.createQuery("SELECT a FROM Assignment a WHERE a.document = :document ORDER BY a.id", Assignment.class)
                .setParameter("document", document)
                .getResultList();
    }

    /**
     * A unit head gives the unit's part to a member of the unit, not due later than the unit's
     * part ({@link Assignment#redistribute}); only the head of that unit may ({@code
     * incoming.assignment.notAssignee}).
     */
    @RolesAllowed(Role.Names.UNIT_HEAD)
    public Assignment assign(long assignmentId, Long personId, LocalDate deadline, String note) {
        Caller caller = callers.current();
        Assignment unitPart = asAssignee(caller, assignmentId);
        IncomingDocument document = unitPart.getDocument();
        document.requireHandling();
        if (personId == null) {
            throw RuleViolation.invalid("field.required", "personId");
        }
        Person staff = em.find(Person.class, personId);
        if (staff == null || !staff.getAgency().getId().equals(caller.agencyId()) || !staff.isActive()) {
            throw RuleViolation.invalid("incoming.assignee.invalid", "personId");
        }
        Instant now = Instant.now();
        Assignment child = unitPart.redistribute(staff, deadline, em.find(Person.class, caller.personId()), now);
        em.persist(child);
        document.startHandling(now);
        String n = note == null || note.isBlank() ? "" : ". " + note.strip();
        history.record(
                document,
                IncomingAction.ASSIGNED,
                unitPart.assigneeName() + " → " + staff.getFullName() + " (hạn " + deadline + ")" + n,
                now);
        return child;
    }

    /** The assignee records progress (text). */
    public Assignment progress(long assignmentId, String text) {
        Caller caller = callers.current();
        Assignment a = asAssignee(caller, assignmentId);
        a.getDocument().requireHandling();
        Instant now = Instant.now();
        a.recordProgress(text, now);
        a.getDocument().startHandling(now);
        history.record(a.getDocument(), IncomingAction.PROGRESS, a.assigneeName() + ": " + a.getProgress(), now);
        return a;
    }

    /**
     * The assignee attaches a file of their part's result (a draft answer, a report): the part is
     * theirs, open and not for information only, and the document is being handled; the bytes go
     * to the content store, checked for type and size. Recorded in the document's history.
     */
    public Assignment attachResult(long assignmentId, String fileName, InputStream content) {
        Caller caller = callers.current();
        Assignment a = asAssignee(caller, assignmentId);
        a.getDocument().requireHandling();
        // checked before the bytes are stored: a refused upload leaves no file behind
        a.requireResultsAccepted();
        Instant now = Instant.now();
        Attachment file = storage.store(fileName, content, caller.personId());
        a.attachResult(file, now);
        a.getDocument().startHandling(now);
        history.record(
                a.getDocument(), IncomingAction.RESULT_ATTACHED, a.assigneeName() + ": " + file.getFileName(), now);
        return a;
    }

    /** Opens a result file of a part of a document the caller sees; the opening is recorded. */
    public FileContent openResult(long assignmentId, long attachmentId) {
        Caller caller = callers.current();
        Assignment a = visibleAssignment(caller, assignmentId);
        Attachment file = a.getResults().stream()
                .filter(f -> f.getId() == attachmentId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("file.notFound"));
        history.record(a.getDocument(), IncomingAction.DOWNLOADED, file.getFileName(), Instant.now());
        return storage.open(file.getId());
    }

    /** The assignee asks the assigner for a later deadline. */
    public Assignment requestExtension(long assignmentId, LocalDate wanted, String reason) {
        Caller caller = callers.current();
        Assignment a = asAssignee(caller, assignmentId);
        a.getDocument().requireHandling();
        a.requestExtension(wanted, reason);
        history.record(
                a.getDocument(),
                IncomingAction.EXTENSION_REQUESTED,
                a.assigneeName() + ": hạn " + a.getDeadline() + " → " + wanted
                        + (a.getExtensionReason() == null ? "" : ". " + a.getExtensionReason()),
                Instant.now());
        return a;
    }

    /**
     * The assigner (the person who gave the part, the leader whose direction it was, or — for a
     * part of the direction — any leader of the agency) grants or refuses the pending extension
     * ({@code incoming.extension.notAssigner}).
     */
    public Assignment answerExtension(long assignmentId, boolean grant, String comment) {
        Caller caller = callers.current();
        Assignment a = visibleAssignment(caller, assignmentId);
        boolean assigner = a.getAssignedBy().getId() == caller.personId()
                || (a.getOnBehalfOfId() != null && a.getOnBehalfOfId() == caller.personId())
                || (a.getParent() == null && caller.has(Role.LEADER));
        if (!assigner) {
            throw RuleViolation.forbidden("incoming.extension.notAssigner");
        }
        a.getDocument().requireHandling();
        LocalDate wanted = a.getWantedDeadline();
        a.answerExtension(grant);
        String c = comment == null || comment.isBlank() ? "" : ". " + comment.strip();
        history.record(
                a.getDocument(),
                grant ? IncomingAction.EXTENSION_GRANTED : IncomingAction.EXTENSION_REFUSED,
                a.assigneeName() + ": " + (grant ? "gia hạn đến " + wanted : "không gia hạn") + c,
                Instant.now());
        return a;
    }

    /** The assignee gives the part back to the assigner with a reason. */
    public Assignment giveBack(long assignmentId, String reason) {
        Caller caller = callers.current();
        Assignment a = asAssignee(caller, assignmentId);
        a.getDocument().requireHandling();
        Instant now = Instant.now();
        a.giveBack(reason, now);
        history.record(
                a.getDocument(), IncomingAction.HANDLER_RETURNED, a.assigneeName() + ": " + a.getReturnReason(), now);
        return a;
    }

    /** The assignee completes their part. */
    public Assignment complete(long assignmentId, String note) {
        Caller caller = callers.current();
        Assignment a = asAssignee(caller, assignmentId);
        a.getDocument().requireHandling();
        Instant now = Instant.now();
        a.complete(note, now);
        a.getDocument().startHandling(now);
        history.record(
                a.getDocument(),
                IncomingAction.ASSIGNMENT_COMPLETED,
                a.assigneeName() + (a.getCompletionNote() == null ? "" : ": " + a.getCompletionNote()),
                now);
        return a;
    }

    /**
     * The lead completes the whole document: the lead assignee (the person, or the head of the
     * lead unit) or a leader of the agency ({@code incoming.complete.notLead}). The document
     * must be directed and not completed; the caller's own open lead part is completed, every
     * other open part is closed.
     */
    public IncomingDocument completeDocument(long documentId, String note) {
        Caller caller = callers.current();
        IncomingDocument document = documents.visible(caller, documentId);
        List<Assignment> parts = em.createQuery(
                        "SELECT a FROM Assignment a WHERE a.document = :document ORDER BY a.id", Assignment.class)
                .setParameter("document", document)
                .getResultList();
        boolean unitHead = caller.has(Role.UNIT_HEAD);
        List<Assignment> ownLead = parts.stream()
                .filter(a -> a.getRole() == AssignmentRole.LEAD
                        && a.getParent() == null
                        && a.isAssignee(caller.personId(), caller.unitId(), unitHead))
                .toList();
        if (ownLead.isEmpty() && !caller.has(Role.LEADER)) {
            throw RuleViolation.forbidden("incoming.complete.notLead");
        }
        Instant now = Instant.now();
        document.complete(now);
        for (Assignment a : parts) {
            if (ownLead.contains(a) && a.getStatus().isOpen()) {
                a.complete(note, now);
            } else {
                a.close(now);
            }
        }
        String n = note == null || note.isBlank() ? "" : note.strip();
        history.record(document, IncomingAction.COMPLETED, n.isEmpty() ? "Hoàn thành" : "Hoàn thành: " + n, now);
        return document;
    }

    /**
     * The assignment if its document is visible to the caller, else {@code
     * incoming.assignment.notFound} or {@code incoming.notFound}.
     */
    Assignment visibleAssignment(Caller caller, long assignmentId) {
        Assignment a = em.find(Assignment.class, assignmentId);
        if (a == null || a.getDocument().getAgency().getId() != caller.agencyId()) {
            throw RuleViolation.notFound("incoming.assignment.notFound");
        }
        // a document hidden from the caller answers incoming.notFound (a RuleViolation cannot be
        // caught here: it marks the transaction for rollback)
        documents.visible(caller, a.getDocument().getId());
        return a;
    }

    /** The assignment if the caller acts as its assignee, else {@code incoming.assignment.notAssignee}. */
    Assignment asAssignee(Caller caller, long assignmentId) {
        Assignment a = visibleAssignment(caller, assignmentId);
        if (!a.isAssignee(caller.personId(), caller.unitId(), caller.has(Role.UNIT_HEAD))) {
            throw RuleViolation.forbidden("incoming.assignment.notAssignee");
        }
        return a;
    }

    private Person leader(Caller caller, long personId, String field, String code) {
        Person p = em.find(Person.class, personId);
        if (p == null || !p.getAgency().getId().equals(caller.agencyId()) || !p.isActive()) {
            throw RuleViolation.invalid(code, field);
        }
        boolean leads = em.createQuery("SELECT a FROM Account a WHERE a.person = :person", Account.class)
                .setParameter("person", p)
                .getResultStream()
                .anyMatch(a -> a.has(Role.LEADER));
        if (!leads) {
            throw RuleViolation.invalid(code, field);
        }
        return p;
    }
}
