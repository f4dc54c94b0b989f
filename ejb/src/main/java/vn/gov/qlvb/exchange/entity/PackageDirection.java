package vn.gov.qlvb.exchange.entity;

/** Whether a package of the evidence log came in or went out. */
public enum PackageDirection {
    /** Received from a partner and accepted. */
    RECEIVED,
    /** Signed here and sent (or queued to be sent) to a partner. */
    SENT
}
