package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.outbound.AxisClient;
import vn.gov.qlvb.exchange.control.outbound.PartnerClient;
import vn.gov.qlvb.exchange.control.outbound.PartnerSoapClient;
import vn.gov.qlvb.exchange.entity.OutboxMessage;
import vn.gov.qlvb.exchange.entity.OutboxState;
import vn.gov.qlvb.exchange.entity.PackageKind;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.outgoing.boundary.OutgoingTracking;
import vn.gov.qlvb.outgoing.entity.RecipientStatus;

/**
 * One delivery attempt of one outbox message, in a transaction of its own:
 *
 * <ol>
 *   <li>the message is locked ({@code PESSIMISTIC_WRITE}) and must still be pending and due, so
 *       two workers (two nodes) never deliver it twice at once;
 *   <li>its exact evidence bytes go to the partner's endpoint (REST or SOAP, as the partner is
 *       registered; to an axis, documents and statuses alike as the multipart upload of its
 *       sendEdoc) with our HMAC headers;
 *   <li>a receipt marks it delivered (and an outgoing recipient "arrived", status 01); a refusal
 *       with a code kills it; anything else schedules the next attempt with backoff.
 * </ol>
 *
 * A crash between the partner's receipt and this commit delivers the message again later: the
 * partner answers it as a duplicate with the first receipt, so it arrives exactly once.
 */
@Stateless
@PermitAll
public class OutboxDelivery {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRepository repository;

    @Inject
    OutgoingTracking tracking;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxState attempt(long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        if (message == null
                || message.getState() != OutboxState.PENDING
                || message.getNextAttemptAt().isAfter(now)) {
            return message == null ? null : message.getState();
        }
        Partner partner = repository.partner(message.getPartnerSystemId()).orElse(null);
        if (partner == null || !partner.isActive() || partner.getEndpointUrl() == null) {
            message.failed(
                    "the partner system has no endpoint or is inactive",
                    false,
                    repository.retryDelays(),
                    repository.maxAttempts(),
                    now);
            return message.getState();
        }
        byte[] secret =
                repository.secrets().decrypt(partner.getSecretEncrypted()).orElse(null);
        if (secret == null) {
            message.failed(
                    "the partner's secret does not open",
                    false,
                    repository.retryDelays(),
                    repository.maxAttempts(),
                    now);
            return message.getState();
        }
        byte[] bytes = repository.packageBytes(message.getEvidencePosition());
        Duration timeout = Duration.ofSeconds(60);
        PartnerClient.Outcome outcome =
                switch (partner.getTransport()) {
                    case AXIS -> new AxisClient(partner.getEndpointUrl(), repository.ourSystemId(), secret, timeout)
                            .sendEdoc(bytes);
                    case SOAP -> PartnerSoapClient.deliver(
                            partner.getEndpointUrl(),
                            repository.ourSystemId(),
                            secret,
                            message.getKind(),
                            bytes,
                            timeout);
                    case REST -> PartnerClient.deliver(
                            partner.getEndpointUrl(),
                            repository.ourSystemId(),
                            secret,
                            message.getKind(),
                            bytes,
                            timeout);
                };
        Instant after = Instant.now();
        if (outcome.delivered()) {
            message.delivered(outcome.remoteDocId(), after);
            if (message.getKind() == PackageKind.DOCUMENT && message.getOutgoingRecipientId() != null) {
                tracking.followExternal(message.getOutgoingRecipientId(), RecipientStatus.ARRIVED, null, after);
            }
        } else {
            message.failed(
                    outcome.error(), outcome.permanent(), repository.retryDelays(), repository.maxAttempts(), after);
        }
        return message.getState();
    }

    /**
     * An attempt ended in an unexpected error (its transaction rolled back): counted as a failed
     * attempt, in a transaction of its own, so the message waits its backoff instead of being
     * retried at once.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(long messageId, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message != null && message.getState() == OutboxState.PENDING) {
            message.failed(error, false, repository.retryDelays(), repository.maxAttempts(), Instant.now());
        }
    }
}
