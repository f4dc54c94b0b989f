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
import java.time.Instant;
import java.util.UUID;

/**
 * A package received for one agency hosted here: the {@code docId} answered to the sender (the
 * same for every addressee of one package), the key that makes a resent package a duplicate,
 * and its place in the pull list of systems that fetch their packages.
 */
@Entity
@Table(name = "qlvb_exchange_receipt")
public class ExchangeReceipt {

    @Id
    @SequenceGenerator(name = "exchange_receipt_seq", sequenceName = "qlvb_exchange_receipt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_receipt_seq")
    private Long id;

    @Column(name = "doc_id", length = 36, nullable = false, updatable = false)
    private String docId;

    @Column(name = "dedup_key", length = 300, nullable = false, updatable = false)
    private String dedupKey;

    @Column(name = "addressee_organ_id", length = 35, nullable = false, updatable = false)
    private String addresseeOrganId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false, updatable = false)
    private PackageKind kind;

    @Column(name = "sender_organ_id", length = 35, nullable = false, updatable = false)
    private String senderOrganId;

    @Column(name = "document_id", length = 200, nullable = false, updatable = false)
    private String documentId;

    @Column(name = "status_code", length = 2, updatable = false)
    private String statusCode;

    @Column(name = "evidence_position", nullable = false, updatable = false)
    private long evidencePosition;

    @Enumerated(EnumType.STRING)
    @Column(name = "pull_status", length = 10, nullable = false)
    private PullStatus pullStatus;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    protected ExchangeReceipt() {}

    public ExchangeReceipt(String docId, EdxmlPackage content, String addresseeOrganId, long evidencePosition) {
        this.docId = docId;
        this.dedupKey = dedupKeyOf(content);
        this.addresseeOrganId = addresseeOrganId;
        this.kind = content.kind();
        this.senderOrganId = content.senderOrganId();
        this.documentId = content.documentId();
        this.statusCode =
                content.kind() == PackageKind.STATUS ? content.status().status().code() : null;
        this.evidencePosition = evidencePosition;
        this.pullStatus = PullStatus.PENDING;
        this.receivedAt = Instant.now();
    }

    /** A new id to answer for a package. */
    public static String newDocId() {
        return UUID.randomUUID().toString();
    }

    /**
     * What makes a package the same as one received before: a document's sender and document
     * id; a status's sender, document and status code.
     */
    public static String dedupKeyOf(EdxmlPackage content) {
        String key = content.kind().name() + "|" + content.senderOrganId() + "|" + content.documentId();
        if (content.kind() == PackageKind.STATUS) {
            key += "|" + content.status().status().code();
        }
        return key.length() > 300 ? key.substring(0, 300) : key;
    }

    /** The puller's acknowledgement: {@code done} takes it off the list, {@code fail} keeps it listed. */
    public void acknowledge(boolean done) {
        this.pullStatus = done ? PullStatus.DONE : PullStatus.FAILED;
    }

    public String getDocId() {
        return docId;
    }

    public String getAddresseeOrganId() {
        return addresseeOrganId;
    }

    public PackageKind getKind() {
        return kind;
    }

    public String getSenderOrganId() {
        return senderOrganId;
    }

    public String getDocumentId() {
        return documentId;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public long getEvidencePosition() {
        return evidencePosition;
    }

    public PullStatus getPullStatus() {
        return pullStatus;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
