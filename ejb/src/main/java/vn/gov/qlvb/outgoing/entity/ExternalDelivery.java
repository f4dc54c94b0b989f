package vn.gov.qlvb.outgoing.entity;

/**
 * Published (as a CDI event, in the transaction of the change) when a recipient outside this
 * deployment is to receive a dispatched document ({@link Kind#SEND}) or to have it withdrawn
 * ({@link Kind#RECALL}): the interconnection observes it and writes the package to its outbox in
 * the same transaction, so the issue and the sending commit or roll back together.
 *
 * @param recipientId the recipient row ({@link Recipient})
 * @param kind what to carry
 * @param reason the recall's reason
 */
public record ExternalDelivery(long recipientId, Kind kind, String reason) {

    /** What the interconnection carries to the external recipient. */
    public enum Kind {
        /** The issued document, signed by the issuing agency. */
        SEND,
        /** A recall of the document sent before. */
        RECALL
    }
}
