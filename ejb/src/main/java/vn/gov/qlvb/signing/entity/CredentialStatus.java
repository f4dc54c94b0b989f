package vn.gov.qlvb.signing.entity;

/** The lifecycle of a stored signing credential. */
public enum CredentialStatus {
    /** The owner signs with it. */
    ACTIVE,
    /** Replaced or withdrawn: kept for the record, never used to sign again. */
    RETIRED
}
