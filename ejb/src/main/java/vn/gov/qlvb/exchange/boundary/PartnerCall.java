package vn.gov.qlvb.exchange.boundary;

/** The HMAC headers of a partner's call, as received ({@code X-System-Id}, {@code X-Timestamp}, {@code X-Signature}). */
public record PartnerCall(String systemId, String timestamp, String signature) {}
