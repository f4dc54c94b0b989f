package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.incoming.control.IncomingRepository;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDetails;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Electronic arrivals (tiếp nhận văn bản điện tử): documents that other agencies send through the
 * system. They enter {@link vn.gov.qlvb.incoming.entity.IncomingStatus#ARRIVED} with the exact
 * files sent, wait for the recipient's clerk to register them, and may be refused with a reason
 * or recalled by their issuer. Every step publishes {@link
 * vn.gov.qlvb.incoming.entity.ArrivalStatusChanged} (through {@link IncomingHistory}), which is
 * how the sender follows its document without this capability knowing the sender.
 */
@Stateless
@PermitAll
public class IncomingArrivals {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    IncomingHistory history;

    @Inject
    FileStorage storage;

    @Inject
    IncomingRepository documents;

    /**
     * Accepts a document that the calling clerk's agency sends to another agency of this
     * deployment.
     *
     * <ol>
     *   <li>the recipient is an active agency hosted here, not the sender itself;
     *   <li>a secret document is refused ({@code incoming.arrival.secret}): secret documents never
     *       travel electronically;
     *   <li>the description is checked as for any incoming document;
     *   <li>the files are linked as they are (the same stored bytes, nothing re-encoded);
     *   <li>the document is stored as arrived, with its first history entry.
     * </ol>
     */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingDocument accept(ElectronicArrival arrival) {
        Caller caller = callers.current();
        if (arrival == null || arrival.details() == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        Agency recipient = em.find(Agency.class, arrival.receivingAgencyId());
        if (recipient == null
                || recipient.isRemote()
                || !recipient.isActive()
                || recipient.getId() == caller.agencyId()) {
            throw RuleViolation.invalid("incoming.arrival.recipientInvalid", "recipients");
        }
        if (arrival.details().confidentiality() != null
                && arrival.details().confidentiality().isSecret()) {
            throw RuleViolation.invalid("incoming.arrival.secret", "confidentiality");
        }
        Instant now = Instant.now();
        IncomingDocument document =
                IncomingDocument.arrived(recipient, arrival.details(), arrival.externalId(), now, now);
        for (Long id : arrival.attachmentIds()) {
            document.attach(storage.find(id), now);
        }
        em.persist(document);
        history.record(
                document,
                IncomingAction.RECEIVED,
                "Văn bản điện tử từ " + caller.agencyName() + " (" + caller.organId() + ")",
                now);
        return document;
    }

    /**
     * Accepts a document that the interconnection received from another system, after the
     * exchange capability verified its package (signature, registered certificate of the sender,
     * addressee hosted here). No one is signed in: the sender is described by {@code from}.
     *
     * <ol>
     *   <li>the recipient is an active agency hosted here;
     *   <li>a secret document is refused ({@code incoming.arrival.secret});
     *   <li>the same sender's identifier arrives once per recipient: a second time returns the
     *       first copy;
     *   <li>the files are linked as they are; the document is stored as arrived, with its first
     *       history entry naming the sender.
     * </ol>
     */
    public IncomingDocument acceptFromExchange(ElectronicArrival arrival, String from) {
        if (arrival == null || arrival.details() == null || arrival.externalId() == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        Agency recipient = em.find(Agency.class, arrival.receivingAgencyId());
        if (recipient == null || recipient.isRemote() || !recipient.isActive()) {
            throw RuleViolation.invalid("incoming.arrival.recipientInvalid", "recipients");
        }
        if (arrival.details().confidentiality() != null
                && arrival.details().confidentiality().isSecret()) {
            throw RuleViolation.invalid("incoming.arrival.secret", "confidentiality");
        }
        java.util.List<IncomingDocument> earlier = em.createQuery(
                        "SELECT d FROM IncomingDocument d WHERE d.agency = :agency AND d.externalId = :external",
                        IncomingDocument.class)
                .setParameter("agency", recipient)
                .setParameter("external", arrival.externalId())
                .getResultList();
        if (!earlier.isEmpty()) {
            return earlier.get(0);
        }
        Instant now = Instant.now();
        IncomingDocument document =
                IncomingDocument.arrived(recipient, arrival.details(), arrival.externalId(), now, now);
        for (Long id : arrival.attachmentIds()) {
            document.attach(storage.find(id), now);
        }
        em.persist(document);
        history.recordBySystem(document, IncomingAction.RECEIVED, "Văn bản điện tử qua liên thông từ " + from, now);
        return document;
    }

    /**
     * The interconnection received a recall of a document from its sender: every live copy that
     * arrived with {@code externalId} is frozen with the reason (as {@link #recall}). Returns the
     * copies recalled.
     */
    public java.util.List<IncomingDocument> recallFromExchange(String externalId, String reason) {
        java.util.List<IncomingDocument> copies = em.createQuery(
                        "SELECT d FROM IncomingDocument d WHERE d.externalId = :external", IncomingDocument.class)
                .setParameter("external", externalId)
                .getResultList();
        Instant now = Instant.now();
        java.util.List<IncomingDocument> recalled = new java.util.ArrayList<>();
        for (IncomingDocument document : copies) {
            if (document.getStatus() == vn.gov.qlvb.incoming.entity.IncomingStatus.RECALLED) {
                continue;
            }
            document.recall(reason == null || reason.isBlank() ? "Thu hồi qua liên thông" : reason, now);
            partsOf(document).forEach(a -> a.close(now));
            history.recordBySystem(document, IncomingAction.RECALLED, document.getRecallReason(), now);
            recalled.add(document);
        }
        return recalled;
    }

    /**
     * What came of a change the sender asked for through the interconnection (an update, a
     * replacement) on one recipient's copy: applied, or refused with the reason the sender is
     * told (nothing changed then).
     *
     * @param copy the recipient's copy concerned, when there is one
     * @param refusal why it could not be applied; {@code null} when applied
     */
    public record SenderChange(IncomingDocument copy, String refusal) {

        public boolean applied() {
            return refusal == null;
        }
    }

    /**
     * The interconnection received an update of a document from its sender, for the recipient
     * agency {@code agencyId}: its copy that arrived with {@code externalId} takes the fields the
     * sender changed ({@link IncomingDocument#updateFromSender}), with the history entry "Cập nhật
     * từ nơi gửi" naming them and the sender's {@code note}. Refused, with nothing changed, when
     * the recipient has no such copy, when the copy was returned or recalled, or when the new
     * values do not pass the checks.
     */
    public SenderChange updateFromExchange(
            long agencyId, String externalId, IncomingDetails sent, boolean info, boolean receivers, String note) {
        java.util.Optional<IncomingDocument> found = copyOf(agencyId, externalId);
        if (found.isEmpty()) {
            return new SenderChange(null, "Không có văn bản này tại nơi nhận");
        }
        IncomingDocument copy = found.get();
        Instant now = Instant.now();
        java.util.List<String> changed;
        try {
            changed = copy.updateFromSender(sent, info, receivers, now);
        } catch (RuleViolation refused) {
            // a plain method of the entity: no EJB boundary was crossed, the transaction goes on
            return new SenderChange(copy, refusalOf(refused));
        }
        String detail = (note == null || note.isBlank() ? "" : note.strip() + ". ")
                + (changed.isEmpty()
                        ? "Không có trường nào thay đổi"
                        : "Trường thay đổi: " + String.join(", ", changed));
        if (changed.contains("urgency")) {
            // the parts sort by the urgency they keep: they follow the sender's new urgency
            partsOf(copy).forEach(a -> a.followUrgency(copy.getUrgency()));
        }
        history.recordBySystem(copy, IncomingAction.UPDATED_BY_SENDER, cut(detail, 1000), now);
        return new SenderChange(copy, null);
    }

    /**
     * The interconnection received {@code newer} (already accepted as an arrival of the same
     * recipient) replacing the document that arrived with {@code replacedExternalId}: that copy
     * is frozen as by a recall and points to the newer one; both get a history entry. Refused
     * when the recipient has no such copy or it was returned or recalled before.
     */
    public SenderChange replaceFromExchange(String replacedExternalId, IncomingDocument newer) {
        java.util.Optional<IncomingDocument> found = copyOf(newer.getAgency().getId(), replacedExternalId);
        if (found.isEmpty()) {
            return new SenderChange(null, "Không có văn bản bị thay thế tại nơi nhận");
        }
        IncomingDocument old = found.get();
        Instant now = Instant.now();
        String reason = "Được thay thế bởi văn bản số " + newer.numberAndNotation();
        try {
            old.replacedBy(newer, reason, now);
        } catch (RuleViolation refused) {
            return new SenderChange(old, refusalOf(refused));
        }
        partsOf(old).forEach(a -> a.close(now));
        history.recordBySystem(old, IncomingAction.REPLACED, reason, now);
        history.recordBySystem(
                newer,
                IncomingAction.REPLACED,
                "Thay thế văn bản số " + old.numberAndNotation()
                        + (old.getArrivalNumber() == null ? "" : " (số đến " + old.getArrivalNumber() + ")"),
                now);
        return new SenderChange(old, null);
    }

    private java.util.Optional<IncomingDocument> copyOf(long agencyId, String externalId) {
        return em.createQuery(
                        "SELECT d FROM IncomingDocument d WHERE d.agency.id = :agency AND d.externalId = :external"
                                + " ORDER BY d.id",
                        IncomingDocument.class)
                .setParameter("agency", agencyId)
                .setParameter("external", externalId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The reason a sender is told, in Vietnamese, for a change its recipient's copy refuses. */
    private static String refusalOf(RuleViolation refused) {
        return switch (refused.code()) {
            case "incoming.update.notPossible",
                    "incoming.replace.notPossible" -> "Văn bản tại nơi nhận đã bị trả lại hoặc thu hồi, không áp dụng được";
            default -> "Thông tin cập nhật không hợp lệ (" + refused.code() + ")";
        };
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /**
     * The recipient's clerk refuses an arrived document and returns it to its sender with a
     * reason; see {@link IncomingDocument#refuse}.
     */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingDocument refuse(long documentId, String reason) {
        Caller caller = callers.current();
        IncomingDocument document = documents.visible(caller, documentId);
        Instant now = Instant.now();
        document.refuse(reason, now);
        history.record(document, IncomingAction.RETURNED_TO_SENDER, document.getReturnReason(), now);
        return document;
    }

    /**
     * The issuer recalls a document it sent: the recipient's copy is frozen with the reason, its
     * open parts are closed, and it leaves every list. Only the agency whose clerk sent it recalls
     * it: the identifier it arrived with starts with the sender's {@code OrganId} and must match
     * ({@code incoming.notFound} otherwise).
     */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingDocument recall(long documentId, String externalId, String reason) {
        Caller caller = callers.current();
        IncomingDocument document = em.find(IncomingDocument.class, documentId);
        if (document == null
                || !document.isElectronicArrival()
                || externalId == null
                || !externalId.startsWith(caller.organId() + "/")
                || !externalId.equals(document.getExternalId())) {
            throw RuleViolation.notFound("incoming.notFound");
        }
        Instant now = Instant.now();
        document.recall(reason, now);
        partsOf(document).forEach(a -> a.close(now));
        history.record(document, IncomingAction.RECALLED, document.getRecallReason(), now);
        return document;
    }

    /** The parts (assignments) of a document. */
    private java.util.List<Assignment> partsOf(IncomingDocument document) {
        return em.createQuery("SELECT a FROM Assignment a WHERE a.document = :document", Assignment.class)
                .setParameter("document", document)
                .getResultList();
    }
}
