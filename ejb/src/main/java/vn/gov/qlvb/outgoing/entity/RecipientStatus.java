package vn.gov.qlvb.outgoing.entity;

import vn.gov.qlvb.incoming.entity.IncomingStatus;

/** Where one recipient's copy of an outgoing document stands, as the sender sees it. */
public enum RecipientStatus {
    /** Named on the draft; nothing sent yet. */
    PENDING,
    /** External recipient: waits for the interconnection (exchange) to carry it. */
    QUEUED_FOR_EXCHANGE,
    /** Delivered into the recipient's system, not registered yet (status 01/02). */
    ARRIVED,
    /** Registered by the recipient's clerk (status 03). */
    REGISTERED,
    /** Directed and assigned at the recipient (status 04). */
    ASSIGNED,
    /** Being handled at the recipient (status 05). */
    PROCESSING,
    /** Handling completed at the recipient (status 06). */
    COMPLETED,
    /** Refused by the recipient with a reason. */
    REFUSED,
    /** Withdrawn by the issuer's recall: the copy is frozen at the recipient. */
    RECALLED,
    /** Taken off the recipients by an update of the recipients. */
    REMOVED;

    /** The sender's view of the recipient's document status. */
    public static RecipientStatus of(IncomingStatus status) {
        return switch (status) {
            case ARRIVED -> ARRIVED;
            case REGISTERED, PRESENTED -> REGISTERED;
            case DIRECTED -> ASSIGNED;
            case IN_PROGRESS -> PROCESSING;
            case COMPLETED -> COMPLETED;
            case RETURNED -> REFUSED;
            case RECALLED -> RECALLED;
        };
    }

    /** Whether the recipient still holds a live copy. */
    public boolean isDelivered() {
        return this == ARRIVED || this == REGISTERED || this == ASSIGNED || this == PROCESSING || this == COMPLETED;
    }
}
