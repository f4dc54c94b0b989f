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
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;

/**
 * An incoming document (văn bản đến) of one receiving agency. It enters either registered at
 * once (paper, e-mail, scan) or as {@link IncomingStatus#ARRIVED} from the exchange, and is then
 * registered with its arrival number. Its description follows Appendix VI, Part II.II; every rule
 * on it is checked here before anything is stored.
 */
@Entity
@Table(name = "qlvb_incoming_document")
public class IncomingDocument {

    /** Arrival dates and the numbering year are those of Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    @SequenceGenerator(name = "incoming_seq", sequenceName = "qlvb_incoming_document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ManyToOne
    @JoinColumn(name = "register_id")
    private Register register;

    @Column(name = "arrival_year")
    private Integer arrivalYear;

    @Column(name = "arrival_number")
    private Long arrivalNumber;

    @Column(name = "arrival_at", nullable = false)
    private Instant arrivalAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", length = 10, nullable = false)
    private ReceiptChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 12, nullable = false)
    private IncomingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 20, nullable = false)
    private DocumentType documentType;

    @Column(name = "code_number", length = 11)
    private String codeNumber;

    @Column(name = "code_notation", length = 30)
    private String codeNotation;

    @Column(name = "issued_date", nullable = false)
    private LocalDate issuedDate;

    @Column(name = "issuer_name", length = 200, nullable = false)
    private String issuerName;

    @Column(name = "issuer_organ_id", length = 35)
    private String issuerOrganId;

    @Column(name = "subject", length = 500, nullable = false)
    private String subject;

    @Column(name = "language", length = 30)
    private String language;

    @Column(name = "page_count")
    private Integer pageCount;

    @Column(name = "description", length = 500)
    private String description;

    @Column(name = "signer_position", length = 100)
    private String signerPosition;

    @Column(name = "signer_name", length = 50)
    private String signerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", length = 12, nullable = false)
    private Urgency urgency;

    /** The urgency as a number for sorting: urgent documents first (3 hỏa tốc … 0 thường). */
    @Column(name = "urgency_rank", nullable = false)
    private int urgencyRank;

    @Enumerated(EnumType.STRING)
    @Column(name = "confidentiality", length = 16, nullable = false)
    private Confidentiality confidentiality;

    @Column(name = "recipients", length = 1000)
    private String recipients;

    @Column(name = "due_date")
    private LocalDate dueDate;

    /** The sender's identifier of the document (edXML DocumentId) when it came electronically. */
    @Column(name = "external_id", length = 100)
    private String externalId;

    @Column(name = "registered_by")
    private Long registeredBy;

    /** The leader it was presented to; null when presented to the agency's leaders as a whole. */
    @Column(name = "presented_to_id")
    private Long presentedToId;

    @Column(name = "presented_at")
    private Instant presentedAt;

    /** The leader whose direction it is (also when a secretary or a deputy entered it). */
    @Column(name = "directed_by_id")
    private Long directedById;

    @Column(name = "directed_at")
    private Instant directedAt;

    @Column(name = "direction_comment", length = 2000)
    private String directionComment;

    @Column(name = "completed_at")
    private Instant completedAt;

    /** Why the recipient refused an electronic arrival and returned it to its sender. */
    @Column(name = "return_reason", length = 500)
    private String returnReason;

    @Column(name = "recalled_at")
    private Instant recalledAt;

    @Column(name = "recall_reason", length = 500)
    private String recallReason;

