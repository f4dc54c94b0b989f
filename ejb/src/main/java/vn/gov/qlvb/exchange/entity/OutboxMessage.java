package vn.gov.qlvb.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A signed package to deliver to a partner, written in the same transaction as the change that
 * caused it (an issue, a status of a received document), so that nothing is sent for a change
 * that rolled back and nothing is lost for one that committed. The bytes are the evidence
 * entry's. Delivered one at a time per {@link #deliveryKey} (document and recipient), in order.
 * Retry bookkeeping lives here: attempts, the next attempt, the last error.
 */
@Entity
@Table(name = "qlvb_exchange_outbox")
public class OutboxMessage {

    @Id
    @SequenceGenerator(name = "exchange_outbox_seq", sequenceName = "qlvb_exchange_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_outbox_seq")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false, updatable = false)
    private PackageKind kind;

    @Column(name = "partner_system_id", length = 100, updatable = false)
    private String partnerSystemId;

    @Column(name = "sender_organ_id", length = 35, nullable = false, updatable = false)
    private String senderOrganId;

    @Column(name = "recipient_organ_id", length = 35, nullable = false, updatable = false)
    private String recipientOrganId;

    @Column(name = "document_id", length = 200, nullable = false, updatable = false)
    private String documentId;

    @Column(name = "status_code", length = 2, updatable = false)
    private String statusCode;

    @Column(name = "delivery_key", length = 300, nullable = false, updatable = false)
    private String deliveryKey;

    @Column(name = "outgoing_recipient_id", updatable = false)
    private Long outgoingRecipientId;

    @Column(name = "evidence_position", nullable = false, updatable = false)
    private long evidencePosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", length = 10, nullable = false)
    private OutboxState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "remote_doc_id", length = 100)
    private String remoteDocId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OutboxMessage() {}

    public OutboxMessage(
            EdxmlPackage content,
            String partnerSystemId,
            String recipientOrganId,
            Long outgoingRecipientId,
            long evidencePosition,
            Instant now) {
        this.kind = content.kind();
        this.partnerSystemId = partnerSystemId;
        this.senderOrganId = content.senderOrganId();
        this.recipientOrganId = recipientOrganId;
        this.documentId = content.documentId();
        this.statusCode =
                content.kind() == PackageKind.STATUS ? content.status().status().code() : null;
        // a recall or update concerns the document it names: it waits behind that document's delivery
        // a replacement waits behind the document it replaces
        String concerned =
                content.business() != null && !content.business().documentId().isBlank()
                        ? content.business().concernedDocumentId()
                        : documentId;
        this.deliveryKey = cut(concerned + "|" + recipientOrganId, 300);
        this.outgoingRecipientId = outgoingRecipientId;
        this.evidencePosition = evidencePosition;
        this.state = OutboxState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** The partner answered with a receipt. */
    public void delivered(String remoteDocId, Instant now) {
        requirePending();
        this.state = OutboxState.DELIVERED;
        this.attempts++;
        this.remoteDocId = remoteDocId == null ? null : cut(remoteDocId, 100);
        this.deliveredAt = now;
        this.lastError = null;
    }

    /**
     * An attempt failed. A refusal by the partner ({@code final}) ends in {@link OutboxState#DEAD};
     * otherwise the next attempt waits the delay of this attempt ({@code delays}, the last one
     * repeating) until {@code maxAttempts} attempts were made, then it is dead too.
     */
    public void failed(String error, boolean permanent, List<Duration> delays, int maxAttempts, Instant now) {
        requirePending();
        this.attempts++;
        this.lastError = cut(error == null ? "?" : error, 1000);
        if (permanent || attempts >= maxAttempts) {
            this.state = OutboxState.DEAD;
            return;
        }
        Duration delay = delays.get(Math.min(attempts - 1, delays.size() - 1));
        this.nextAttemptAt = now.plus(delay);
    }

    /** The administrator sends a dead package again: a fresh series of attempts, now. */
    public void resend(Instant now) {
        if (state != OutboxState.DEAD) {
            throw new IllegalStateException("only a dead package is resent");
        }
        this.state = OutboxState.PENDING;
        this.attempts = 0;
        this.nextAttemptAt = now;
    }

    private void requirePending() {
        if (state != OutboxState.PENDING) {
            throw new IllegalStateException("package " + id + " is " + state + ", not pending");
        }
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    public Long getId() {
        return id;
    }

    public PackageKind getKind() {
        return kind;
    }

    public String getPartnerSystemId() {
        return partnerSystemId;
    }

    public String getSenderOrganId() {
        return senderOrganId;
    }

    public String getRecipientOrganId() {
        return recipientOrganId;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getDeliveryKey() {
        return deliveryKey;
    }

    public Long getOutgoingRecipientId() {
        return outgoingRecipientId;
    }

    public long getEvidencePosition() {
        return evidencePosition;
    }

    public OutboxState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getRemoteDocId() {
        return remoteDocId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}
