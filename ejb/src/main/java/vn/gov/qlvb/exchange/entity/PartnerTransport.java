package vn.gov.qlvb.exchange.entity;

/** How QLVB delivers packages to a partner system. */
public enum PartnerTransport {
    /** The REST operations of /lienthong/api/v1 (and the national axis): multipart or XML body, HMAC headers. */
    REST,
    /** The SOAP service EdocService of the shared WSDL. */
    SOAP
}
