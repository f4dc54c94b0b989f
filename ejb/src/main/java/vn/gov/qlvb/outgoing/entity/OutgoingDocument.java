package vn.gov.qlvb.outgoing.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;

/**
 * An outgoing document (văn bản đi) of one agency, from the first draft to its dispatch and
 * beyond (recall, replacement). Its lifecycle is {@link OutgoingStatus}; each step is a method
 * here that refuses to run out of order, before anything changes.
 */
@Entity
@Table(name = "qlvb_outgoing_document")
public class OutgoingDocument {

    /** Issue dates and the numbering year are those of Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @SequenceGenerator(name = "outgoing_seq", sequenceName = "qlvb_outgoing_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @ManyToOne
    @JoinColumn(name = "drafting_unit_id", updatable = false)
    private Unit draftingUnit;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private Person author;

    @Column(name = "author_name", length = 150, nullable = false, updatable = false)
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private OutgoingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 20, nullable = false)
    private DocumentType documentType;

    @Column(name = "legal_normative", nullable = false)
    private boolean legalNormative;

    @Column(name = "subject", length = 500, nullable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", length = 12, nullable = false)
    private Urgency urgency;

    @Column(name = "urgency_rank", nullable = false)
    private int urgencyRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidentiality", length = 16, nullable = false)
    private Confidentiality confidentiality;

    @ManyToOne(optional = false)
    @JoinColumn(name = "signer_id", nullable = false)
    private Person signer;

    /** The printed "Nơi nhận" list. */
    @Column(name = "recipients_text", length = 1000)
    private String recipientsText;

    @Column(name = "page_count")
    private Integer pageCount;

    @ElementCollection
    @CollectionTable(name = "qlvb_outgoing_review_step", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<ReviewStep> reviewSteps = new ArrayList<>();

    /** Index of the step that acts now, while {@link OutgoingStatus#IN_REVIEW}. */
    @Column(name = "current_step")
    private Integer currentStep;

    @Column(name = "current_reviewer_id")
    private Long currentReviewerId;

    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "opinion_summary", length = 2000)
    private String opinionSummary;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_form", length = 8)
    private SignatureForm signatureForm;

    @Column(name = "signature_authority", length = 200)
    private String signatureAuthority;

    @Column(name = "signer_position", length = 100)
    private String signerPosition;

    /** The signature prepared for the signer's external key, waiting for its value. */
    @Column(name = "pending_signature_id", length = 64)
    private String pendingSignatureId;

    @ManyToOne
    @JoinColumn(name = "register_id")
    private Register register;

    @Column(name = "issue_year")
    private Integer issueYear;

    @Column(name = "issue_number")
    private Long issueNumber;

