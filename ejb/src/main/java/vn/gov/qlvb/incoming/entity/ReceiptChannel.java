package vn.gov.qlvb.incoming.entity;

/** How the document reached the agency. */
public enum ReceiptChannel {
    /** On paper, delivered by post or by hand. */
    PAPER,
    /** By e-mail. */
    EMAIL,
    /** A scan of a paper document (at least 200 dpi). */
    SCAN,
    /** An electronic document through the exchange (edXML). */
    EXCHANGE
}
