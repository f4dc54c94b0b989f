package vn.gov.qlvb.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import vn.gov.qlvb.platform.entity.Sha256;

/**
 * One entry of the append-only evidence log: a package sent or received, its exact bytes and
 * their SHA-256, chained to the previous entry. The entry hash is SHA-256 over
 * {@code previousHash|position|direction|kind|sender|documentId|statusCode|packageSha256|recordedAt(ms)};
 * nothing of an entry ever changes (every column is not updatable).
 */
@Entity
@Table(name = "qlvb_exchange_evidence")
public class EvidenceEntry {

    @Id
    @Column(name = "position", updatable = false)
    private Long position;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", length = 10, nullable = false, updatable = false)
    private PackageDirection direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false, updatable = false)
    private PackageKind kind;

    @Column(name = "sender_organ_id", length = 35, nullable = false, updatable = false)
    private String senderOrganId;

    @Column(name = "document_id", length = 200, nullable = false, updatable = false)
    private String documentId;

    @Column(name = "status_code", length = 2, updatable = false)
    private String statusCode;

    @Column(name = "partner_system_id", length = 100, updatable = false)
    private String partnerSystemId;

    @Lob
    @Column(name = "package_bytes", nullable = false, updatable = false)
    private byte[] packageBytes;

    @Column(name = "package_sha256", length = 64, nullable = false, updatable = false)
    private String packageSha256;

    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", length = 64, nullable = false, updatable = false)
    private String entryHash;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected EvidenceEntry() {}

    /**
     * Appends after the (locked) head and advances it; {@code packageSha256} is the hash of
     * {@code packageBytes}, computed by the caller before it took the lock (a wrong one shows in
     * the log's verification, {@link #breakAfter}).
     */
    public static EvidenceEntry append(
            ChainHead head,
            PackageDirection direction,
            EdxmlPackage content,
            String partnerSystemId,
            byte[] packageBytes,
            String packageSha256) {
        EvidenceEntry entry = new EvidenceEntry();
        entry.position = head.getLastPosition() + 1;
        entry.direction = direction;
        entry.kind = content.kind();
        entry.senderOrganId = content.senderOrganId();
        entry.documentId = content.documentId();
        entry.statusCode =
                content.kind() == PackageKind.STATUS ? content.status().status().code() : null;
        entry.partnerSystemId = partnerSystemId;
        entry.packageBytes = packageBytes.clone();
        entry.packageSha256 = packageSha256;
        entry.previousHash = head.getLastHash();
        entry.recordedAt = Instant.ofEpochMilli(Instant.now().toEpochMilli());
        entry.entryHash = entry.computeHash();
        head.advance(entry.position, entry.entryHash);
        return entry;
    }

    /**
     * Why this entry breaks the chain after an entry at {@code position - 1} whose hash is
     * {@code expectedPrevious}; empty when it holds (bytes, their hash, the link and its own hash).
     */
    public Optional<String> breakAfter(long expectedPosition, String expectedPrevious) {
        if (position != expectedPosition) {
            return Optional.of("position " + expectedPosition + " is missing");
        }
        if (!packageSha256.equals(sha256(packageBytes))) {
            return Optional.of("the package bytes do not match their hash");
        }
        if (!previousHash.equals(expectedPrevious)) {
            return Optional.of("the link to the previous entry is broken");
        }
        if (!entryHash.equals(computeHash())) {
            return Optional.of("the entry's own hash does not match its fields");
        }
        return Optional.empty();
    }

    private String computeHash() {
        String material = String.join(
                "|",
                previousHash,
                String.valueOf(position),
                direction.name(),
                kind.name(),
                senderOrganId,
                documentId,
                statusCode == null ? "" : statusCode,
                packageSha256,
                String.valueOf(recordedAt.toEpochMilli()));
        return sha256(material.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    public Long getPosition() {
        return position;
    }

    public PackageDirection getDirection() {
        return direction;
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

    public String getPartnerSystemId() {
        return partnerSystemId;
    }

    public byte[] getPackageBytes() {
        return packageBytes.clone();
    }

    public String getPackageSha256() {
        return packageSha256;
    }

    public String getEntryHash() {
        return entryHash;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
