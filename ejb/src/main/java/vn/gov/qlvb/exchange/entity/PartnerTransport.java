package vn.gov.qlvb.exchange.entity;

/** How QLVB delivers packages to a partner system. */
public enum PartnerTransport {
    /** The REST operations of /lienthong/api/v1: a pushed XML body to sendEdoc or sendStatus, HMAC headers. */
    REST,
    /** The SOAP service EdocService of the shared WSDL. */
    SOAP,
    /**
     * An exchange axis (the national axis, or another QLVB acting as a hub): packages of both
     * kinds go out through its {@code sendEdoc} as a multipart upload, and come in by pulling
     * (getReceivedEdocList → getEdoc → updateStatus); its agency list is synchronised on demand.
     * It needs an endpoint.
     */
    AXIS
}
