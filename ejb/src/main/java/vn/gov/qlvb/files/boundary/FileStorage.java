package vn.gov.qlvb.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import vn.gov.qlvb.files.control.FileIntake;
import vn.gov.qlvb.files.control.StoredFileRepository;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.files.entity.StoredFile;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Stores and opens the files that documents carry. Open to every caller: access is a question
 * for the capability that owns the attachment (an incoming or outgoing document, a task), which
 * checks it before it calls here. Never hand an attachment id from a request to {@link #open}
 * without that check.
 */
@Stateless
@PermitAll
public class FileStorage {

    @PersistenceContext
    EntityManager em;

    @Inject
    StoredFileRepository storedFiles;

    FileIntake intake;

    @PostConstruct
    void configure() {
        intake = FileIntake.configured();
        intake.store().sweepStaging(Duration.ofDays(1));
    }

    /**
     * Stores an uploaded file and records it as an attachment of {@code personId}, ready for a
     * document to link. Streams the content (it is not held in memory) and does not close it.
     *
     * <ol>
     *   <li>the checks of {@link FileIntake}: name, allowed kind, not empty, not too large, and
     *       the bytes are what the name says; a refused file leaves nothing behind;
     *   <li>the bytes are kept in the content store (once for the same bytes);
     *   <li>the content row is registered (once for the same bytes, committed at once);
     *   <li>the attachment row is written in the caller's transaction.
     * </ol>
     *
     * Bytes always land before the rows that point to them: a failure after step 2 leaves at most
     * an unreferenced blob or content row, never a row without its bytes.
     *
     * @throws RuleViolation {@code field.required}, {@code field.tooLong}, {@code file.nameInvalid},
     *     {@code file.typeNotAllowed}, {@code file.empty}, {@code file.tooLarge} or
     *     {@code file.typeMismatch}, all with the field {@code file}
     */
    public Attachment store(String fileName, InputStream content, long personId) {
        FileIntake.Accepted accepted = intake.accept(fileName, content);
        StoredFile file = em.find(StoredFile.class, register(accepted));
        Attachment attachment = new Attachment(accepted.fileName(), file, personId, Instant.now());
        em.persist(attachment);
        return attachment;
    }

    private long register(FileIntake.Accepted accepted) {
        try {
            return storedFiles.register(accepted.sha256(), accepted.size(), accepted.mediaType());
        } catch (EJBException sameBytesAtTheSameMoment) {
            // the unique hash refused a concurrent twin: its row is committed now
            return storedFiles.register(accepted.sha256(), accepted.size(), accepted.mediaType());
        }
    }

    /**
     * An attachment's record.
     *
     * @throws RuleViolation {@code file.notFound}
     */
    public Attachment find(long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null) {
            throw RuleViolation.notFound("file.notFound");
        }
        return attachment;
    }

    /**
     * Opens an attachment's bytes, verified against their SHA-256 before the first byte is handed
     * out (and again as they are read). The caller closes the result.
     *
     * @throws RuleViolation {@code file.notFound}; {@code file.corrupted} (a conflict with the
     *     field {@code file}) when the bytes on disk are missing or changed
     */
    public FileContent open(long attachmentId) {
        Attachment attachment = find(attachmentId);
        StoredFile content = attachment.getContent();
        return new FileContent(attachment, intake.store().open(content.getSha256(), content.getSize()));
    }
}
