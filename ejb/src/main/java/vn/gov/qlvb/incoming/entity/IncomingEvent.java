package vn.gov.qlvb.incoming.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.gov.qlvb.platform.entity.Sha256;

/**
 * One entry of an incoming document's history: who (and on whose behalf), when, what, and a
 * comment. Entries are only ever added. Each holds the SHA-256 of its content and of the previous
 * entry of the same document, so an edited or removed entry breaks the chain ({@link #verifies}).
 */
@Entity
@Table(name = "qlvb_incoming_event")
@NamedQuery(
        name = IncomingEvent.OF_DOCUMENT,
        query = "SELECT e FROM IncomingEvent e WHERE e.documentId = :document ORDER BY e.id")
public class IncomingEvent {

    public static final String OF_DOCUMENT = "IncomingEvent.ofDocument";

    @Id
    @SequenceGenerator(name = "incoming_event_seq", sequenceName = "qlvb_incoming_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incoming_event_seq")
    private Long id;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Column(name = "event_at", nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 24, nullable = false, updatable = false)
    private IncomingAction action;

    @Column(name = "actor_id", updatable = false)
    private Long actorId;

    @Column(name = "actor_name", length = 150, updatable = false)
    private String actorName;

    @Column(name = "on_behalf_of_id", updatable = false)
    private Long onBehalfOfId;

    @Column(name = "on_behalf_of_name", length = 150, updatable = false)
    private String onBehalfOfName;

    @Column(name = "detail", length = 2000, updatable = false)
    private String detail;

    @Column(name = "previous_hash", length = 64, nullable = false, updatable = false)
    private String previousHash;

    @Column(name = "hash", length = 64, nullable = false, updatable = false)
    private String hash;

    protected IncomingEvent() {}

    /**
     * @param previous the document's latest entry, or {@code null} for its first
     * @param onBehalfOf the person the actor acted for (a secretary for a leader, a deputy under
     *     delegation), or {@code null}
     */
    public IncomingEvent(
            long documentId,
            IncomingEvent previous,
            IncomingAction action,
            Actor actor,
            Actor onBehalfOf,
            String detail,
            Instant at) {
        this.documentId = documentId;
        this.at = at;
        this.action = action;
        this.actorId = actor == null ? null : actor.id();
        this.actorName = actor == null ? null : actor.name();
        this.onBehalfOfId = onBehalfOf == null ? null : onBehalfOf.id();
        this.onBehalfOfName = onBehalfOf == null ? null : onBehalfOf.name();
        this.detail = detail == null ? null : detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        this.previousHash = previous == null ? Sha256.GENESIS : previous.hash;
        this.hash = computeHash();
    }

    /** A person as the history names them. */
    public record Actor(Long id, String name) {}

    private String computeHash() {
        return Sha256.link(
                previousHash,
                documentId,
                at.toEpochMilli(),
                action.name(),
                actorId,
                actorName,
                onBehalfOfId,
                onBehalfOfName,
                detail);
    }

    /** Whether this entry is unchanged and follows {@code previous} (null for the first). */
    public boolean verifies(IncomingEvent previous) {
        String expectedPrevious = previous == null ? Sha256.GENESIS : previous.hash;
        return previousHash.equals(expectedPrevious) && hash.equals(computeHash());
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public Instant getAt() {
        return at;
    }

    public IncomingAction getAction() {
        return action;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Long getOnBehalfOfId() {
        return onBehalfOfId;
    }

    public String getOnBehalfOfName() {
        return onBehalfOfName;
    }

    public String getDetail() {
        return detail;
    }

    public String getHash() {
        return hash;
    }
}
