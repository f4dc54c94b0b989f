package vn.gov.qlvb.outgoing.entity;

import java.util.List;

/**
 * Published (as a CDI event, in the transaction of the change) when a recipient outside this
 * deployment is to receive a dispatched document ({@link Kind#SEND}; when the document replaces
 * one this recipient had, the interconnection sends it as a replacement), to have it withdrawn
 * ({@link Kind#RECALL}), or to learn that its recipients changed ({@link Kind#UPDATE}): the
 * interconnection observes it and writes the package to its outbox in the same transaction, so
 * the change and the sending commit or roll back together.
 *
 * @param recipientId the recipient row ({@link Recipient})
 * @param kind what to carry
 * @param reason the recall's or the update's reason
 * @param addedOrganIds for an update: the agencies added to the recipients
 * @param removedOrganIds for an update: the agencies taken off the recipients
 */
public record ExternalDelivery(
        long recipientId, Kind kind, String reason, List<String> addedOrganIds, List<String> removedOrganIds) {

    public ExternalDelivery {
        addedOrganIds = addedOrganIds == null ? List.of() : List.copyOf(addedOrganIds);
        removedOrganIds = removedOrganIds == null ? List.of() : List.copyOf(removedOrganIds);
    }

    public ExternalDelivery(long recipientId, Kind kind, String reason) {
        this(recipientId, kind, reason, List.of(), List.of());
    }

    /** What the interconnection carries to the external recipient. */
    public enum Kind {
        /** The issued document, signed by the issuing agency. */
        SEND,
        /** A recall of the document sent before. */
        RECALL,
        /** An update of the document sent before: its recipients changed. */
        UPDATE
    }
}
