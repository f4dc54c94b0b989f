package vn.gov.qlvb.outgoing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.outgoing.entity.OutgoingAction;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.OutgoingEvent;

/**
 * The timeline of each outgoing document. Entries are appended in the transaction of the change
 * they describe, one document at a time (its row is locked while the entry is chained), and
 * never changed; {@link #verify} recomputes the chain.
 */
@Stateless
@PermitAll
public class OutgoingHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    /** Records an action of the caller. */
    public OutgoingEvent record(OutgoingDocument document, OutgoingAction action, String detail, Instant at) {
        return record(document, action, detail, null, at);
    }

    /** Records an action of the caller on behalf of another person (secretary, deputy). */
    public OutgoingEvent record(
            OutgoingDocument document,
            OutgoingAction action,
            String detail,
            OutgoingEvent.Actor onBehalfOf,
            Instant at) {
        Caller caller = callers.current();
        return append(
                document,
                action,
                detail,
                new OutgoingEvent.Actor(caller.personId(), caller.fullName()),
                onBehalfOf,
                at);
    }

    /** Records an action of the system itself (automatic steps): no person acted. */
    public OutgoingEvent recordBySystem(OutgoingDocument document, OutgoingAction action, String detail, Instant at) {
        return append(document, action, detail, new OutgoingEvent.Actor(null, SYSTEM), null, at);
    }

    /** The actor name of the system's own entries. */
    public static final String SYSTEM = "Hệ thống QLVB";

    private OutgoingEvent append(
            OutgoingDocument document,
            OutgoingAction action,
            String detail,
            OutgoingEvent.Actor actor,
            OutgoingEvent.Actor onBehalfOf,
            Instant at) {
        em.flush();
        em.lock(document, LockModeType.PESSIMISTIC_WRITE);
        List<OutgoingEvent> last = em.createQuery(
                        "SELECT e FROM OutgoingEvent e WHERE e.documentId = :document ORDER BY e.id DESC",
                        OutgoingEvent.class)
                .setParameter("document", document.getId())
                .setMaxResults(1)
                .getResultList();
        OutgoingEvent event = new OutgoingEvent(
                document.getId(), last.isEmpty() ? null : last.get(0), action, actor, onBehalfOf, detail, at);
        em.persist(event);
        return event;
    }

    public List<OutgoingEvent> of(long documentId) {
        return em.createNamedQuery(OutgoingEvent.OF_DOCUMENT, OutgoingEvent.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    /** Recomputes the chain of a document's entries: the first that is changed or out of the chain. */
    public vn.gov.qlvb.platform.entity.ChainCheck verify(long documentId) {
        return vn.gov.qlvb.platform.entity.ChainCheck.of(of(documentId), OutgoingEvent::verifies, OutgoingEvent::getId);
    }
}
