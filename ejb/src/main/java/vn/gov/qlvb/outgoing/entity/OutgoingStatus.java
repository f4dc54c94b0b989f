package vn.gov.qlvb.outgoing.entity;

/**
 * Where an outgoing document stands (Decree 30, Art. 10–19).
 *
 * <pre>
 * DRAFT ─submit─▶ IN_REVIEW ─last approval─▶ APPROVED ─sign─▶ SIGNED ─issue─▶ ISSUED ─agency signature─▶ DISPATCHED
 *   ▲                │ return                                                                         │ recall / replace
 *   └── RETURNED ◀───┘  (the author revises and submits again)                               RECALLED / REPLACED
 * </pre>
 */
public enum OutgoingStatus {
    /** Being written by its author; not yet submitted. */
    DRAFT,
    /** Going up the review chain; the current step's reviewer acts. */
    IN_REVIEW,
    /** Returned by a reviewer with a reason; the author revises and submits again. */
    RETURNED,
    /** Approved by every step of the chain; waits for the signer. */
    APPROVED,
    /** Signed digitally by the competent person; waits for the clerk to issue it. */
    SIGNED,
    /** Numbered, dated and registered in the outgoing register; waits for the agency signature. */
    ISSUED,
    /** Carries the agency signature and was sent to its recipients. */
    DISPATCHED,
    /** Recalled by the issuer (thu hồi): frozen, the recipients' copies withdrawn. */
    RECALLED,
    /** Replaced by a new document issued in its place. */
    REPLACED;

    /** Whether the draft's content may still change (a new version, other details). */
    public boolean isEditable() {
        return this == DRAFT || this == RETURNED || this == IN_REVIEW;
    }

    /** Whether the document was issued (has its number), whatever happened after. */
    public boolean isIssued() {
        return this == ISSUED || this == DISPATCHED || this == RECALLED || this == REPLACED;
    }
}
