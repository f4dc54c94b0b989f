package vn.gov.qlvb.exchange.entity;

import java.time.Instant;

/**
 * An evidence entry without its bytes: what the trail of a document lists.
 *
 * @param documentId the DocumentId the package is about (for a status: the document it reports on)
 * @param statusCode for a status package, its code; else {@code null}
 */
public record EvidenceLine(
        long position,
        Instant recordedAt,
        PackageDirection direction,
        PackageKind kind,
        String senderOrganId,
        String documentId,
        String statusCode,
        String partnerSystemId,
        String packageSha256) {}
