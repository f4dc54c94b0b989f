package vn.gov.qlvb.outgoing.boundary;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.outgoing.control.OutgoingRepository;
import vn.gov.qlvb.outgoing.control.SignerStandings;
import vn.gov.qlvb.outgoing.entity.DraftVersion;
import vn.gov.qlvb.outgoing.entity.OpinionAnswer;
import vn.gov.qlvb.outgoing.entity.OpinionRequest;
import vn.gov.qlvb.outgoing.entity.OutgoingAction;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.ReviewStep;
import vn.gov.qlvb.outgoing.entity.ReviewStepKind;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Drafting and review (dự thảo, trình duyệt, lấy ý kiến): the author writes the draft and
 * uploads versions of its file, submits it up the review chain; each step approves, comments or
 * returns it; opinions are asked and answered. Every step is checked whole before anything is
 * stored, and recorded in the document's history in the same transaction.
 */
@Stateless
@PermitAll
public class OutgoingDrafting {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    OutgoingRepository documents;

    @Inject
    OutgoingHistory history;

    @Inject
    FileStorage storage;

    @Inject
    SignerStandings standings;

    @Inject
    ReviewChains chains;

    /**
     * A new draft of the caller's unit.
     *
     * <ol>
     *   <li>the description is checked (type, subject, lengths);
     *   <li>the signer is a person of the agency competent to sign: a leader, a unit head, or a
     *       holder of a delegation in force ({@code outgoing.signer.notCompetent});
     *   <li>the recipients exist in the directory, are other agencies, and a secret draft has none;
     *   <li>the answered incoming documents are the agency's and the caller sees them.
     * </ol>
     */
    @RolesAllowed({
        Role.Names.SPECIALIST,
        Role.Names.UNIT_HEAD,
        Role.Names.LEADER,
        Role.Names.CLERK,
        Role.Names.SECRETARY
    })
    public OutgoingDocument create(DraftForm form) {
        Caller caller = callers.current();
        if (form == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        Instant now = Instant.now();
        Person author = em.find(Person.class, caller.personId());
        OutgoingDocument document = new OutgoingDocument(author, signer(form), form.details(), now);
        document.addressTo(recipients(form.recipientOrganIds()), now);
        document.answer(answered(caller, form.answersIncomingIds()), now);
        em.persist(document);
        history.record(document, OutgoingAction.CREATED, document.getSubject(), now);
        return document;
    }

    /** Changes a draft's description, signer, recipients and answered documents (its author). */
    public OutgoingDocument update(long id, DraftForm form) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        requireDrafter(caller, document);
        if (form == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        Instant now = Instant.now();
        Person signer = signer(form);
        List<Agency> recipients = recipients(form.recipientOrganIds());
        if (form.details() != null
                && form.details().confidentiality() != null
                && form.details().confidentiality().isSecret()
                && !recipients.isEmpty()) {
            throw RuleViolation.invalid("outgoing.secret.outsideRecipient", "recipients");
        }
        if (form.details() != null
                && form.details().confidentiality() != null
                && form.details().confidentiality().isSecret()) {
            document.addressTo(List.of(), now);
            document.describe(form.details(), signer, now);
        } else {
            // the same agencies keep their rows: removing and adding them again would clash
            document.describe(form.details(), signer, now);
            document.addressTo(recipients, now);
        }
        document.answer(answered(caller, form.answersIncomingIds()), now);
        history.record(document, OutgoingAction.UPDATED, document.getSubject(), now);
        return document;
    }

    /**
     * Uploads a new version of the main file: the author while drafting, or the reviewer whose
     * step it is (III.1.n: the authority edits the draft). Earlier versions stay.
     */
    public DraftVersion addVersion(long id, String fileName, InputStream content) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        boolean reviewer =
                document.getCurrentReviewerId() != null && document.getCurrentReviewerId() == caller.personId();
        if (!reviewer) {
            requireDrafter(caller, document);
        }
        document.requireEditable();
        Attachment file = storage.store(fileName, content, caller.personId());
        Instant now = Instant.now();
        DraftVersion version = document.addDraftVersion(file, caller.personId(), caller.fullName(), now);
        em.flush();
        history.record(
                document,
                OutgoingAction.VERSION_ADDED,
                "Phiên bản " + version.getNumber() + ": " + file.getFileName(),
                now);
        return version;
    }

