package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.entity.Business;
import vn.gov.qlvb.exchange.entity.BusinessDocType;
import vn.gov.qlvb.exchange.entity.DocumentHeader;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.Organ;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.StaffInfo;
import vn.gov.qlvb.exchange.entity.TraceHeader;
import vn.gov.qlvb.files.boundary.FileContent;
import vn.gov.qlvb.files.boundary.FileStorage;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.outgoing.entity.DraftVersion;
import vn.gov.qlvb.outgoing.entity.ExternalDelivery;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Carries issued outgoing documents to recipients outside this deployment: each
 * {@link ExternalDelivery} (published in the issuing transaction) becomes a signed document
 * package in the outbox of the same transaction: new (0), recall (1), update of its recipients
 * (2, with the receivers added and removed; its own DocumentId {@link Business#updateIdOf}, which
 * the recipient's answer names), or, for a document replacing one the recipient got, replacement
 * (3, naming the replaced DocumentId). A secret document is refused
 * again here ({@code outgoing.secret.outsideRecipient}), whatever allowed it before: the whole
 * issue rolls back.
 *
 * <p>The document's {@code DocumentId} is {@code {OrganId},{yyyy/MM/dd},{number}/{notation}} of
 * the issue; the file is the sealed PDF as the agency signed it.
 */
@Stateless
@PermitAll
public class OutgoingExchange {

    @PersistenceContext
    EntityManager em;

    @Inject
    PackageDispatch dispatch;

    @Inject
    FileStorage files;

    public void carry(@Observes ExternalDelivery delivery) {
        Recipient recipient = em.find(Recipient.class, delivery.recipientId());
        OutgoingDocument document = recipient.getDocument();
        if (document.isSecret()) {
            throw RuleViolation.invalid("outgoing.secret.outsideRecipient", "recipients");
        }
        Agency agency = document.getAgency();
        String documentId = documentIdOf(document);
        String to = recipient.getAgency().getOrganId().value();
        LocalDateTime now = LocalDateTime.now(Edxml.VIETNAM).withNano(0);
        EdxmlPackage content =
                switch (delivery.kind()) {
                    case SEND -> sending(document, recipient, documentId, to, now);
                    case RECALL -> EdxmlPackage.document(
                            header(document, documentId + "#thu-hoi", to, toPlacesOf(document)),
                            List.of(new TraceHeader(agency.getOrganId().value(), now)),
                            new Business(
                                    documentId,
                                    BusinessDocType.RECALL,
                                    delivery.reason() == null ? "Thu hồi văn bản" : delivery.reason(),
                                    "0",
                                    null,
                                    null,
                                    List.of(),
                                    List.of(),
                                    clerk()),
                            List.of());
                    case UPDATE -> EdxmlPackage.document(
                            header(
                                    document,
                                    Business.updateIdOf(documentId, System.currentTimeMillis()),
                                    to,
                                    document.getRecipients().stream()
                                            .filter(Recipient::isActive)
                                            .map(r -> r.getAgency().getName())
                                            .toList()),
                            List.of(new TraceHeader(agency.getOrganId().value(), now)),
                            Business.update(
                                    documentId,
                                    delivery.reason() == null ? "Cập nhật văn bản" : delivery.reason(),
                                    false,
                                    receivers(delivery),
                                    clerk()),
                            List.of());
                };
        dispatch.enqueue(content, agency, to, recipient.getId());
    }

    /**
     * The document itself, with its sealed PDF: a new document, or, when it replaces one this
     * recipient's system got, a replacement naming the replaced DocumentId.
     */
    private EdxmlPackage sending(
            OutgoingDocument document, Recipient recipient, String documentId, String to, LocalDateTime now) {
        DraftVersion sealed = document.latestVersion().orElseThrow();
        byte[] pdf;
        try (FileContent file = files.open(sealed.getFile().getId())) {
            pdf = file.bytes().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Business business = document.replacedCopyOf(recipient.getAgency())
                .map(old -> Business.replacement(
                        documentId,
                        "Thay thế văn bản số " + old.getDocument().getNotation(),
                        List.of(new Business.Replacement(documentIdOf(old.getDocument()), List.of(to))),
                        clerk()))
                .orElseGet(() -> Business.newDocument(documentId, clerk()));
        return EdxmlPackage.document(
                header(document, documentId, to, toPlacesOf(document)),
                List.of(new TraceHeader(document.getAgency().getOrganId().value(), now)),
                business,
                List.of(new PackageAttachment(
                        "cid:1", fileName(document), document.getSubject(), "application/pdf", pdf)));
    }

    private static List<Business.Receiver> receivers(ExternalDelivery delivery) {
        List<Business.Receiver> receivers = new java.util.ArrayList<>();
        delivery.addedOrganIds().forEach(id -> receivers.add(new Business.Receiver(id, true)));
        delivery.removedOrganIds().forEach(id -> receivers.add(new Business.Receiver(id, false)));
        return receivers;
    }

    private static List<String> toPlacesOf(OutgoingDocument d) {
        return d.getRecipientsText() == null ? List.of() : List.of(d.getRecipientsText());
    }

    /** {@code {OrganId},{yyyy/MM/dd},{number}/{notation}} of an issued document. */
    private static String documentIdOf(OutgoingDocument d) {
        return d.getAgency().getOrganId().value() + "," + Edxml.DATE.format(d.issueDate()) + "," + d.getNotation();
    }

    private static DocumentHeader header(
            OutgoingDocument d, String packageDocumentId, String to, List<String> toPlaces) {
        Agency a = d.getAgency();
        String notation = d.getNotation();
        int slash = notation.indexOf('/');
        return new DocumentHeader(
                Organ.of(a.getOrganId().value(), a.getName()),
                List.of(Organ.of(to, to)),
                packageDocumentId,
                slash < 0 ? notation : notation.substring(0, slash),
                slash < 0 ? "" : notation.substring(slash + 1),
                "",
                d.issueDate(),
                1,
                0,
                d.getDocumentType().legalName(),
                d.getSubject(),
                "",
                d.getSignatureAuthority() == null ? "" : cut(d.getSignatureAuthority(), 30),
                d.getSignerPosition() == null ? "" : cut(d.getSignerPosition(), 100),
                d.getSigner() == null ? "" : cut(d.getSigner().getFullName(), 50),
                null,
                toPlaces,
                d.getUrgency() == null ? 0 : d.getUrgency().ordinal(),
                "",
                "",
                null,
                d.getPageCount(),
                false,
                List.of(),
                List.of(),
                "1");
    }

    private static String fileName(OutgoingDocument d) {
        return d.getNotation().replaceAll("[^\\p{L}\\p{N}._-]", "-") + ".pdf";
    }

    private static StaffInfo clerk() {
        return new StaffInfo("Văn thư", "", "", "");
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
