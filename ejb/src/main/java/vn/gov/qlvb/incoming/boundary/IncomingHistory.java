package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.incoming.entity.ArrivalStatusChanged;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingEvent;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;

/**
 * The timeline of each incoming document. Entries are appended in the transaction of the change
 * they describe, one document at a time (its row is locked while the entry is chained), and
 * never changed; {@link #verify} recomputes the chain. Each entry on a document that arrived
 * electronically also publishes {@link ArrivalStatusChanged}, so its sender follows it.
 */
@Stateless
@PermitAll
public class IncomingHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Event<ArrivalStatusChanged> arrivalStatus;

    /** Records an action of the caller. */
    public IncomingEvent record(IncomingDocument document, IncomingAction action, String detail, Instant at) {
        return record(document, action, detail, null, at);
    }

    /** Records an action of the caller on behalf of another person (secretary, deputy). */
    public IncomingEvent record(
            IncomingDocument document,
            IncomingAction action,
            String detail,
            IncomingEvent.Actor onBehalfOf,
            Instant at) {
        Caller caller = callers.current();
        return append(
                document,
                action,
                detail,
                new IncomingEvent.Actor(caller.personId(), caller.fullName()),
                onBehalfOf,
                at);
    }

    /** Records an action of the system itself (automatic reminders): no person acted. */
    public IncomingEvent recordBySystem(IncomingDocument document, IncomingAction action, String detail, Instant at) {
        return append(document, action, detail, new IncomingEvent.Actor(null, SYSTEM), null, at);
    }

    /** The actor name of the system's own entries. */
    public static final String SYSTEM = "Hệ thống QLVB";

    private IncomingEvent append(
            IncomingDocument document,
            IncomingAction action,
            String detail,
            IncomingEvent.Actor actor,
            IncomingEvent.Actor onBehalfOf,
            Instant at) {
        IncomingEvent event =
                new IncomingEvent(document.getId(), previous(document), action, actor, onBehalfOf, detail, at);
        em.persist(event);
        document.appendedHere(event);
        if (document.isElectronicArrival()) {
            arrivalStatus.fire(new ArrivalStatusChanged(
                    document.getId(),
                    document.getExternalId(),
                    document.getStatus(),
                    document.getStatus() == vn.gov.qlvb.incoming.entity.IncomingStatus.RETURNED
                            ? document.getReturnReason()
                            : document.getRecallReason(),
                    at));
        }
        return event;
    }

    /**
     * The document's latest entry, {@code null} before its first. A document created in this
     * transaction is seen by no one else: its latest entry is the one this transaction appended,
     * with no lock or query. Otherwise its row is locked to the commit, so that entries of
     * concurrent changes chain one after the other. Either way the document's row is written
     * first: an entry refers to it by id alone, which leaves the order of the inserts to us.
     */
    private IncomingEvent previous(IncomingDocument document) {
        em.flush();
        if (document.isCreatedHere() && em.contains(document)) {
            return document.lastEntryHere();
        }
        em.lock(document, LockModeType.PESSIMISTIC_WRITE);
        List<IncomingEvent> last = em.createQuery(
                        "SELECT e FROM IncomingEvent e WHERE e.documentId = :document ORDER BY e.id DESC",
                        IncomingEvent.class)
                .setParameter("document", document.getId())
                .setMaxResults(1)
                .getResultList();
        return last.isEmpty() ? null : last.get(0);
    }

    public List<IncomingEvent> of(long documentId) {
        return em.createNamedQuery(IncomingEvent.OF_DOCUMENT, IncomingEvent.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    /** Recomputes the chain of a document's entries: the first that is changed or out of the chain. */
    public vn.gov.qlvb.platform.entity.ChainCheck verify(long documentId) {
        return vn.gov.qlvb.platform.entity.ChainCheck.of(of(documentId), IncomingEvent::verifies, IncomingEvent::getId);
    }
}