    /** The number and notation as printed, e.g. {@code 05/UBND-TH}. */
    @Column(name = "notation", length = 60)
    private String notation;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "issued_by")
    private Long issuedBy;

    @Column(name = "agency_signed_at")
    private Instant agencySignedAt;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    @Column(name = "recall_reason", length = 500)
    private String recallReason;

    @ManyToOne
    @JoinColumn(name = "replaces_id", updatable = false)
    private OutgoingDocument replaces;

    @Column(name = "replaced_by_id")
    private Long replacedById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DraftVersion> versions = new ArrayList<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Recipient> recipients = new ArrayList<>();

    /** The incoming documents this one answers. */
    @ManyToMany
    @JoinTable(
            name = "qlvb_outgoing_answer",
            joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "incoming_id"))
    private List<IncomingDocument> answers = new ArrayList<>();

    /** Attachments in separate files (phụ lục), in upload order. */
    @ElementCollection
    @CollectionTable(name = "qlvb_outgoing_annex", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "position")
    private List<Annex> annexes = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    protected OutgoingDocument() {}

    /**
     * A new draft written by {@code author} in their unit, to be signed by {@code signer}, a
     * person of the same agency ({@code outgoing.signer.invalid}).
     */
    public OutgoingDocument(Person author, Person signer, DraftDetails details, Instant now) {
        if (author == null) {
            throw RuleViolation.invalid("field.required", "author");
        }
        this.agency = author.getAgency();
        this.draftingUnit = author.getUnit();
        this.author = author;
        this.authorName = author.getFullName();
        this.status = OutgoingStatus.DRAFT;
        this.createdAt = now;
        describe(details, signer, now);
    }

    /** A new draft in place of {@code replaced} (its copy), to be issued as its replacement. */
    public static OutgoingDocument replacing(OutgoingDocument replaced, Person author, Instant now) {
        if (replaced.status != OutgoingStatus.DISPATCHED) {
            throw RuleViolation.conflict("outgoing.notDispatched", null);
        }
        OutgoingDocument d = new OutgoingDocument(
                author,
                replaced.signer,
                new DraftDetails(
                        replaced.documentType,
                        replaced.legalNormative,
                        replaced.subject,
                        replaced.urgency,
                        replaced.confidentiality,
                        replaced.recipientsText,
                        replaced.pageCount),
                now);
        d.replaces = replaced;
        return d;
    }

    /** The day in Vietnam at {@code now}. */
    public static LocalDate today(Instant now) {
        return now.atZone(VIETNAM).toLocalDate();
    }

    /** The numbering year of a document issued at {@code at}: the calendar year in Vietnam. */
    public static int issueYearOf(Instant at) {
        return at.atZone(VIETNAM).getYear();
    }

    /**
     * Sets the description and the signer, while the draft may change.
     *
     * <ol>
     *   <li>type and subject are required; lengths as Appendix VI;
     *   <li>only a type that the law lets be legal normative (nghị quyết, quyết định, chỉ thị)
     *       is marked so ({@code outgoing.legalNormative.type});
     *   <li>the signer is an active person of the same agency;
     *   <li>a secret draft keeps no electronic recipient ({@code outgoing.secret.outsideRecipient}).
     * </ol>
     */
    public void describe(DraftDetails d, Person newSigner, Instant now) {
        requireEditable();
        if (d == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        if (d.documentType() == null) {
            throw RuleViolation.invalid("field.required", "documentType");
        }
        String subj = optional(d.subject(), "subject", 500);
        if (subj == null) {
            throw RuleViolation.invalid("field.required", "subject");
        }
        if (d.legalNormative()
                && d.documentType() != DocumentType.NGHI_QUYET
                && d.documentType() != DocumentType.QUYET_DINH
                && d.documentType() != DocumentType.CHI_THI) {
            throw RuleViolation.invalid("outgoing.legalNormative.type", "legalNormative");
        }
        if (d.pageCount() != null && (d.pageCount() < 1 || d.pageCount() > 999)) {
            throw RuleViolation.invalid("incoming.pageCount.range", "pageCount");
        }
        if (newSigner == null) {
            throw RuleViolation.invalid("field.required", "signerId");
        }
        if (!newSigner.getAgency().getId().equals(agency.getId()) || !newSigner.isActive()) {
            throw RuleViolation.invalid("outgoing.signer.invalid", "signerId");
        }
        Confidentiality level = d.confidentiality() == null ? Confidentiality.NONE : d.confidentiality();
        if (level.isSecret() && recipients.stream().anyMatch(Recipient::isActive)) {
            throw RuleViolation.invalid("outgoing.secret.outsideRecipient", "recipients");
        }
        this.documentType = d.documentType();
        this.legalNormative = d.legalNormative();
        this.subject = subj;
        this.urgency = d.urgency() == null ? Urgency.NORMAL : d.urgency();
        this.urgencyRank = urgency.ordinal();
        this.confidentiality = level;
        this.recipientsText = optional(d.recipientsText(), "recipientsText", 1000);
        this.pageCount = d.pageCount();
        this.signer = newSigner;
        this.updatedAt = now;
    }

    /**
     * Sets the recipient agencies while the draft may change: every one another agency, each
     * once; none at all for a secret document, which never goes to a recipient outside the
     * issuing agency ({@code outgoing.secret.outsideRecipient}).
     */
    public void addressTo(List<Agency> agencies, Instant now) {
        requireEditable();
        checkRecipients(agencies);
        recipients.removeIf(r ->
                agencies.stream().noneMatch(a -> a.getId().equals(r.getAgency().getId())));
        for (Agency a : agencies) {
            if (recipients.stream().noneMatch(r -> r.getAgency().getId().equals(a.getId()))) {
                recipients.add(new Recipient(this, a, now));
            }
        }
        updatedAt = now;
    }

    private void checkRecipients(List<Agency> agencies) {
        if (agencies.isEmpty()) {
            return;
        }
        if (confidentiality.isSecret()) {
            throw RuleViolation.invalid("outgoing.secret.outsideRecipient", "recipients");
        }
        if (agencies.stream().anyMatch(a -> a.getId().equals(agency.getId()))) {
            throw RuleViolation.invalid("outgoing.recipient.self", "recipients");
        }
        if (agencies.stream().map(Agency::getId).distinct().count() != agencies.size()) {
            throw RuleViolation.invalid("outgoing.recipient.twice", "recipients");
        }
        if (agencies.stream().anyMatch(a -> !a.isActive())) {
            throw RuleViolation.invalid("outgoing.recipient.inactive", "recipients");
        }
    }

    /** Sets the incoming documents it answers: documents of the same agency. */
    public void answer(List<IncomingDocument> incoming, Instant now) {
        requireEditable();
        if (incoming.stream().anyMatch(i -> !i.getAgency().getId().equals(agency.getId()))) {
            throw RuleViolation.invalid("outgoing.answers.invalid", "answers");
        }
        answers.clear();
        answers.addAll(incoming);
        updatedAt = now;
    }

    /** Refuses any change of content once the draft left review ({@code outgoing.notEditable}). */
    public void requireEditable() {
        if (status == null || !status.isEditable()) {
            throw RuleViolation.conflict("outgoing.notEditable", null);
        }
    }

    /** A new version of the main file, uploaded while the draft may change. */
    public DraftVersion addDraftVersion(Attachment file, long personId, String personName, Instant now) {
        requireEditable();
        return addVersion(VersionStage.DRAFT, file, personId, personName, now);
    }

    /** Adds an attachment in a separate file while the draft may change; returns it. */
    public Annex addAnnex(Attachment file, Instant now) {
        requireEditable();
        Annex annex = new Annex(file);
        annexes.add(annex);
        updatedAt = now;
        return annex;
    }

    /** The attachments in separate files, in upload order. */
    public List<Annex> getAnnexes() {
        return List.copyOf(annexes);
    }

    private DraftVersion addVersion(
            VersionStage stage, Attachment file, long personId, String personName, Instant now) {
        DraftVersion v = new DraftVersion(this, versions.size() + 1, stage, file, personId, personName, now);
        versions.add(v);
        updatedAt = now;
        return v;
    }

    /** The latest version of the main file, if any. */
    public Optional<DraftVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    /**
     * The author (or whoever drafts for the unit) submits the draft up {@code chain}.
     *
     * <ol>
     *   <li>only a draft being written or returned is submitted ({@code outgoing.notEditable});
     *   <li>it has a main file ({@code outgoing.noFile});
     *   <li>an empty chain (every step skipped) approves it at once.
     * </ol>
     */
    public void submit(List<ReviewStep> chain, Instant now) {
        if (status != OutgoingStatus.DRAFT && status != OutgoingStatus.RETURNED) {
            throw RuleViolation.conflict(
                    status == OutgoingStatus.IN_REVIEW ? "outgoing.alreadySubmitted" : "outgoing.notEditable", null);
        }
        if (versions.isEmpty()) {
            throw RuleViolation.conflict("outgoing.noFile", "file");
        }
        reviewSteps.clear();
        reviewSteps.addAll(chain);
        returnReason = null;
        updatedAt = now;
        if (reviewSteps.isEmpty()) {
            approved();
        } else {
            status = OutgoingStatus.IN_REVIEW;
            moveTo(0);
        }
    }

    private void moveTo(int step) {
        currentStep = step;
        currentReviewerId = reviewSteps.get(step).getReviewerId();
    }

    private void approved() {
        status = OutgoingStatus.APPROVED;
        currentStep = null;
        currentReviewerId = null;
    }

    /** The step that acts now, while in review. */
    public Optional<ReviewStep> currentReviewStep() {
        return status == OutgoingStatus.IN_REVIEW ? Optional.of(reviewSteps.get(currentStep)) : Optional.empty();
    }

    /**
     * The current step's reviewer approves: the next step acts, or after the last the draft is
     * {@link OutgoingStatus#APPROVED}. Anyone else is refused ({@code outgoing.notYourStep}).
     */
    public void approve(long personId, Instant now) {
        requireReviewer(personId);
        if (currentStep + 1 < reviewSteps.size()) {
            moveTo(currentStep + 1);
        } else {
            approved();
        }
        updatedAt = now;
    }

    /** The current step's reviewer returns the draft to its author with a reason. */
    public void giveBack(long personId, String reason, Instant now) {
        requireReviewer(personId);
        String r = optional(reason, "reason", 500);
        if (r == null) {
            throw RuleViolation.invalid("field.required", "reason");
        }
        returnReason = r;
        status = OutgoingStatus.RETURNED;
        currentStep = null;
        currentReviewerId = null;
        updatedAt = now;
    }

    private void requireReviewer(long personId) {
        if (status != OutgoingStatus.IN_REVIEW) {
            throw RuleViolation.conflict("outgoing.notInReview", null);
        }
        if (currentReviewerId == null || currentReviewerId != personId) {
            throw RuleViolation.forbidden("outgoing.notYourStep");
        }
    }

    /** Keeps the summary of the answers to the requests for opinion. */
    public void keepOpinionSummary(String summary, Instant now) {
        requireEditable();
        this.opinionSummary = summary.length() > 2000 ? summary.substring(0, 2000) : summary;
        updatedAt = now;
    }

    /**
     * The signer signed the approved draft: {@code signedFile} is the PDF with their signature.
     *
     * <ol>
     *   <li>only the designated signer signs ({@code outgoing.notSigner});
     *   <li>only an approved draft is signed ({@code outgoing.notApproved}), once
     *       ({@code outgoing.alreadySigned}).
     * </ol>
     */
    public void requireSignable(long personId) {
        if (signer.getId() != personId) {
            throw RuleViolation.forbidden("outgoing.notSigner");
        }
        if (status.isEditable()) {
            throw RuleViolation.conflict("outgoing.notApproved", null);
        }
        if (status != OutgoingStatus.APPROVED) {
            throw RuleViolation.conflict("outgoing.alreadySigned", null);
        }
    }

    /**
     * The signer's external key (a USB token, a remote signing service) is about to sign: the
     * prepared signature {@code preparationId} is the one this document waits for.
     */
    public void awaitExternalSignature(long personId, String preparationId, Instant now) {
        requireSignable(personId);
        this.pendingSignatureId = preparationId;
        this.updatedAt = now;
    }

    /**
     * Refuses a signature value for another document's preparation, or when none was prepared
     * ({@code outgoing.sign.preparationMismatch}).
     */
    public void requirePreparedSignature(long personId, String preparationId) {
        requireSignable(personId);
        if (pendingSignatureId == null || !pendingSignatureId.equals(preparationId)) {
            throw RuleViolation.conflict("outgoing.sign.preparationMismatch", "preparationId");
        }
    }

    public void sign(long personId, SignatureAuthority block, Attachment signedFile, Instant now) {
        requireSignable(personId);
        this.pendingSignatureId = null;
        this.signatureForm = block.form();
        this.signatureAuthority = block.authority();
        this.signerPosition = block.position();
        this.signedAt = now;
        this.status = OutgoingStatus.SIGNED;
        addVersion(VersionStage.SIGNER_SIGNED, signedFile, personId, signer.getFullName(), now);
    }

    /**
     * Refuses to issue anything but a signed document: a draft not approved yet
     * ({@code outgoing.notApproved}), an approved one not signed ({@code outgoing.notSigned}),
     * one issued before ({@code outgoing.alreadyIssued}).
     */
    public void requireIssuable() {
        if (status.isEditable()) {
            throw RuleViolation.conflict("outgoing.notApproved", null);
        }
        if (status == OutgoingStatus.APPROVED) {
            throw RuleViolation.conflict("outgoing.notSigned", null);
        }
        if (status != OutgoingStatus.SIGNED) {
            throw RuleViolation.conflict("outgoing.alreadyIssued", null);
        }
    }

    /**
     * Whether {@code into} keeps this document's series: an active outgoing register of the same
     * agency; a secret one for a secret document and only then; the series of the type for a
     * legal normative document and only then.
     */
    public void checkRegister(Register into) {
        if (into == null) {
            throw RuleViolation.invalid("field.required", "registerId");
        }
        if (into.getKind() != RegisterKind.OUTGOING
                || !into.isActive()
                || !into.getAgency().getId().equals(agency.getId())) {
            throw RuleViolation.invalid("outgoing.register.invalid", "registerId");
        }
        if (into.isForSecret() != confidentiality.isSecret()) {
            throw RuleViolation.invalid("outgoing.register.secrecy", "registerId");
        }
        DocumentType series = legalNormative ? documentType : null;
        if (into.getLegalType() != series) {
            throw RuleViolation.invalid("outgoing.register.series", "registerId");
        }
    }

    /**
     * The clerk issues the signed document with the number {@code given} of {@code into}'s series
     * for the year of {@code now}: number, notation, date and register. The PDF with the number
     * stamped follows ({@link #addNumberedVersion}); see {@link #requireIssuable} and {@link
     * #checkRegister}.
     */
    public void issue(Register into, Notation given, long clerkId, Instant now) {
        requireIssuable();
        checkRegister(into);
        if (given.year() != issueYearOf(now)) {
            throw new IllegalArgumentException("a number of another year's series");
        }
        this.register = into;
        this.issueYear = given.year();
        this.issueNumber = given.number();
        this.notation = given.numberAndNotation();
        this.issuedAt = now;
        this.issuedBy = clerkId;
        this.status = OutgoingStatus.ISSUED;
        this.updatedAt = now;
    }

    /** Whether it is issued and its PDF does not show the number yet. */
    public boolean awaitsNumberStamp() {
        return status == OutgoingStatus.ISSUED
                && latestVersion()
                        .map(v -> v.getStage() == VersionStage.SIGNER_SIGNED)
                        .orElse(false);
    }

    /**
     * The signed PDF with the number and the issue date stamped, as a new version. Only once, on
     * an issued document ({@code outgoing.notIssued}).
     */
    public DraftVersion addNumberedVersion(Attachment stampedFile, long clerkId, String clerkName, Instant now) {
        if (!awaitsNumberStamp()) {
            throw RuleViolation.conflict("outgoing.notIssued", null);
        }
        return addVersion(VersionStage.NUMBERED, stampedFile, clerkId, clerkName, now);
    }

    /**
     * Refuses the agency signature unless the signer's signature is there and the document is
     * issued: before the signer signed ({@code outgoing.signerSignatureMissing}); signed but not
     * issued, or issued without the number on its PDF yet ({@code outgoing.notIssued}); applied before ({@code outgoing.alreadyAgencySigned}).
     */
    public void requireAgencySignable() {
        if (status.isEditable() || status == OutgoingStatus.APPROVED) {
            throw RuleViolation.conflict("outgoing.signerSignatureMissing", null);
        }
        if (status == OutgoingStatus.SIGNED || awaitsNumberStamp()) {
            throw RuleViolation.conflict("outgoing.notIssued", null);
        }
        if (status != OutgoingStatus.ISSUED) {
            throw RuleViolation.conflict("outgoing.alreadyAgencySigned", null);
        }
    }

    /** The agency's signature is applied; the document goes to its recipients at once. */
    public void applyAgencySignature(
            long clerkId, String clerkName, Attachment sealedFile, List<Attachment> signedAnnexes, Instant now) {
        requireAgencySignable();
        List<Annex> signable = annexes.stream().filter(Annex::isSignable).toList();
        if (signedAnnexes.size() != signable.size()) {
            throw new IllegalArgumentException("one signed copy per PDF attachment expected");
        }
        for (int i = 0; i < signable.size(); i++) {
            signable.get(i).signed(signedAnnexes.get(i));
        }
        this.agencySignedAt = now;
        this.status = OutgoingStatus.DISPATCHED;
        addVersion(VersionStage.AGENCY_SIGNED, sealedFile, clerkId, clerkName, now);
    }

    /** Refuses anything but a dispatched document ({@code outgoing.notDispatched}). */
    public void requireDispatched() {
        if (status != OutgoingStatus.DISPATCHED) {
            throw RuleViolation.conflict("outgoing.notDispatched", null);
        }
    }

    /**
     * Adds recipients to a dispatched document (they get it at once); see {@link #addressTo} for
     * the rules. Returns the new recipients.
     */
    public List<Recipient> addRecipients(List<Agency> agencies, Instant now) {
        requireDispatched();
        checkRecipients(agencies);
        List<Recipient> added = new ArrayList<>();
        for (Agency a : agencies) {
            Optional<Recipient> existing = recipients.stream()
                    .filter(r -> r.getAgency().getId().equals(a.getId()))
                    .findFirst();
            if (existing.isPresent() && existing.get().isActive()) {
                throw RuleViolation.invalid("outgoing.recipient.twice", "recipients");
            }
            Recipient r = existing.orElseGet(() -> {
                Recipient fresh = new Recipient(this, a, now);
                recipients.add(fresh);
                return fresh;
            });
            added.add(r);
        }
        updatedAt = now;
        return added;
    }

    /** The issuer recalls the dispatched document with a reason; it is frozen from then on. */
    public void recall(String reason, Instant now) {
        requireDispatched();
        String r = optional(reason, "reason", 500);
        if (r == null) {
            throw RuleViolation.invalid("field.required", "reason");
        }
        this.recallReason = r;
        this.recalledAt = now;
        this.status = OutgoingStatus.RECALLED;
        this.updatedAt = now;
    }

    /** The replacing document {@code replacement} was dispatched in its place. */
    public void replacedBy(OutgoingDocument replacement, Instant now) {
        requireDispatched();
        this.replacedById = replacement.getId();
        this.status = OutgoingStatus.REPLACED;
        this.updatedAt = now;
    }

    /**
     * For a document that replaces another: the replaced document's external recipient row of
     * {@code agency} whose system got the replaced one. Such a recipient is sent this document as
     * a replacement (edXML type 3), which withdraws the replaced copy there, instead of a recall.
     */
    public Optional<Recipient> replacedCopyOf(Agency agency) {
        if (replaces == null) {
            return Optional.empty();
        }
        return replaces.recipients.stream()
                .filter(r -> !r.isInternal() && r.getAgency().getId().equals(agency.getId()) && r.holdsCopy())
                .findFirst();
    }

    /** The issue date in Vietnam, once issued. */
    public LocalDate issueDate() {
        return issuedAt == null ? null : issuedAt.atZone(VIETNAM).toLocalDate();
    }

    public boolean isSecret() {
        return confidentiality.isSecret();
    }

    /** Whether the person takes part in the drafting chain as author, reviewer or signer. */
    public boolean involves(long personId) {
        return author.getId() == personId
                || signer.getId() == personId
                || reviewSteps.stream().anyMatch(s -> s.getReviewerId() == personId);
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
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

    public Agency getAgency() {
        return agency;
    }

    public Unit getDraftingUnit() {
        return draftingUnit;
    }

    public Person getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public OutgoingStatus getStatus() {
        return status;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public boolean isLegalNormative() {
        return legalNormative;
    }

    public String getSubject() {
        return subject;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public Person getSigner() {
        return signer;
    }

    public String getRecipientsText() {
        return recipientsText;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public List<ReviewStep> getReviewSteps() {
        return List.copyOf(reviewSteps);
    }

    public Integer getCurrentStep() {
        return currentStep;
    }

    public Long getCurrentReviewerId() {
        return currentReviewerId;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public String getOpinionSummary() {
        return opinionSummary;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public SignatureForm getSignatureForm() {
        return signatureForm;
    }

    public String getSignatureAuthority() {
        return signatureAuthority;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public Register getRegister() {
        return register;
    }

    public Integer getIssueYear() {
        return issueYear;
    }

    public Long getIssueNumber() {
        return issueNumber;
    }

    /** Number and notation as printed ({@code 05/UBND-TH}), or {@code null} before the issue. */
    public String getNotation() {
        return notation;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Long getIssuedBy() {
        return issuedBy;
    }

    public Instant getAgencySignedAt() {
        return agencySignedAt;
    }

    public Instant getRecalledAt() {
        return recalledAt;
    }

    public String getRecallReason() {
        return recallReason;
    }

    public OutgoingDocument getReplaces() {
        return replaces;
    }

    public Long getReplacedById() {
        return replacedById;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<DraftVersion> getVersions() {
        return List.copyOf(versions);
    }

    public List<Recipient> getRecipients() {
        return List.copyOf(recipients);
    }

    public List<IncomingDocument> getAnswers() {
        return List.copyOf(answers);
    }
}
