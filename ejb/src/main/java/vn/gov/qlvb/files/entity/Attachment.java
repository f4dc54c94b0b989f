package vn.gov.qlvb.files.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.Instant;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A file as someone handed it in: the name it was given, the stored content, who uploaded it
 * and when. The owning record (an incoming or outgoing document, a task report) links to it
 * from a table of its own; this capability does not know the owners (see the package
 * documentation). Immutable: another name or other bytes make another attachment.
 *
 * <p>Invariant: the name's extension announces exactly the kind that was detected in the bytes,
 * and that kind is one of {@link FileType}.
 */
@Entity
@Table(name = "qlvb_attachment")
public class Attachment implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest file name kept, in characters (after the directory part is dropped). */
    public static final int NAME_LENGTH = 255;

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "qlvb_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "file_name", length = NAME_LENGTH, nullable = false, updatable = false)
    private String fileName;

    /** The detected media type of the content, the one its extension announces. */
    @Column(name = "media_type", length = 100, nullable = false, updatable = false)
    private String mediaType;

    @ManyToOne(optional = false)
    @JoinColumn(name = "stored_file_id", nullable = false, updatable = false)
    private StoredFile content;

    /** The person (organisations) who uploaded it. */
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {}

    /**
     * Rules, in this order: the name is acceptable ({@link #fileNameOf(String)}); its extension is
     * an allowed kind ({@code file.typeNotAllowed}); the content is of that kind
     * ({@code file.typeMismatch}). All with the field {@code file}.
     */
    public Attachment(String fileName, StoredFile content, long uploadedBy, Instant uploadedAt) {
        if (content == null) {
            throw new IllegalArgumentException("content missing");
        }
        if (uploadedAt == null) {
            throw new IllegalArgumentException("upload time missing");
        }
        String name = fileNameOf(fileName);
        FileType type = FileType.ofFileName(name);
        type.requireContentOf(content.getMediaType());
        this.fileName = name;
        this.mediaType = type.mediaType();
        this.content = content;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /**
     * The name to keep for a file name as a client sent it:
     *
     * <ol>
     *   <li>a directory part is dropped (some browsers send {@code C:\Users\…\tờ trình.pdf});
     *   <li>surrounding blanks are dropped, and the name is put in Unicode NFC, so that a name
     *       typed on macOS (decomposed: "e" + combining marks) and the same name typed on Windows
     *       are one text for search and display;
     *   <li>nothing is left: {@code field.required};
     *   <li>control or formatting characters (line breaks that would split a download header,
     *       right-to-left overrides that disguise an extension as in "hợp đồng[U+202E]fdp.exe"):
     *       {@code file.nameInvalid};
     *   <li>longer than {@value #NAME_LENGTH} characters: {@code field.tooLong}.
     * </ol>
     *
     * All with the field {@code file}.
     */
    public static String fileNameOf(String given) {
        String name = given == null ? "" : given;
        int separator = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Normalizer.normalize(name.substring(separator + 1), Normalizer.Form.NFC)
                .strip();
        if (name.isEmpty()) {
            throw RuleViolation.invalid("field.required", "file");
        }
        boolean hidden = name.codePoints()
                .anyMatch(c -> Character.isISOControl(c)
                        || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.UNASSIGNED
                        || Character.getType(c) == Character.PRIVATE_USE);
        if (hidden) {
            throw RuleViolation.invalid("file.nameInvalid", "file");
        }
        if (name.length() > NAME_LENGTH) {
            throw RuleViolation.invalid("field.tooLong", "file", NAME_LENGTH);
        }
        return name;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public FileType getType() {
        return FileType.ofMediaType(mediaType).orElseThrow();
    }

    public StoredFile getContent() {
        return content;
    }

    /** Size of the content in bytes. */
    public long getSize() {
        return content.getSize();
    }

    public long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
