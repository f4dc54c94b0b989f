package vn.gov.qlvb.exchange.entity;

/** The two kinds of edXML package. */
public enum PackageKind {
    /** A document (new, recall, update or replace): a document {@code MessageHeader} and attachments. */
    DOCUMENT,
    /** A status message about a document: a status {@code MessageHeader}, no attachments. */
    STATUS
}
