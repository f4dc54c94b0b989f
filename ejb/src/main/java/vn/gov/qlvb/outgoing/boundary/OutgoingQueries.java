package vn.gov.qlvb.outgoing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.files.boundary.FileContent;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.control.OutgoingRepository;
import vn.gov.qlvb.outgoing.entity.Annex;
import vn.gov.qlvb.outgoing.entity.DraftVersion;
import vn.gov.qlvb.outgoing.entity.OutgoingAction;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.OutgoingEvent;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Reading outgoing documents: the caller's work lists, one document (the view is recorded), its
 * versions and their files (every opening recorded), its timeline, and the documents that answer
 * an incoming one. Only what {@code OutgoingAccess} lets the caller see.
 */
@Stateless
@PermitAll
public class OutgoingQueries {

    /** The work lists of outgoing documents. */
    public enum WorkList {
        /** Drafts the caller wrote, whatever their state. */
        MY_DRAFTS,
        /** Drafts waiting for the caller's review step. */
        TO_REVIEW,
        /** Approved drafts waiting for the caller's signature. */
        TO_SIGN,
        /** The clerk's: signed documents to issue, issued ones waiting for the agency signature. */
        TO_ISSUE,
        /** Drafts on which the caller (or the unit they head) was asked an opinion not yet given. */
        OPINIONS,
        /** The agency's issued documents (clerk: all; leaders and secretaries: not secret). */
        ISSUED
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    OutgoingRepository documents;

    @Inject
    OutgoingHistory history;

    @Inject
    FileStorage storage;

    /** Opens a document and records the view. */
    public OutgoingDocument open(long id) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        history.record(document, OutgoingAction.VIEWED, null, Instant.now());
        return document;
    }

    /** A document the caller sees, without recording a view (pages reloading after an action). */
    public OutgoingDocument find(long id) {
        return documents.visible(callers.current(), id);
    }

    public List<OutgoingEvent> timeline(long id) {
        Caller caller = callers.current();
        documents.visible(caller, id);
        return history.of(id);
    }

    /**
     * Whether the document's timeline is as it was written: every entry's hash recomputed and
     * chained to the one before (for whoever may see the document).
     */
    public vn.gov.qlvb.platform.entity.ChainCheck historyCheck(long id) {
        documents.visible(callers.current(), id);
        return history.verify(id);
    }

    /** Every version of the main file, oldest first. */
    public List<DraftVersion> versions(long id) {
        return documents.visible(callers.current(), id).getVersions();
    }

    /** Opens one version's file; the opening is recorded. The caller closes it. */
    public FileContent openVersion(long id, int number) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        DraftVersion version = document.getVersions().stream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("file.notFound"));
        history.record(
                document,
                OutgoingAction.DOWNLOADED,
                "Phiên bản " + number + ": " + version.getFile().getFileName(),
                Instant.now());
        return storage.open(version.getFile().getId());
    }

    /**
     * Opens an attachment in a separate file (1-based {@code number}), the agency-signed copy once
     * there is one; the opening is recorded. The caller closes it.
     */
    public FileContent openAnnex(long id, int number) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        List<Annex> annexes = document.getAnnexes();
        if (number < 1 || number > annexes.size()) {
            throw RuleViolation.notFound("file.notFound");
        }
        Attachment file = annexes.get(number - 1).getIssuedFile();
        history.record(document, OutgoingAction.DOWNLOADED, "Phụ lục: " + file.getFileName(), Instant.now());
        return storage.open(file.getId());
    }

    /** The caller's documents of one work list: the most urgent first, then the latest changed. */
    public Page<OutgoingDocument> list(WorkList list, int first, int size) {
        Caller caller = callers.current();
        String where;
        switch (list == null ? WorkList.MY_DRAFTS : list) {
            case MY_DRAFTS -> where = "d.author.id = :me";
            case TO_REVIEW -> where = "d.currentReviewerId = :me"
                    + " AND d.status = vn.gov.qlvb.outgoing.entity.OutgoingStatus.IN_REVIEW";
            case TO_SIGN -> where =
                    "d.signer.id = :me AND d.status = vn.gov.qlvb.outgoing.entity.OutgoingStatus.APPROVED";
            case TO_ISSUE -> {
                if (!caller.has(Role.CLERK)) {
                    return new Page<>(List.of(), 0, first, size);
                }
                where = "d.agency.id = :agency AND d.status IN (vn.gov.qlvb.outgoing.entity.OutgoingStatus.SIGNED,"
                        + " vn.gov.qlvb.outgoing.entity.OutgoingStatus.ISSUED)";
            }
            case OPINIONS -> where = "EXISTS (SELECT o FROM OpinionRequest o WHERE o.document = d AND o.answer IS NULL"
                    + " AND (o.person.id = :me OR o.unit.id = :unit))"
                    + " AND d.status IN (vn.gov.qlvb.outgoing.entity.OutgoingStatus.DRAFT,"
                    + " vn.gov.qlvb.outgoing.entity.OutgoingStatus.IN_REVIEW,"
                    + " vn.gov.qlvb.outgoing.entity.OutgoingStatus.RETURNED)";
            case ISSUED -> {
                if (!caller.has(Role.CLERK) && !caller.has(Role.LEADER) && !caller.has(Role.SECRETARY)) {
                    return new Page<>(List.of(), 0, first, size);
                }
                where = "d.agency.id = :agency AND d.issueNumber IS NOT NULL"
                        + (caller.has(Role.CLERK)
                                ? ""
                                : " AND d.confidentiality = vn.gov.qlvb.documents.entity.Confidentiality.NONE");
            }
            default -> throw new IllegalArgumentException(String.valueOf(list));
        }
        where = " WHERE d.agency.id = :agency AND " + where;
        TypedQuery<OutgoingDocument> rows = em.createQuery(
                "SELECT d FROM OutgoingDocument d" + where
                        + " ORDER BY d.urgencyRank DESC, d.updatedAt DESC, d.id DESC",
                OutgoingDocument.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM OutgoingDocument d" + where, Long.class);
        bind(rows, where, caller);
        bind(count, where, caller);
        int pageSize = Math.max(1, Math.min(size, 200));
        return new Page<>(
                rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList(),
                count.getSingleResult(),
                first,
                pageSize);
    }

    private static void bind(TypedQuery<?> q, String where, Caller caller) {
        q.setParameter("agency", caller.agencyId());
        if (where.contains(":me")) {
            q.setParameter("me", caller.personId());
        }
        if (where.contains(":unit")) {
            q.setParameter("unit", caller.has(Role.UNIT_HEAD) && caller.unitId() != null ? caller.unitId() : -1L);
        }
    }

    /**
     * The issued documents of the caller's agency that answer the incoming document
     * {@code incomingId}, among those the caller sees (the other way of the link).
     */
    public List<OutgoingDocument> answering(long incomingId) {
        Caller caller = callers.current();
        IncomingDocument incoming = em.find(IncomingDocument.class, incomingId);
        if (incoming == null || incoming.getAgency().getId() != caller.agencyId()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT d FROM OutgoingDocument d JOIN d.answers a WHERE a.id = :incoming ORDER BY d.id",
                        OutgoingDocument.class)
                .setParameter("incoming", incomingId)
                .getResultStream()
                .filter(d -> {
                    try {
                        documents.visible(caller, d.getId());
                        return true;
                    } catch (RuleViolation hidden) {
                        return false;
                    }
                })
                .toList();
    }
}
