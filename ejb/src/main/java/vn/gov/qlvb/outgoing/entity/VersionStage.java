package vn.gov.qlvb.outgoing.entity;

/** What made a version of the main file. */
public enum VersionStage {
    /** Uploaded by the author or a reviewer while drafting. */
    DRAFT,
    /** The PDF as the signer signed it. */
    SIGNER_SIGNED,
    /** The signed PDF with the number and issue date stamped by the clerk. */
    NUMBERED,
    /** The issued PDF with the agency's signature: what the recipients receive. */
    AGENCY_SIGNED
}
