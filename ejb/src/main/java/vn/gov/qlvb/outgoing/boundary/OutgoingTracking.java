package vn.gov.qlvb.outgoing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.gov.qlvb.incoming.entity.ArrivalStatusChanged;
import vn.gov.qlvb.outgoing.entity.OutgoingAction;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.outgoing.entity.RecipientStatus;

/**
 * Follows the copies delivered to internal recipients (Appendix VI III.1.k, III.1.o): every step
 * the recipient takes on its copy arrives here as {@link ArrivalStatusChanged}, in the
 * recipient's transaction, and a changed status is kept on the recipient and written into the
 * outgoing history with who took the step. Copies that came from elsewhere are ignored.
 */
@Stateless
@PermitAll
public class OutgoingTracking {

    @PersistenceContext
    EntityManager em;

    @Inject
    OutgoingHistory history;

    public void follow(@Observes ArrivalStatusChanged change) {
        if (change.externalId() == null || !change.externalId().contains("/outgoing/")) {
            return;
        }
        em.createQuery("SELECT r FROM Recipient r WHERE r.incomingId = :incoming", Recipient.class)
                .setParameter("incoming", change.incomingDocumentId())
                .getResultStream()
                .findFirst()
                .ifPresent(r -> {
                    RecipientStatus now = RecipientStatus.of(change.status());
                    if (r.follow(now, change.reason(), change.at())) {
                        history.record(
                                r.getDocument(),
                                OutgoingAction.RECIPIENT_STATUS,
                                r.getAgency().getName() + ": " + now
                                        + (change.reason() == null ? "" : " — " + change.reason()),
                                change.at());
                    }
                });
    }

    /**
     * An external recipient's system reported a status through the interconnection: kept on the
     * recipient and written into the outgoing history, like an internal recipient's step.
     */
    public void followExternal(long recipientId, RecipientStatus status, String reason, java.time.Instant at) {
        Recipient r = em.find(Recipient.class, recipientId);
        if (r != null && r.follow(status, reason, at)) {
            history.recordBySystem(
                    r.getDocument(),
                    OutgoingAction.RECIPIENT_STATUS,
                    r.getAgency().getName() + ": " + status
                            + (reason == null || reason.isBlank() ? "" : " — " + reason),
                    at);
        }
    }

    /**
     * An external recipient answered a change sent to it ({@code aboutUpdate}: an update; else a
     * replacement or a recall): accepted (15) or refused (16, with its reason). Kept on the row
     * (the sender's per-recipient table) and written into the outgoing history. A 15 that only
     * confirms a recall, with no change awaited, is the recall's status and nothing more.
     */
    public void changeAnswered(
            long recipientId, boolean accepted, String reason, java.time.Instant at, boolean aboutUpdate) {
        Recipient r = em.find(Recipient.class, recipientId);
        if (r == null || (accepted && !aboutUpdate && !r.awaitsChangeAnswer())) {
            return;
        }
        if (r.changeAnswered(accepted, reason, at)) {
            history.recordBySystem(
                    r.getDocument(),
                    OutgoingAction.RECIPIENT_STATUS,
                    r.getAgency().getName() + ": "
                            + (accepted ? "chấp nhận điều chỉnh (15)" : "từ chối điều chỉnh (16)")
                            + (reason == null || reason.isBlank() ? "" : " — " + reason),
                    at);
        }
    }
}
