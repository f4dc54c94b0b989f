package vn.gov.qlvb.exchange.boundary;

/** The HMAC headers of a partner's call, as received ({@code X-System-Id}, {@code X-Timestamp}, {@code X-Signature}). */
public record PartnerCall(String systemId, String timestamp, String signature) {

    /** The header naming the calling system. */
    public static final String SYSTEM_ID = "X-System-Id";
    /** The header with the call's Unix time in seconds. */
    public static final String TIMESTAMP = "X-Timestamp";
    /** The header with the call's HMAC. */
    public static final String SIGNATURE = "X-Signature";
}
