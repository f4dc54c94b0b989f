package vn.gov.qlvb.outgoing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.qlvb.incoming.boundary.ElectronicArrival;
import vn.gov.qlvb.incoming.boundary.IncomingArrivals;
import vn.gov.qlvb.incoming.entity.IncomingDetails;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.outgoing.boundary.OutgoingHistory;
import vn.gov.qlvb.outgoing.entity.DraftVersion;
import vn.gov.qlvb.outgoing.entity.OutgoingAction;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Hands an issued document to its recipients: an agency hosted here gets it at once as an
 * incoming document in its "arrived" state with the exact files the agency signed (the main file,
 * then the attachments in separate files); a remote one
 * is queued for the exchange. Withdraws copies on recall and on removal. Each step goes into the
 * outgoing history (the incoming side keeps its own).
 */
@Dependent
public class RecipientDelivery {

    @Inject
    IncomingArrivals arrivals;

    @Inject
    OutgoingHistory history;

    @Inject
    jakarta.enterprise.event.Event<vn.gov.qlvb.outgoing.entity.ExternalDelivery> external;

    /** The identifier a copy arrives with: the issuing agency's OrganId and the document's id. */
    public static String externalIdOf(OutgoingDocument d) {
        return d.getAgency().getOrganId().value() + "/outgoing/" + d.getId();
    }

    /** Sends the dispatched document to each of {@code recipients}. */
    public void deliver(OutgoingDocument document, List<Recipient> recipients, Instant now) {
        if (document.isSecret() && !recipients.isEmpty()) {
            throw RuleViolation.invalid("outgoing.secret.outsideRecipient", "recipients");
        }
        DraftVersion sealed = document.latestVersion().orElseThrow();
        List<Long> files = new ArrayList<>();
        files.add(sealed.getFile().getId());
        document.getAnnexes().forEach(a -> files.add(a.getIssuedFile().getId()));
        for (Recipient r : recipients) {
            if (r.isInternal()) {
                IncomingDocument copy = arrivals.accept(new ElectronicArrival(
                        r.getAgency().getId(), detailsOf(document), externalIdOf(document), files));
                r.delivered(copy.getId(), now);
                history.record(
                        document, OutgoingAction.DISPATCHED, r.getAgency().getName() + ": đã chuyển đến", now);
            } else {
                r.queueForExchange(now);
                external.fire(new vn.gov.qlvb.outgoing.entity.ExternalDelivery(
                        r.getId(), vn.gov.qlvb.outgoing.entity.ExternalDelivery.Kind.SEND, null));
                history.record(
                        document,
                        OutgoingAction.DISPATCHED,
                        r.getAgency().getName() + ": chờ gửi qua trục liên thông",
                        now);
            }
        }
    }

    /** Withdraws a recipient's live copy with the reason (the recipient's side records it). */
    public void withdraw(OutgoingDocument document, Recipient r, String reason, Instant now) {
        if (r.isInternal() && r.getIncomingId() != null && r.getStatus().isDelivered()) {
            arrivals.recall(r.getIncomingId(), externalIdOf(document), reason);
        } else {
            if (!r.isInternal()) {
                external.fire(new vn.gov.qlvb.outgoing.entity.ExternalDelivery(
                        r.getId(), vn.gov.qlvb.outgoing.entity.ExternalDelivery.Kind.RECALL, reason));
            }
            r.follow(vn.gov.qlvb.outgoing.entity.RecipientStatus.RECALLED, reason, now);
        }
    }

    /**
     * Tells an external recipient that still holds the document that its recipients changed
     * ({@code added}, {@code removed}: OrganIds); the answer is awaited on the row.
     */
    public void update(Recipient r, String summary, List<String> added, List<String> removed, Instant now) {
        external.fire(new vn.gov.qlvb.outgoing.entity.ExternalDelivery(
                r.getId(), vn.gov.qlvb.outgoing.entity.ExternalDelivery.Kind.UPDATE, summary, added, removed));
        r.changeSent(summary, now);
    }

    /** The description an internal recipient's copy arrives with. */
    static IncomingDetails detailsOf(OutgoingDocument d) {
        String printed = d.getNotation();
        int slash = printed.indexOf('/');
        LocalDate issued = d.issueDate();
        return new IncomingDetails(
                d.getDocumentType(),
                printed.substring(0, slash),
                printed.substring(slash + 1),
                issued,
                d.getAgency().getName(),
                d.getAgency().getOrganId().value(),
                d.getSubject(),
                null,
                d.getPageCount(),
                null,
                d.getSignerPosition() == null ? null : cut(d.getSignerPosition(), 100),
                cut(d.getSigner().getFullName(), 50),
                d.getUrgency(),
                d.getConfidentiality(),
                d.getRecipientsText(),
                null);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
