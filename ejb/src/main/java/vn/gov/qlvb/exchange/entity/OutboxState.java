package vn.gov.qlvb.exchange.entity;

/** Where a package waiting in the outbox stands. */
public enum OutboxState {
    /** Waiting for its next attempt (the first, or after a failure). */
    PENDING,
    /** The partner answered with a receipt (01, or a duplicate's). */
    DELIVERED,
    /**
     * Given up: the partner refused the package with a code (it would refuse it again), or the
     * attempts ran out. Listed for the administrator, who may resend it.
     */
    DEAD
}
