package vn.gov.qlvb.organisations.entity;

/** Where a delegation stands on a given day; derived from its period and revocation. */
public enum DelegationStatus {
    /** Recorded, but its period has not started yet. */
    PLANNED,
    /** The deputy may act for the leader today. */
    IN_FORCE,
    /** Its period is over; kept for the history of what the deputy did. */
    EXPIRED,
    /** Ended early by the leader or an administrator. */
    REVOKED
}
