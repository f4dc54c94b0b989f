package vn.gov.qlvb.exchange.boundary;

/**
 * The answer to an accepted package: the id to use with getEdoc and in statuses, the status
 * {@code 01} (arrived), and whether the package had been received before (then nothing new was
 * stored and {@code docId} is the first receipt's).
 */
public record Receipt(String docId, String status, boolean duplicate) {}