    /**
     * Submits the draft up its review chain: the chain set for the agency and the type (or the
     * agency's default, or unit head → office → leader), each step given to a person now; steps
     * without anybody to act, or where the author would review their own draft, are skipped.
     */
    public OutgoingDocument submit(long id) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        requireDrafter(caller, document);
        Instant now = Instant.now();
        List<ReviewStep> chain = chainFor(document);
        document.submit(chain, now);
        history.record(
                document,
                OutgoingAction.SUBMITTED,
                chain.isEmpty()
                        ? "Không có bước duyệt"
                        : String.join(
                                " → ",
                                chain.stream().map(ReviewStep::getReviewerName).toList()),
                now);
        return document;
    }

    /** The current step's reviewer approves, with an optional comment. */
    public OutgoingDocument approve(long id, String comment) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        Instant now = Instant.now();
        document.approve(caller.personId(), now);
        history.record(document, OutgoingAction.APPROVED, blankToNull(comment), now);
        return document;
    }

    /** The current step's reviewer returns the draft to its author with a reason. */
    public OutgoingDocument giveBack(long id, String reason) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        Instant now = Instant.now();
        document.giveBack(caller.personId(), reason, now);
        history.record(document, OutgoingAction.RETURNED, document.getReturnReason(), now);
        return document;
    }

    /** A comment on the draft by anyone who sees it while it is drafted or reviewed. */
    public OutgoingDocument comment(long id, String comment) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        document.requireEditable();
        String c = blankToNull(comment);
        if (c == null) {
            throw RuleViolation.invalid("field.required", "comment");
        }
        if (c.length() > 2000) {
            throw RuleViolation.invalid("field.tooLong", "comment", 2000);
        }
        history.record(document, OutgoingAction.COMMENTED, c, Instant.now());
        return document;
    }

    /**
     * Asks people and units of the agency for their opinion by {@code deadline} (the author, a
     * reviewer of the chain, or the drafting unit's head).
     */
    public List<OpinionRequest> requestOpinions(long id, List<Long> personIds, List<Long> unitIds, LocalDate deadline) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        if (!document.involves(caller.personId()) && !headsDraftingUnit(caller, document)) {
            throw RuleViolation.forbidden("access.denied");
        }
        List<Long> people = personIds == null ? List.of() : personIds;
        List<Long> units = unitIds == null ? List.of() : unitIds;
        if (people.isEmpty() && units.isEmpty()) {
            throw RuleViolation.invalid("field.required", "addressees");
        }
        Instant now = Instant.now();
        List<OpinionRequest> asked = new ArrayList<>();
        for (Long pid : people) {
            Person p = pid == null ? null : em.find(Person.class, pid);
            if (p == null || p.getAgency().getId() != caller.agencyId() || !p.isActive()) {
                throw RuleViolation.invalid("outgoing.opinion.addressee", "addressees");
            }
            asked.add(new OpinionRequest(document, p, null, deadline, caller.personId(), now));
        }
        for (Long uid : units) {
            Unit u = uid == null ? null : em.find(Unit.class, uid);
            if (u == null || u.getAgency().getId() != caller.agencyId() || !u.isActive()) {
                throw RuleViolation.invalid("outgoing.opinion.addressee", "addressees");
            }
            asked.add(new OpinionRequest(document, null, u, deadline, caller.personId(), now));
        }
        asked.forEach(em::persist);
        history.record(
                document,
                OutgoingAction.OPINION_REQUESTED,
                String.join(
                                ", ",
                                asked.stream()
                                        .map(OpinionRequest::getAddresseeName)
                                        .toList()) + " — hạn " + deadline,
                now);
        return asked;
    }

    /** The addressee (or the head of the unit asked) answers a request for opinion. */
    public OpinionRequest answerOpinion(long opinionId, OpinionAnswer answer, String comment) {
        Caller caller = callers.current();
        OpinionRequest request = opinion(caller, opinionId);
        boolean addressee = request.getPerson() != null
                ? request.getPerson().getId() == caller.personId()
                : caller.has(Role.UNIT_HEAD) && request.getUnit().getId().equals(caller.unitId());
        if (!addressee) {
            throw RuleViolation.forbidden("access.denied");
        }
        request.getDocument().requireEditable();
        Instant now = Instant.now();
        request.answer(answer, comment, caller.personId(), caller.fullName(), now);
        history.record(
                request.getDocument(),
                OutgoingAction.OPINION_ANSWERED,
                request.getAddresseeName() + ": " + answer
                        + (request.getComment() == null ? "" : " — " + request.getComment()),
                now);
        return request;
    }

    /** The one who asked, or the author, gives an unanswered request a later deadline. */
    public OpinionRequest extendOpinion(long opinionId, LocalDate deadline) {
        Caller caller = callers.current();
        OpinionRequest request = opinion(caller, opinionId);
        if (request.getAskedBy() != caller.personId()
                && request.getDocument().getAuthor().getId() != caller.personId()) {
            throw RuleViolation.forbidden("access.denied");
        }
        request.getDocument().requireEditable();
        request.extend(deadline);
        history.record(
                request.getDocument(),
                OutgoingAction.OPINION_EXTENDED,
                request.getAddresseeName() + " — hạn mới " + deadline,
                Instant.now());
        return request;
    }

    /** The requests for opinion on a document the caller sees. */
    public List<OpinionRequest> opinions(long id) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        return em.createQuery(
                        "SELECT o FROM OpinionRequest o WHERE o.document = :document ORDER BY o.id",
                        OpinionRequest.class)
                .setParameter("document", document)
                .getResultList();
    }

    /**
     * Produces and keeps the summary of the answers (bản tổng hợp ý kiến): the count of each
     * answer and of those still missing, then every answer with its comment.
     */
    public OutgoingDocument summariseOpinions(long id) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        if (!document.involves(caller.personId()) && !headsDraftingUnit(caller, document)) {
            throw RuleViolation.forbidden("access.denied");
        }
        List<OpinionRequest> all = opinions(id);
        if (all.isEmpty()) {
            throw RuleViolation.conflict("outgoing.opinion.none", null);
        }
        Map<OpinionAnswer, Integer> counts = new EnumMap<>(OpinionAnswer.class);
        int missing = 0;
        StringBuilder lines = new StringBuilder();
        for (OpinionRequest o : all) {
            if (o.isAnswered()) {
                counts.merge(o.getAnswer(), 1, Integer::sum);
                lines.append("\n- ").append(o.getAddresseeName()).append(": ").append(label(o.getAnswer()));
                if (o.getComment() != null) {
                    lines.append(" — ").append(o.getComment());
                }
            } else {
                missing++;
            }
        }
        String summary = "Nhất trí: " + counts.getOrDefault(OpinionAnswer.AGREE, 0) + "; Không nhất trí: "
                + counts.getOrDefault(OpinionAnswer.DISAGREE, 0) + "; Ý kiến khác: "
                + counts.getOrDefault(OpinionAnswer.OTHER, 0) + "; Chưa trả lời: " + missing + lines;
        Instant now = Instant.now();
        document.keepOpinionSummary(summary, now);
        history.record(document, OutgoingAction.OPINIONS_SUMMARISED, summary, now);
        return document;
    }

    private static String label(OpinionAnswer a) {
        return switch (a) {
            case AGREE -> "Nhất trí";
            case DISAGREE -> "Không nhất trí";
            case OTHER -> "Ý kiến khác";
        };
    }

    private OpinionRequest opinion(Caller caller, long opinionId) {
        OpinionRequest request = em.find(OpinionRequest.class, opinionId);
        if (request == null) {
            throw RuleViolation.notFound("outgoing.notFound");
        }
        documents.visible(caller, request.getDocument().getId());
        return request;
    }

    /** The review chain of the document's agency and type, each step given to a person. */
    List<ReviewStep> chainFor(OutgoingDocument document) {
        List<ReviewStepKind> kinds = chains.of(document.getDocumentType());
        List<ReviewStep> steps = new ArrayList<>();
        for (ReviewStepKind kind : kinds) {
            Person reviewer = reviewerFor(kind, document);
            if (reviewer == null || reviewer.getId().equals(document.getAuthor().getId())) {
                continue;
            }
            if (steps.stream().anyMatch(s -> s.getReviewerId() == reviewer.getId())) {
                continue;
            }
            steps.add(new ReviewStep(kind, reviewer.getId(), reviewer.getFullName()));
        }
        return steps;
    }

    private Person reviewerFor(ReviewStepKind kind, OutgoingDocument document) {
        return switch (kind) {
            case UNIT_HEAD -> document.getDraftingUnit() == null
                    ? null
                    : holder(document.getAgency(), document.getDraftingUnit(), Role.UNIT_HEAD);
            case OFFICE -> em.createQuery("SELECT u FROM Unit u WHERE u.agency = :agency AND u.code = 'VP'", Unit.class)
                    .setParameter("agency", document.getAgency())
                    .getResultStream()
                    .findFirst()
                    .map(u -> holder(document.getAgency(), u, Role.UNIT_HEAD))
                    .orElse(null);
            case LEADER -> documents.rolesOf(document.getSigner()).contains(Role.LEADER)
                    ? document.getSigner()
                    : standings.head(document.getAgency());
        };
    }

    private Person holder(Agency agency, Unit unit, Role role) {
        return em.createQuery(
                        "SELECT p FROM Account a JOIN a.person p JOIN a.roles r WHERE p.agency = :agency AND p.unit = :unit"
                                + " AND r = :role"
                                + " AND a.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " AND p.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE ORDER BY p.id",
                        Person.class)
                .setParameter("agency", agency)
                .setParameter("unit", unit)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Person signer(DraftForm form) {
        if (form.signerId() == null) {
            throw RuleViolation.invalid("field.required", "signerId");
        }
        Person signer = em.find(Person.class, form.signerId());
        if (signer == null) {
            throw RuleViolation.invalid("outgoing.signer.invalid", "signerId");
        }
        standings.standingOf(signer);
        return signer;
    }

    private List<Agency> recipients(List<String> organIds) {
        List<Agency> found = new ArrayList<>();
        for (String organId : organIds) {
            String normalised;
            try {
                normalised = OrganId.of(organId).value();
            } catch (RuleViolation malformed) {
                throw RuleViolation.invalid("outgoing.recipient.unknown", "recipients", organId);
            }
            Agency agency = em.createNamedQuery(Agency.BY_ORGAN_ID, Agency.class)
                    .setParameter("organId", normalised)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.invalid("outgoing.recipient.unknown", "recipients", organId));
            found.add(agency);
        }
        return found;
    }

    private List<IncomingDocument> answered(Caller caller, List<Long> ids) {
        List<IncomingDocument> found = new ArrayList<>();
        for (Long id : Set.copyOf(ids)) {
            IncomingDocument d = id == null ? null : em.find(IncomingDocument.class, id);
            if (d == null || d.getAgency().getId() != caller.agencyId()) {
                throw RuleViolation.invalid("outgoing.answers.invalid", "answers");
            }
            found.add(d);
        }
        return found;
    }

    private void requireDrafter(Caller caller, OutgoingDocument document) {
        if (document.getAuthor().getId() != caller.personId() && !headsDraftingUnit(caller, document)) {
            throw RuleViolation.forbidden("outgoing.notAuthor");
        }
    }

    private static boolean headsDraftingUnit(Caller caller, OutgoingDocument document) {
        return caller.has(Role.UNIT_HEAD)
                && document.getDraftingUnit() != null
                && document.getDraftingUnit().getId().equals(caller.unitId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
