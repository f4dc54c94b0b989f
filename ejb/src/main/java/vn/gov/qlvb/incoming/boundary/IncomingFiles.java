package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import vn.gov.qlvb.files.boundary.FileContent;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.incoming.control.IncomingRepository;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The original files of incoming documents: the clerk attaches them (the bytes go to the
 * content store, checked for type and size); whoever sees the document opens them, and every
 * opening is recorded in the document's history.
 */
@Stateless
@PermitAll
public class IncomingFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    IncomingHistory history;

    @Inject
    FileStorage storage;

    @Inject
    IncomingRepository documents;

    @RolesAllowed(Role.Names.CLERK)
    public Attachment attach(long documentId, String fileName, InputStream content) {
        Caller caller = callers.current();
        IncomingDocument document = documents.visible(caller, documentId);
        Attachment attachment = storage.store(fileName, content, caller.personId());
        Instant now = Instant.now();
        document.attach(attachment, now);
        history.record(document, IncomingAction.FILE_ATTACHED, attachment.getFileName(), now);
        return attachment;
    }

    /** Opens a file of a document the caller sees; the bytes are verified as they are read. */
    public FileContent open(long documentId, long attachmentId) {
        Caller caller = callers.current();
        IncomingDocument document = documents.visible(caller, documentId);
        Attachment attachment = document.getAttachments().stream()
                .filter(a -> a.getId() == attachmentId)
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("file.notFound"));
        history.record(document, IncomingAction.DOWNLOADED, attachment.getFileName(), Instant.now());
        return storage.open(attachment.getId());
    }
}
