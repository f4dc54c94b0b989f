package vn.gov.qlvb.exchange.boundary;

import java.time.Instant;

/** One line of getReceivedEdocList: a package waiting for its addressee's system to fetch it. */
public record ReceivedItem(
        String docId,
        String kind,
        String senderOrganId,
        String documentId,
        String statusCode,
        String pullStatus,
        Instant receivedAt) {}
