package vn.gov.qlvb.exchange.control;

import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.outgoing.entity.RecipientStatus;

/** The exchange's status codes in the terms of the incoming and outgoing capabilities, and back. */
public final class StatusTranslation {

    private StatusTranslation() {}

    /** The code a recipient's step is reported with; none for the arrival (01 is the receipt itself). */
    public static ExchangeStatus reportedFor(IncomingStatus status) {
        return switch (status) {
            case ARRIVED -> null;
            case REGISTERED, PRESENTED -> ExchangeStatus.REGISTERED;
            case DIRECTED -> ExchangeStatus.ASSIGNED;
            case IN_PROGRESS -> ExchangeStatus.PROCESSING;
            case COMPLETED -> ExchangeStatus.COMPLETED;
            case RETURNED -> ExchangeStatus.REFUSED;
            case RECALLED -> ExchangeStatus.RECALL_ACCEPTED;
        };
    }

    /** The sender's view of a code reported by an external recipient; none for 13 and 16. */
    public static RecipientStatus followedAs(ExchangeStatus status) {
        return switch (status) {
            case ARRIVED -> RecipientStatus.ARRIVED;
            case REFUSED -> RecipientStatus.REFUSED;
            case REGISTERED -> RecipientStatus.REGISTERED;
            case ASSIGNED -> RecipientStatus.ASSIGNED;
            case PROCESSING -> RecipientStatus.PROCESSING;
            case COMPLETED -> RecipientStatus.COMPLETED;
            case RECALL_ACCEPTED -> RecipientStatus.RECALLED;
            case RECALL_REQUESTED, RECALL_REFUSED -> null;
        };
    }

    /**
     * The answer a code gives to a change sent to the recipient (an update, a replacement, a
     * recall): {@code true} accepted (15), {@code false} refused (16); none for the other codes.
     */
    public static Boolean changeAnswer(ExchangeStatus status) {
        return switch (status) {
            case RECALL_ACCEPTED -> Boolean.TRUE;
            case RECALL_REFUSED -> Boolean.FALSE;
            default -> null;
        };
    }
}
