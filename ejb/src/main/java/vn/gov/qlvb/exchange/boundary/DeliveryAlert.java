package vn.gov.qlvb.exchange.boundary;

import java.time.Instant;

/**
 * A document sent through the interconnection that has not reached its recipient in time: its
 * package is still waiting after {@code qlvb.exchange.alert-after}, or was given up ({@code
 * DEAD}).
 *
 * @param messageId the outbox package
 * @param outgoingDocumentId the outgoing document sent
 * @param notation its number and notation
 * @param subject its subject
 * @param senderOrganId the sending agency
 * @param recipientOrganId the recipient agency
 * @param recipientName its name
 * @param state {@code PENDING} (still tried) or {@code DEAD} (given up)
 * @param since when it was queued
 * @param attempts the attempts made
 * @param lastError the last failure
 */
public record DeliveryAlert(
        long messageId,
        Long outgoingDocumentId,
        String notation,
        String subject,
        String senderOrganId,
        String recipientOrganId,
        String recipientName,
        String state,
        Instant since,
        int attempts,
        String lastError) {}
