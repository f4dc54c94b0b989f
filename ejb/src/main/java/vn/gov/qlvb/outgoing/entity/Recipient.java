package vn.gov.qlvb.outgoing.entity;

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
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gov.qlvb.organisations.entity.Agency;

/**
 * One recipient agency of an outgoing document and where its copy stands. An agency hosted in
 * this deployment gets its copy at once as an incoming document ({@link #getIncomingId()}); a
 * remote one waits for the exchange.
 */
@Entity
@Table(name = "qlvb_outgoing_recipient")
public class Recipient {

    @Id
    @SequenceGenerator(
            name = "outgoing_recipient_seq",
            sequenceName = "qlvb_outgoing_recipient_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_recipient_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private OutgoingDocument document;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private RecipientStatus status = RecipientStatus.PENDING;

    /** The recipient's incoming document (an internal recipient once dispatched). */
    @Column(name = "incoming_id")
    private Long incomingId;

    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The external recipient's answer to the last update or replacement sent to it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "change_answer", length = 10)
    private ChangeAnswer changeAnswer;

    @Column(name = "change_note", length = 500)
    private String changeNote;

    @Column(name = "change_at")
    private Instant changeAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Recipient() {}

    Recipient(OutgoingDocument document, Agency agency, Instant now) {
        this.document = document;
        this.agency = agency;
        this.updatedAt = now;
    }

    /** Whether the agency is hosted in this deployment (gets its copy directly). */
    public boolean isInternal() {
        return !agency.isRemote();
    }

    /** An internal recipient got its copy as the incoming document {@code incomingDocumentId}. */
    public void delivered(long incomingDocumentId, Instant now) {
        if (status != RecipientStatus.PENDING && status != RecipientStatus.REMOVED) {
            throw new IllegalStateException("already sent to " + agency.getOrganId());
        }
        this.incomingId = incomingDocumentId;
        this.status = RecipientStatus.ARRIVED;
        this.reason = null;
        this.updatedAt = now;
    }

    /** An external recipient waits for the exchange. */
    public void queueForExchange(Instant now) {
        this.status = RecipientStatus.QUEUED_FOR_EXCHANGE;
        this.updatedAt = now;
    }

    /**
     * The recipient's side reported where its copy stands. Returns whether anything changed (a
     * view or a download reports the same status again).
     */
    public boolean follow(RecipientStatus reported, String why, Instant now) {
        if (reported == status || status == RecipientStatus.REMOVED) {
            return false;
        }
        this.status = reported;
        this.reason = why;
        this.updatedAt = now;
        return true;
    }

    /** Taken off the recipients (the copy, if one was sent, is withdrawn by the caller). */
    public void remove(Instant now) {
        this.status = RecipientStatus.REMOVED;
        this.updatedAt = now;
    }

    /**
     * An update or a replacement ({@code what}) was sent to this external recipient: its answer
     * (accepted or refused) is awaited.
     */
    public void changeSent(String what, Instant now) {
        this.changeAnswer = ChangeAnswer.AWAITING;
        this.changeNote = what == null ? null : cut(what, 500);
        this.changeAt = now;
    }

    /**
     * The external recipient answered the last update or replacement: accepted (15) or refused
     * (16, with its reason). Returns whether anything changed (an answer repeated is ignored).
     */
    public boolean changeAnswered(boolean accepted, String why, Instant now) {
        ChangeAnswer answer = accepted ? ChangeAnswer.ACCEPTED : ChangeAnswer.REFUSED;
        if (changeAnswer == answer) {
            return false;
        }
        this.changeAnswer = answer;
        if (why != null && !why.isBlank()) {
            this.changeNote = cut(why.strip(), 500);
        }
        this.changeAt = now;
        return true;
    }

    /** Whether an answer to an update or a replacement is awaited from this recipient. */
    public boolean awaitsChangeAnswer() {
        return changeAnswer == ChangeAnswer.AWAITING;
    }

    /**
     * Whether the document reached this recipient's system in some form (sent, not since removed
     * or recalled): an external one is told of later changes to it.
     */
    public boolean holdsCopy() {
        return status.isDelivered()
                || status == RecipientStatus.QUEUED_FOR_EXCHANGE
                || status == RecipientStatus.REFUSED;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** Whether the recipient counts: not removed by an update. */
    public boolean isActive() {
        return status != RecipientStatus.REMOVED;
    }

    public Long getId() {
        return id;
    }

    public OutgoingDocument getDocument() {
        return document;
    }

    public Agency getAgency() {
        return agency;
    }

    public RecipientStatus getStatus() {
        return status;
    }

    public Long getIncomingId() {
        return incomingId;
    }

    public String getReason() {
        return reason;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public ChangeAnswer getChangeAnswer() {
        return changeAnswer;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getChangeAt() {
        return changeAt;
    }
}
