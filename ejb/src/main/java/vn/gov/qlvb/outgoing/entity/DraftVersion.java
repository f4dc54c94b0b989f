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
import java.time.Instant;
import vn.gov.qlvb.files.entity.Attachment;

/**
 * One version of an outgoing document's main file. Versions are numbered from 1 and never
 * changed or removed: every upload, signature and stamp makes a new one, so each earlier state
 * stays viewable.
 */
@Entity
@Table(name = "qlvb_outgoing_version")
public class DraftVersion {

    @Id
    @SequenceGenerator(name = "outgoing_version_seq", sequenceName = "qlvb_outgoing_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_version_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private OutgoingDocument document;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = 16, nullable = false, updatable = false)
    private VersionStage stage;

    @ManyToOne(optional = false)
    @JoinColumn(name = "attachment_id", nullable = false, updatable = false)
    private Attachment file;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "author_name", length = 150, nullable = false, updatable = false)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DraftVersion() {}

    DraftVersion(
            OutgoingDocument document,
            int number,
            VersionStage stage,
            Attachment file,
            long authorId,
            String authorName,
            Instant createdAt) {
        this.document = document;
        this.number = number;
        this.stage = stage;
        this.file = file;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public OutgoingDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public VersionStage getStage() {
        return stage;
    }

    public Attachment getFile() {
        return file;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
