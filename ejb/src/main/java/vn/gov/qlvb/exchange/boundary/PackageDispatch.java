package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.control.outbound.EdxmlBuilder;
import vn.gov.qlvb.exchange.control.outbound.XmlDsigPackageSigner;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.EvidenceEntry;
import vn.gov.qlvb.exchange.entity.OutboxMessage;
import vn.gov.qlvb.exchange.entity.OutboxState;
import vn.gov.qlvb.exchange.entity.PackageDirection;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.signing.boundary.SigningKeys;
import vn.gov.qlvb.signing.entity.InProcessKey;

/**
 * Sends packages: signs a package with the sending agency's key (through the signing
 * capability; the key stays in this process), keeps its bytes in the evidence log and writes it
 * to the outbox, all in the caller's transaction; the {@link OutboxWorker} delivers it. And the
 * administrator's dead-letter list with its manual resend.
 */
@Stateless
@PermitAll
public class PackageDispatch {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRepository repository;

    @Inject
    SigningKeys keys;

    @Inject
    CallerContext callers;

    /**
     * Signs {@code content} as {@code sendingAgency} and queues it for {@code recipientOrganId}.
     * The recipient's partner system is looked up at each delivery: a remote agency not yet
     * connected to any partner waits in the outbox (then among the dead letters) until an
     * administrator connects it.
     *
     * @throws RuleViolation {@code exchange.recipient.unreachable} when the recipient is not a
     *     remote agency
     */
    public OutboxMessage enqueue(
            EdxmlPackage content, Agency sendingAgency, String recipientOrganId, Long outgoingRecipientId) {
        Agency recipient = repository
                .agency(recipientOrganId)
                .orElseThrow(
                        () -> RuleViolation.invalid("exchange.recipient.unreachable", "recipients", recipientOrganId));
        String partnerId = recipient.getPartnerSystemId();
        if (!recipient.isRemote()) {
            throw RuleViolation.invalid("exchange.recipient.unreachable", "recipients", recipientOrganId);
        }
        InProcessKey key = keys.agencyKeyForPackages(sendingAgency.getId());
        byte[] signed = XmlDsigPackageSigner.sign(EdxmlBuilder.build(content), key.privateKey(), key.certificate());
        EvidenceEntry evidence = repository.appendEvidence(PackageDirection.SENT, content, partnerId, signed);
        OutboxMessage message = new OutboxMessage(
                content, partnerId, recipientOrganId, outgoingRecipientId, evidence.getPosition(), Instant.now());
        em.persist(message);
        return message;
    }

    /** The packages given up (province-wide administrator). */
    public List<OutboxMessage> deadLetters() {
        requireProvinceWide();
        return repository.outbox(OutboxState.DEAD);
    }

    /** Packages still waiting to be delivered (province-wide administrator). */
    public List<OutboxMessage> pending() {
        requireProvinceWide();
        return repository.outbox(OutboxState.PENDING);
    }

    /** The packages pulled from an axis and refused here, the latest 200 first (province-wide administrator). */
    public List<vn.gov.qlvb.exchange.entity.PulledRefusal> pulledRefusals() {
        requireProvinceWide();
        return em.createQuery(
                        "SELECT r FROM PulledRefusal r ORDER BY r.refusedAt DESC, r.id DESC",
                        vn.gov.qlvb.exchange.entity.PulledRefusal.class)
                .setMaxResults(200)
                .getResultList();
    }

    /** Sends a dead package again, now, with a fresh series of attempts. */
    public OutboxMessage resend(long messageId) {
        requireProvinceWide();
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        if (message == null || message.getState() != OutboxState.DEAD) {
            throw RuleViolation.notFound("exchange.outbox.notFound");
        }
        message.resend(Instant.now());
        return message;
    }

    private void requireProvinceWide() {
        Caller caller = callers.current();
        if (!caller.isAdmin() || !caller.provinceWide()) {
            throw RuleViolation.forbidden("access.denied");
        }
    }
}
