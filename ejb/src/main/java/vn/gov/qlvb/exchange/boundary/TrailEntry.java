package vn.gov.qlvb.exchange.boundary;

import java.time.Instant;
import java.util.List;

/**
 * One package of a document's trail between agencies, as the administrator sees it: the
 * evidence entry (without its bytes), then, for a package we sent, each delivery to a recipient
 * from the outbox, and for a package we received, each receipt we gave an addressee hosted here.
 *
 * @param direction {@code SENT} or {@code RECEIVED}
 * @param kind {@code DOCUMENT} or {@code STATUS}
 * @param statusCode the code of a status package (01–16), else {@code null}
 */
public record TrailEntry(
        long position,
        Instant recordedAt,
        String direction,
        String kind,
        String senderOrganId,
        String documentId,
        String statusCode,
        String partnerSystemId,
        String packageSha256,
        List<Leg> legs) {

    /**
     * A delivery (sent: the recipient, the outbox state, attempts, when delivered, the last error)
     * or a receipt (received: the addressee, our docId, whether its system fetched it).
     */
    public record Leg(String organId, String state, int attempts, Instant at, String detail) {}
}
