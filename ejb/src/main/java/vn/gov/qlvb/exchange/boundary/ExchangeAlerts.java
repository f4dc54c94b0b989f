package vn.gov.qlvb.exchange.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.entity.OutboxMessage;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Alerts for documents not delivered in time (văn bản gửi liên thông chưa đến nơi nhận): the
 * packages of outgoing documents to external recipients still waiting after {@code
 * qlvb.exchange.alert-after} (ISO duration, default {@code PT4H}), or given up. The province-wide
 * administrator sees every agency's; a clerk sees their agency's.
 */
@Stateless
@PermitAll
public class ExchangeAlerts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ExchangeRepository repository;

    @Inject
    CallerContext callers;

    /** The alerts the caller may see, oldest first ({@code access.denied} for other people). */
    public List<DeliveryAlert> alerts() {
        Caller caller = callers.current();
        String agency = scopeOf(caller);
        return repository.undelivered(agency, Instant.now().minus(alertAfter())).stream()
                .map(this::alertOf)
                .toList();
    }

    /** How many alerts the caller sees: zero for people who see none (the home page's counter). */
    public long count() {
        Caller caller = callers.current();
        if (!(caller.isAdmin() && caller.provinceWide()) && !caller.has(Role.CLERK)) {
            return 0;
        }
        return repository
                .undelivered(scopeOf(caller), Instant.now().minus(alertAfter()))
                .size();
    }

    /** The wait after which a package still not delivered is an alert. */
    public Duration alertAfter() {
        return repository.alertAfter();
    }

    /** {@code null}: every agency (province-wide administrator); else the clerk's agency. */
    private static String scopeOf(Caller caller) {
        if (caller.isAdmin() && caller.provinceWide()) {
            return null;
        }
        if (caller.has(Role.CLERK)) {
            return caller.organId();
        }
        throw RuleViolation.forbidden("access.denied");
    }

    private DeliveryAlert alertOf(OutboxMessage m) {
        Recipient r = em.find(Recipient.class, m.getOutgoingRecipientId());
        return new DeliveryAlert(
                m.getId(),
                r == null ? null : r.getDocument().getId(),
                r == null ? m.getDocumentId() : r.getDocument().getNotation(),
                r == null ? null : r.getDocument().getSubject(),
                m.getSenderOrganId(),
                m.getRecipientOrganId(),
                r == null ? m.getRecipientOrganId() : r.getAgency().getName(),
                m.getState().name(),
                m.getCreatedAt(),
                m.getAttempts(),
                m.getLastError());
    }
}
