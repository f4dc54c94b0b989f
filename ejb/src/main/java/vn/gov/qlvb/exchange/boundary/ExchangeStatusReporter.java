package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.inbound.IncomingTranslation;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.Organ;
import vn.gov.qlvb.exchange.entity.ResponseFor;
import vn.gov.qlvb.exchange.entity.StaffInfo;
import vn.gov.qlvb.exchange.entity.StatusHeader;
import vn.gov.qlvb.exchange.entity.TraceHeader;
import vn.gov.qlvb.incoming.entity.ArrivalStatusChanged;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.entity.Agency;

/**
 * Sends the business statuses of documents received through the interconnection back to their
 * senders: each step the recipient takes ({@link ArrivalStatusChanged}, in its transaction)
 * becomes a signed status package in the outbox of the same transaction: 02 refused (with the
 * reason), 03 registered, 04 assigned, 05 processing, 06 completed, 15 recall accepted (also a
 * copy replaced by a newer document). Each code is sent once per document and recipient; 01 was
 * the synchronous receipt. The answers to updates and replacements (15, 16) go out through
 * {@link #answer} too.
 */
@Stateless
@PermitAll
public class ExchangeStatusReporter {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRepository repository;

    @Inject
    PackageDispatch dispatch;

    public void report(@Observes ArrivalStatusChanged change) {
        Optional<String> documentId = IncomingTranslation.documentIdOf(change.externalId());
        ExchangeStatus status = vn.gov.qlvb.exchange.control.StatusTranslation.reportedFor(change.status());
        if (documentId.isEmpty() || status == null) {
            return;
        }
        IncomingDocument copy = em.find(IncomingDocument.class, change.incomingDocumentId());
        String code = copy.getCodeNumber() + (copy.getCodeNotation() == null ? "" : "/" + copy.getCodeNotation());
        String issued = copy.getIssuedDate() == null ? "" : Edxml.DATE.format(copy.getIssuedDate());
        answer(copy.getAgency(), documentId.get(), code, issued, status, change.reason());
    }

    /**
     * Sends {@code status} (with {@code reason}) from the recipient agency {@code recipient}
     * about the package {@code documentId} (whose sender's OrganId starts it) back to that sender,
     * once per code: a step on a received document, or the answer (15, 16) to an update or a
     * replacement. {@code code} and {@code issued} describe the document as the recipient knows it.
     */
    public void answer(
            Agency recipient, String documentId, String code, String issued, ExchangeStatus status, String reason) {
        String from = recipient.getOrganId().value();
        if (repository.statusQueued(documentId, from, status.code())) {
            return;
        }
        int comma = documentId.indexOf(',');
        String originalSender = comma < 0 ? documentId : documentId.substring(0, comma);
        if (repository.agency(originalSender).filter(Agency::isRemote).isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(Edxml.VIETNAM).withNano(0);
        EdxmlPackage content = EdxmlPackage.status(
                new StatusHeader(
                        Organ.of(from, recipient.getName()),
                        new ResponseFor(originalSender, code, issued, documentId),
                        new StaffInfo("Văn thư", "", "", ""),
                        status,
                        reason == null ? "" : reason,
                        now),
                List.of(new TraceHeader(from, now)));
        dispatch.enqueue(content, recipient, originalSender, null);
    }
}
