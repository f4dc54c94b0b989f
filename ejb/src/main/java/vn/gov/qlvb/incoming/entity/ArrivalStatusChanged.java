package vn.gov.qlvb.incoming.entity;

import java.time.Instant;

/**
 * Published (as a CDI event, in the transaction of the change) whenever a step is recorded on a
 * document that arrived electronically: the sender's side, wherever it lives, learns where the
 * document stands at the recipient (Appendix VI III.1.k, III.1.o) without this capability
 * knowing who sent it.
 *
 * @param incomingDocumentId the recipient's document
 * @param externalId the sender's identifier of the document, as it arrived
 * @param status where the document stands now
 * @param reason the refusal or recall reason, when there is one
 * @param at when the step was taken
 */
public record ArrivalStatusChanged(
        long incomingDocumentId, String externalId, IncomingStatus status, String reason, Instant at) {}
