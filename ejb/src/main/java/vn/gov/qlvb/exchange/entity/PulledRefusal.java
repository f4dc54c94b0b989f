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

/**
 * A package pulled from an exchange axis and refused here: which axis and which of its packages,
 * why (the code and message of the check that failed), the hash and size of the bytes fetched,
 * and whether the axis was told ({@code fail}). Nothing of the package itself is kept, as for a
 * refused pushed package; this row is what the administrator sees of it, and what keeps the node
 * from fetching it again while the axis still lists it (an acknowledgement that did not reach
 * the axis is sent again, without fetching).
 */
@Entity
@Table(name = "qlvb_exchange_pulled_refusal")
public class PulledRefusal {

    @Id
    @SequenceGenerator(
            name = "exchange_pulled_refusal_seq",
            sequenceName = "qlvb_exchange_pulled_refusal_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_pulled_refusal_seq")
    private Long id;

    @Column(name = "axis_system_id", length = 100, nullable = false, updatable = false)
    private String axisSystemId;

    @Column(name = "axis_doc_id", length = 200, nullable = false, updatable = false)
    private String axisDocId;

    @Column(name = "document_id", length = 200, updatable = false)
    private String documentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "code", length = 30, nullable = false, updatable = false)
    private PackageRefusal code;

    @Column(name = "message", length = 1000, updatable = false)
    private String message;

    @Column(name = "package_sha256", length = 64, nullable = false, updatable = false)
    private String packageSha256;

    @Column(name = "package_size", nullable = false, updatable = false)
    private long packageSize;

    @Column(name = "refused_at", nullable = false, updatable = false)
    private Instant refusedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected PulledRefusal() {}

    public PulledRefusal(
            String axisSystemId,
            String axisDocId,
            String documentId,
            PackageRefusal code,
            String message,
            String packageSha256,
            long packageSize,
            Instant refusedAt) {
        this.axisSystemId = axisSystemId;
        this.axisDocId = axisDocId;
        this.documentId = documentId == null || documentId.isBlank() ? null : cut(documentId.strip(), 200);
        this.code = code;
        this.message = message == null ? null : cut(message, 1000);
        this.packageSha256 = packageSha256;
        this.packageSize = packageSize;
        this.refusedAt = refusedAt;
    }

    /** The axis took our {@code fail}. */
    public void acknowledged(Instant at) {
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
        }
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    public Long getId() {
        return id;
    }

    public String getAxisSystemId() {
        return axisSystemId;
    }

    public String getAxisDocId() {
        return axisDocId;
    }

    public String getDocumentId() {
        return documentId;
    }

    public PackageRefusal getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }

    public String getPackageSha256() {
        return packageSha256;
    }

    public long getPackageSize() {
        return packageSize;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
