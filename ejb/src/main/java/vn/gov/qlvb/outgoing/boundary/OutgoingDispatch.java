package vn.gov.qlvb.outgoing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.control.OutgoingRepository;
import vn.gov.qlvb.outgoing.control.RecipientDelivery;
import vn.gov.qlvb.outgoing.entity.OutgoingAction;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.outgoing.entity.RecipientStatus;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * After dispatch (phát hành): the recipients and where each copy stands, and the issuer's
 * corrections — recall (thu hồi), recipients added or removed, replacement by a new document.
 * Each step in the outgoing history; the recipients' side records its own.
 */
@Stateless
@PermitAll
public class OutgoingDispatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    OutgoingRepository documents;

    @Inject
    OutgoingHistory history;

    @Inject
    RecipientDelivery delivery;

    /** The recipients of a document the caller sees, with their status (the sender's table). */
    public List<Recipient> recipients(long id) {
        Caller caller = callers.current();
        return documents.visible(caller, id).getRecipients();
    }

    /**
     * The clerk recalls a dispatched document with a reason: it is frozen, and every recipient's
     * live copy is withdrawn (frozen at the recipient and out of its lists); the recipients'
     * statuses so far stay in the history.
     */
    @RolesAllowed(Role.Names.CLERK)
    public OutgoingDocument recall(long id, String reason) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        Instant now = Instant.now();
        document.recall(reason, now);
        for (Recipient r : document.getRecipients()) {
            if (r.getStatus().isDelivered() || r.getStatus() == RecipientStatus.QUEUED_FOR_EXCHANGE) {
                delivery.withdraw(document, r, document.getRecallReason(), now);
            }
        }
        history.record(document, OutgoingAction.RECALLED, document.getRecallReason(), now);
        return document;
    }

    /**
     * The clerk adds recipients to a dispatched document (they get it at once) and removes others
     * (their copies are withdrawn). Secret documents take no recipient; each agency once. The
     * external recipients that keep their copy are sent an update (edXML type 2) naming the
     * receivers added and removed; each answers 15 (applied) or 16 (refused, with a reason).
     */
    @RolesAllowed(Role.Names.CLERK)
    public OutgoingDocument updateRecipients(long id, List<String> addOrganIds, List<String> removeOrganIds) {
        Caller caller = callers.current();
        OutgoingDocument document = documents.visible(caller, id);
        document.requireDispatched();
        List<Agency> add = agencies(addOrganIds == null ? List.of() : addOrganIds);
        List<Agency> remove = agencies(removeOrganIds == null ? List.of() : removeOrganIds);
        if (add.isEmpty() && remove.isEmpty()) {
            throw RuleViolation.invalid("field.required", "recipients");
        }
        Instant now = Instant.now();
        List<String> changes = new ArrayList<>();
        for (Agency a : remove) {
            Recipient r = document.getRecipients().stream()
                    .filter(x -> x.getAgency().getId().equals(a.getId()) && x.isActive())
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.invalid("outgoing.recipient.notListed", "recipients"));
            if (r.getStatus().isDelivered() || r.getStatus() == RecipientStatus.QUEUED_FOR_EXCHANGE) {
                delivery.withdraw(document, r, "Điều chỉnh nơi nhận: " + document.getNotation(), now);
            }
            r.remove(now);
            changes.add("- " + a.getName());
        }
        List<Recipient> added = document.addRecipients(add, now);
        // the new rows get their ids: an external one is named by id in the exchange's outbox
        em.flush();
        delivery.deliver(document, added, now);
        added.forEach(r -> changes.add("+ " + r.getAgency().getName()));
        // the external recipients that keep the document learn of the change (edXML update)
        List<String> addedIds = add.stream().map(a -> a.getOrganId().value()).toList();
        List<String> removedIds =
                remove.stream().map(a -> a.getOrganId().value()).toList();
        String summary = "Điều chỉnh nơi nhận: " + String.join("; ", changes);
        for (Recipient r : document.getRecipients()) {
            if (!r.isInternal()
                    && r.isActive()
                    && !added.contains(r)
                    && (r.getStatus().isDelivered() || r.getStatus() == RecipientStatus.QUEUED_FOR_EXCHANGE)) {
                delivery.update(r, summary, addedIds, removedIds, now);
            }
        }
        history.record(document, OutgoingAction.RECIPIENTS_UPDATED, String.join("; ", changes), now);
        return document;
    }

    /**
     * Starts the document that will replace a dispatched one (its author or a clerk): a new draft
     * with the same description and recipients, marked as replacing it. Once the new document is
     * dispatched, the old one is {@code REPLACED} and its copies are withdrawn.
     */
    public OutgoingDocument replace(long id) {
        Caller caller = callers.current();
        OutgoingDocument old = documents.visible(caller, id);
        if (!caller.has(Role.CLERK) && old.getAuthor().getId() != caller.personId()) {
            throw RuleViolation.forbidden("access.denied");
        }
        Instant now = Instant.now();
        OutgoingDocument draft = OutgoingDocument.replacing(old, em.find(Person.class, caller.personId()), now);
        draft.addressTo(
                old.getRecipients().stream()
                        .filter(Recipient::isActive)
                        .map(Recipient::getAgency)
                        .toList(),
                now);
        em.persist(draft);
        history.record(draft, OutgoingAction.CREATED, "Thay thế văn bản số " + old.getNotation(), now);
        history.record(old, OutgoingAction.UPDATED, "Đang soạn văn bản thay thế (dự thảo " + draft.getId() + ")", now);
        return draft;
    }

    private List<Agency> agencies(List<String> organIds) {
        List<Agency> found = new ArrayList<>();
        for (String organId : organIds) {
            String value;
            try {
                value = OrganId.of(organId).value();
            } catch (RuleViolation malformed) {
                throw RuleViolation.invalid("outgoing.recipient.unknown", "recipients", organId);
            }
            found.add(em.createNamedQuery(Agency.BY_ORGAN_ID, Agency.class)
                    .setParameter("organId", value)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> RuleViolation.invalid("outgoing.recipient.unknown", "recipients", organId)));
        }
        return found;
    }
}
