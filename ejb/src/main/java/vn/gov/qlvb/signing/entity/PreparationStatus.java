package vn.gov.qlvb.signing.entity;

/** The lifecycle of an external signature's preparation. */
public enum PreparationStatus {
    /** Waiting for the outside signature value, until it expires. */
    PREPARED,
    /** Completed into a signed PDF: cannot be completed again. */
    COMPLETED
}
