package vn.gov.qlvb.outgoing.entity;

/** What happened to an outgoing document; one history entry each. */
public enum OutgoingAction {
    /** The draft was created. */
    CREATED,
    /** Its description, signer, recipients or answered documents changed. */
    UPDATED,
    /** A new version of the main file was uploaded. */
    VERSION_ADDED,
    /** Opened by a person. */
    VIEWED,
    /** A version's file was opened. */
    DOWNLOADED,
    /** Submitted (again) up the review chain. */
    SUBMITTED,
    /** A review step approved. */
    APPROVED,
    /** A comment on the draft. */
    COMMENTED,
    /** Returned by a reviewer with a reason. */
    RETURNED,
    /** Opinions asked. */
    OPINION_REQUESTED,
    /** An opinion given. */
    OPINION_ANSWERED,
    /** An opinion's deadline extended. */
    OPINION_EXTENDED,
    /** The summary of the opinions kept. */
    OPINIONS_SUMMARISED,
    /** A signature with the signer's external key prepared. */
    SIGNATURE_PREPARED,
    /** Signed by the signer. */
    SIGNED,
    /** Numbered, dated and registered by the clerk. */
    ISSUED,
    /** The agency's signature applied. */
    AGENCY_SIGNED,
    /** Sent to a recipient (internal: delivered; external: queued for the exchange). */
    DISPATCHED,
    /** A recipient's copy changed status (registered, assigned, processing, completed, refused). */
    RECIPIENT_STATUS,
    /** Recipients added or removed after dispatch. */
    RECIPIENTS_UPDATED,
    /** Recalled by the issuer. */
    RECALLED,
    /** Replaced by a new document. */
    REPLACED
}
