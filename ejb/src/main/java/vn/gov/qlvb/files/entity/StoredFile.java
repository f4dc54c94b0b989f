package vn.gov.qlvb.files.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One stored content, named by its SHA-256: the same bytes stored twice are one stored file,
 * whatever the names they came under. The bytes live in the content store on the file system,
 * not in this row; a row exists only once its bytes are in place. Immutable.
 */
@Entity
@Table(name = "qlvb_stored_file")
public class StoredFile implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    @Id
    @SequenceGenerator(name = "stored_file_seq", sequenceName = "qlvb_stored_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stored_file_seq")
    private Long id;

    /** Lower-case hexadecimal SHA-256 of the bytes; also their address in the content store. */
    @Column(name = "sha256", length = 64, nullable = false, unique = true, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    /** What the bytes are, detected from the bytes themselves, never taken from the client. */
    @Column(name = "media_type", length = 100, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {}

    /**
     * Records content already in the content store.
     *
     * @throws IllegalArgumentException when the hash is not 64 lower-case hexadecimal digits, the
     *     size not positive or the media type missing: the content store computes them, so
     *     anything else is a programming error, not a refusal
     */
    public StoredFile(String sha256, long size, String mediaType, Instant createdAt) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hexadecimal SHA-256: " + sha256);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("a stored file has at least one byte: " + size);
        }
        if (mediaType == null || mediaType.isBlank() || mediaType.length() > 100) {
            throw new IllegalArgumentException("media type missing or too long: " + mediaType);
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("creation time missing");
        }
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