    /** The copy of the document that replaced this one (same issuer, through the exchange). */
    @Column(name = "replaced_by_id")
    private Long replacedById;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The original files (PDF, Word, images), in the order they were attached. */
    @ManyToMany
    @JoinTable(
            name = "qlvb_incoming_attachment",
            joinColumns = @JoinColumn(name = "document_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderColumn(name = "position")
    private List<Attachment> attachments = new ArrayList<>();

    @Version
    @Column(name = "version")
    private long version;

    /**
     * Whether this instance was created here, not read from the database: until its transaction
     * commits no one else sees it, and its history is what {@link #lastEntry} holds.
     */
    @Transient
    private transient boolean created;

    /** The latest history entry appended to a document created here, in this transaction. */
    @Transient
    private transient IncomingEvent lastEntry;

    protected IncomingDocument() {}

    private IncomingDocument(
            Agency agency, ReceiptChannel channel, IncomingDetails details, Instant arrivalAt, Instant now) {
        if (agency == null) {
            throw RuleViolation.invalid("field.required", "agency");
        }
        if (channel == null) {
            throw RuleViolation.invalid("field.required", "channel");
        }
        if (arrivalAt == null) {
            throw RuleViolation.invalid("field.required", "arrivalAt");
        }
        if (arrivalAt.isAfter(now)) {
            throw RuleViolation.invalid("incoming.arrival.future", "arrivalAt");
        }
        this.agency = agency;
        this.channel = channel;
        this.arrivalAt = arrivalAt;
        this.createdAt = now;
        this.created = true;
        describe(details, now);
    }

    /**
     * Whether this document was created in the running transaction (this instance was not read
     * from the database): nothing else can see it or append to its history yet.
     */
    public boolean isCreatedHere() {
        return created;
    }

    /** The entry last appended to a document created here ({@code null} before its first). */
    public IncomingEvent lastEntryHere() {
        return lastEntry;
    }

    /** Records the entry just appended to a document created here. */
    public void appendedHere(IncomingEvent entry) {
        if (created) {
            this.lastEntry = entry;
        }
    }

    /**
     * A document received on paper, by e-mail or as a scan, to be registered in the same
     * transaction ({@link #register}).
     */
    public static IncomingDocument received(
            Agency agency, ReceiptChannel channel, IncomingDetails details, Instant arrivalAt, Instant now) {
        if (channel == ReceiptChannel.EXCHANGE) {
            throw RuleViolation.invalid("incoming.channel.exchange", "channel");
        }
        IncomingDocument d = new IncomingDocument(agency, channel, details, arrivalAt, now);
        d.status = IncomingStatus.ARRIVED;
        return d;
    }

    /** A document received through the exchange: arrived, not yet registered, no number. */
    public static IncomingDocument arrived(
            Agency agency, IncomingDetails details, String externalId, Instant arrivalAt, Instant now) {
        IncomingDocument d = new IncomingDocument(agency, ReceiptChannel.EXCHANGE, details, arrivalAt, now);
        d.status = IncomingStatus.ARRIVED;
        d.externalId = externalId == null || externalId.isBlank() ? null : externalId.strip();
        return d;
    }

    /** The year whose series numbers this document: the arrival year in Vietnam. */
    public int arrivalYear() {
        return arrivalAt.atZone(VIETNAM).getYear();
    }

    public LocalDate arrivalDate() {
        return arrivalAt.atZone(VIETNAM).toLocalDate();
    }

    /**
     * Registers an arrived document with its arrival number.
     *
     * <ol>
     *   <li>only an {@link IncomingStatus#ARRIVED} document is registered, once;
     *   <li>the register is an active incoming register of the same agency;
     *   <li>a secret document goes to a register for secret documents and only a secret one does.
     * </ol>
     */
    public void register(Register into, long number, long clerkId, Instant now) {
        if (status != IncomingStatus.ARRIVED) {
            throw RuleViolation.conflict("incoming.alreadyRegistered", null);
        }
        checkRegister(into, confidentiality);
        if (number < 1) {
            throw new IllegalArgumentException("arrival numbers start at 1");
        }
        this.register = into;
        this.arrivalYear = arrivalYear();
        this.arrivalNumber = number;
        this.registeredBy = clerkId;
        this.status = IncomingStatus.REGISTERED;
        this.updatedAt = now;
    }

    /** Whether {@code into} may hold a document of the given confidentiality of this agency. */
    public void checkRegister(Register into, Confidentiality level) {
        if (into == null) {
            throw RuleViolation.invalid("field.required", "registerId");
        }
        if (into.getKind() != RegisterKind.INCOMING
                || !into.isActive()
                || !into.getAgency().getId().equals(agency.getId())) {
            throw RuleViolation.invalid("incoming.register.invalid", "registerId");
        }
        if (into.isForSecret() != level.isSecret()) {
            throw RuleViolation.invalid("incoming.register.secrecy", "registerId");
        }
    }

    /**
     * Sets the description, checking every field: required ones given, lengths of Appendix VI,
     * the document not dated after its arrival, the deadline not before the arrival date.
     */
    public void describe(IncomingDetails d, Instant now) {
        if (d == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        if (d.documentType() == null) {
            throw RuleViolation.invalid("field.required", "documentType");
        }
        String issuer = required(d.issuerName(), "issuerName", 200);
        String subj = required(d.subject(), "subject", 500);
        if (d.issuedDate() == null) {
            throw RuleViolation.invalid("field.required", "issuedDate");
        }
        if (d.issuedDate().isAfter(arrivalDate())) {
            throw RuleViolation.invalid("incoming.issuedDate.afterArrival", "issuedDate");
        }
        if (d.dueDate() != null && d.dueDate().isBefore(arrivalDate())) {
            throw RuleViolation.invalid("incoming.dueDate.beforeArrival", "dueDate");
        }
        if (d.pageCount() != null && (d.pageCount() < 1 || d.pageCount() > 999)) {
            throw RuleViolation.invalid("incoming.pageCount.range", "pageCount");
        }
        String organ = optional(d.issuerOrganId(), "issuerOrganId", 35);
        if (organ != null) {
            organ = OrganId.of(organ).value();
        }
        this.documentType = d.documentType();
        this.codeNumber = optional(d.codeNumber(), "codeNumber", 11);
        this.codeNotation = upper(optional(d.codeNotation(), "codeNotation", 30));
        this.issuedDate = d.issuedDate();
        this.issuerName = issuer;
        this.issuerOrganId = organ;
        this.subject = subj;
        String lang = optional(d.language(), "language", 30);
        this.language = lang == null ? "Tiếng Việt" : lang;
        this.pageCount = d.pageCount();
        this.description = optional(d.description(), "description", 500);
        this.signerPosition = optional(d.signerPosition(), "signerPosition", 100);
        this.signerName = optional(d.signerName(), "signerName", 50);
        this.urgency = d.urgency() == null ? Urgency.NORMAL : d.urgency();
        this.urgencyRank = urgency.ordinal();
        Confidentiality level = d.confidentiality() == null ? Confidentiality.NONE : d.confidentiality();
        if (register != null && level != confidentiality) {
            checkRegister(register, level);
        }
        this.confidentiality = level;
        this.recipients = optional(d.recipients(), "recipients", 1000);
        this.dueDate = d.dueDate();
        this.updatedAt = now;
    }

    /**
     * Attaches an original file. A document returned to its sender takes no more files; the same
     * file is attached once.
     */
    public void attach(Attachment file, Instant now) {
        if (status == IncomingStatus.RETURNED) {
            throw RuleViolation.conflict("incoming.returned", null);
        }
        if (status == IncomingStatus.RECALLED) {
            throw RuleViolation.conflict("incoming.recalled", null);
        }
        if (attachments.stream().anyMatch(a -> a.getId().equals(file.getId()))) {
            throw RuleViolation.conflict("incoming.file.alreadyAttached", "file");
        }
        attachments.add(file);
        updatedAt = now;
    }

    public List<Attachment> getAttachments() {
        return List.copyOf(attachments);
    }

    /**
     * Presents a registered document to a leader (trình), or to the agency's leaders as a whole
     * when {@code leaderId} is null. Only a {@link IncomingStatus#REGISTERED} document is
     * presented, once.
     */
    public void present(Long leaderId, Instant now) {
        if (status == IncomingStatus.ARRIVED) {
            throw RuleViolation.conflict("incoming.notRegistered", null);
        }
        if (status != IncomingStatus.REGISTERED) {
            throw RuleViolation.conflict("incoming.alreadyPresented", null);
        }
        this.presentedToId = leaderId;
        this.presentedAt = now;
        this.status = IncomingStatus.PRESENTED;
        this.updatedAt = now;
    }

    /**
     * Records that the leader {@code leaderId} gave the direction (ý kiến chỉ đạo); the parts it
     * gives are {@link Assignment}s.
     *
     * <ol>
     *   <li>a document not yet presented is refused ({@code incoming.notPresented});
     *   <li>a document directed before is refused ({@code incoming.alreadyDirected});
     *   <li>the comment has at most 2000 characters.
     * </ol>
     */
    public void direct(long leaderId, String comment, Instant now) {
        if (status == IncomingStatus.ARRIVED
                || status == IncomingStatus.REGISTERED
                || status == IncomingStatus.RETURNED) {
            throw RuleViolation.conflict("incoming.notPresented", null);
        }
        if (status != IncomingStatus.PRESENTED) {
            throw RuleViolation.conflict("incoming.alreadyDirected", null);
        }
        String c = comment == null || comment.isBlank() ? null : comment.strip();
        if (c != null && c.length() > 2000) {
            throw RuleViolation.invalid("field.tooLong", "comment", 2000);
        }
        this.directedById = leaderId;
        this.directedAt = now;
        this.directionComment = c;
        this.status = IncomingStatus.DIRECTED;
        this.updatedAt = now;
    }

    /**
     * Refuses any handling step unless the document is directed and not yet completed: {@code
     * incoming.notDirected} or {@code incoming.alreadyCompleted}.
     */
    public void requireHandling() {
        if (status == IncomingStatus.COMPLETED) {
            throw RuleViolation.conflict("incoming.alreadyCompleted", null);
        }
        if (status != IncomingStatus.DIRECTED && status != IncomingStatus.IN_PROGRESS) {
            throw RuleViolation.conflict("incoming.notDirected", null);
        }
    }

    /** A handling step was taken: a directed document is in progress from then on. */
    public void startHandling(Instant now) {
        requireHandling();
        if (status == IncomingStatus.DIRECTED) {
            status = IncomingStatus.IN_PROGRESS;
        }
        updatedAt = now;
    }

    /** The lead (or the leader) marks the whole document done; see {@link #requireHandling}. */
    public void complete(Instant now) {
        requireHandling();
        status = IncomingStatus.COMPLETED;
        completedAt = now;
        updatedAt = now;
    }

    /**
     * The recipient refuses a document that arrived electronically and returns it to its sender
     * with a reason (wrongly addressed, unreadable, missing signatures). Only an arrived, not yet
     * registered document of the exchange is refused ({@code incoming.refuse.notArrived}); the
     * reason is required (at most 500 characters).
     */
    public void refuse(String reason, Instant now) {
        if (channel != ReceiptChannel.EXCHANGE || status != IncomingStatus.ARRIVED) {
            throw RuleViolation.conflict("incoming.refuse.notArrived", null);
        }
        this.returnReason = reasonOf(reason);
        this.status = IncomingStatus.RETURNED;
        this.updatedAt = now;
    }

    /**
     * The issuer recalled the document: it is frozen as it is, with the reason, and leaves every
     * list (Appendix VI III.8.b–c). A document returned to its sender or recalled before is left
     * as it is ({@code incoming.recall.notPossible}).
     */
    public void recall(String reason, Instant now) {
        if (status == IncomingStatus.RETURNED || status == IncomingStatus.RECALLED) {
            throw RuleViolation.conflict("incoming.recall.notPossible", null);
        }
        this.recallReason = reasonOf(reason);
        this.recalledAt = now;
        this.status = IncomingStatus.RECALLED;
        this.updatedAt = now;
    }

    /**
     * The sender updated the document it sent (edXML update): the fields it owns take the values
     * it sent now: its data ({@code info}: type, number, notation, date, subject, pages, signer,
     * urgency, deadline) and/or its recipients ({@code receivers}); what the recipient described
     * itself (language, confidentiality, its description) stays. Only a live copy that came
     * electronically is updated ({@code incoming.update.notPossible}: returned or recalled); the
     * new values pass the checks of {@link #describe}. Returns the names of the fields that
     * changed.
     */
    public List<String> updateFromSender(IncomingDetails sent, boolean info, boolean receivers, Instant now) {
        if (!isElectronicArrival() || status == IncomingStatus.RETURNED || status == IncomingStatus.RECALLED) {
            throw RuleViolation.conflict("incoming.update.notPossible", null);
        }
        IncomingDetails merged = new IncomingDetails(
                info ? sent.documentType() : documentType,
                info ? sent.codeNumber() : codeNumber,
                info ? sent.codeNotation() : codeNotation,
                info ? sent.issuedDate() : issuedDate,
                issuerName,
                issuerOrganId,
                info ? sent.subject() : subject,
                language,
                info ? sent.pageCount() : pageCount,
                description,
                info ? sent.signerPosition() : signerPosition,
                info ? sent.signerName() : signerName,
                info ? sent.urgency() : urgency,
                confidentiality,
                receivers ? sent.recipients() : recipients,
                info ? sent.dueDate() : dueDate);
        java.util.Map<String, Object> before = senderFields();
        try {
            describe(merged, now);
        } catch (RuleViolation refused) {
            // describe checks as it assigns: a refused update leaves the copy as it was
            restoreSenderFields(before);
            throw refused;
        }
        java.util.Map<String, Object> after = senderFields();
        List<String> changed = new ArrayList<>();
        before.forEach((field, value) -> {
            if (!java.util.Objects.equals(value, after.get(field))) {
                changed.add(field);
            }
        });
        return changed;
    }

    private void restoreSenderFields(java.util.Map<String, Object> fields) {
        documentType = (DocumentType) fields.get("documentType");
        codeNumber = (String) fields.get("codeNumber");
        codeNotation = (String) fields.get("codeNotation");
        issuedDate = (LocalDate) fields.get("issuedDate");
        subject = (String) fields.get("subject");
        pageCount = (Integer) fields.get("pageCount");
        signerPosition = (String) fields.get("signerPosition");
        signerName = (String) fields.get("signerName");
        urgency = (Urgency) fields.get("urgency");
        urgencyRank = urgency.ordinal();
        recipients = (String) fields.get("recipients");
        dueDate = (LocalDate) fields.get("dueDate");
    }

    /** The fields a sender's update may change, as stored (after {@link #describe}'s normalising). */
    private java.util.Map<String, Object> senderFields() {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("documentType", documentType);
        fields.put("codeNumber", codeNumber);
        fields.put("codeNotation", codeNotation);
        fields.put("issuedDate", issuedDate);
        fields.put("subject", subject);
        fields.put("pageCount", pageCount);
        fields.put("signerPosition", signerPosition);
        fields.put("signerName", signerName);
        fields.put("urgency", urgency);
        fields.put("recipients", recipients);
        fields.put("dueDate", dueDate);
        return fields;
    }

    /**
     * A newer document of the same issuer replaced this one (edXML replacement): it is frozen as
     * by a recall, with the reason, and points to the copy of the newer one. A copy returned to
     * its sender or recalled before is left as it is ({@code incoming.replace.notPossible}).
     */
    public void replacedBy(IncomingDocument newer, String reason, Instant now) {
        if (status == IncomingStatus.RETURNED || status == IncomingStatus.RECALLED) {
            throw RuleViolation.conflict("incoming.replace.notPossible", null);
        }
        recall(reason, now);
        this.replacedById = newer.getId();
    }

    private static String reasonOf(String reason) {
        String r = optional(reason, "reason", 500);
        if (r == null) {
            throw RuleViolation.invalid("field.required", "reason");
        }
        return r;
    }

    /** Whether it came electronically from another agency's system (or another agency here). */
    public boolean isElectronicArrival() {
        return channel == ReceiptChannel.EXCHANGE;
    }

    /** Number and notation as printed, e.g. {@code 15/QĐ-BNV}. */
    public String numberAndNotation() {
        if (codeNumber == null && codeNotation == null) {
            return "";
        }
        if (codeNotation == null) {
            return codeNumber;
        }
        return codeNumber == null ? codeNotation : codeNumber + "/" + codeNotation;
    }

    public boolean isSecret() {
        return confidentiality.isSecret();
    }

    private static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw RuleViolation.invalid("field.required", field);
        }
        return v;
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

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(new Locale("vi"));
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public Register getRegister() {
        return register;
    }

    public Integer getArrivalYear() {
        return arrivalYear;
    }

    public Long getArrivalNumber() {
        return arrivalNumber;
    }

    public Instant getArrivalAt() {
        return arrivalAt;
    }

    public ReceiptChannel getChannel() {
        return channel;
    }

    public IncomingStatus getStatus() {
        return status;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getCodeNumber() {
        return codeNumber;
    }

    public String getCodeNotation() {
        return codeNotation;
    }

    public LocalDate getIssuedDate() {
        return issuedDate;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public String getIssuerOrganId() {
        return issuerOrganId;
    }

    public String getSubject() {
        return subject;
    }

    public String getLanguage() {
        return language;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public String getDescription() {
        return description;
    }

    public String getSignerPosition() {
        return signerPosition;
    }

    public String getSignerName() {
        return signerName;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public String getRecipients() {
        return recipients;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getExternalId() {
        return externalId;
    }

    public Long getRegisteredBy() {
        return registeredBy;
    }

    public Long getPresentedToId() {
        return presentedToId;
    }

    public Instant getPresentedAt() {
        return presentedAt;
    }

    public Long getDirectedById() {
        return directedById;
    }

    public Instant getDirectedAt() {
        return directedAt;
    }

    public String getDirectionComment() {
        return directionComment;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getRecalledAt() {
        return recalledAt;
    }

    public Long getReplacedById() {
        return replacedById;
    }

    public String getRecallReason() {
        return recallReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
