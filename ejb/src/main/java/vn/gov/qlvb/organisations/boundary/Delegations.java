package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.gov.qlvb.organisations.entity.Delegation;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Delegation of a leader's authority (ủy quyền). A leader delegates their own authority; an
 * administrator of the agency may record a delegation for a leader. The delegator must hold
 * the leader role.
 */
@Stateless
@PermitAll
public class Delegations {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    PeopleDirectory people;

    public List<Delegation> ofAgency(String organId) {
        Caller caller = callers.current();
        return em.createQuery(
                        "SELECT d FROM Delegation d WHERE d.delegator.agency.organId.value = :organId"
                                + " ORDER BY d.validFrom DESC",
                        Delegation.class)
                .setParameter("organId", organId)
                .getResultStream()
                .filter(d -> callers.reads(caller, d.getDelegator().getAgency()))
                .toList();
    }

    public Delegation grant(long delegatorId, long delegateId, LocalDate from, LocalDate to, String reason) {
        Caller caller = callers.current();
        Person delegator = people.find(delegatorId);
        Person delegate = people.find(delegateId);
        boolean ownAuthority = delegator.getId() == caller.personId() && caller.has(Role.LEADER);
        if (!ownAuthority && !callers.administers(caller, delegator.getAgency())) {
            throw RuleViolation.forbidden("access.denied");
        }
        boolean isLeader =
                people.accountOf(delegator).map(a -> a.has(Role.LEADER)).orElse(false);
        if (!isLeader) {
            throw RuleViolation.invalid("delegation.delegator.notLeader", "delegatorId");
        }
        Delegation delegation = new Delegation(delegator, delegate, from, to, reason);
        em.persist(delegation);
        return delegation;
    }

    public Delegation revoke(long id) {
        Caller caller = callers.current();
        Delegation delegation = em.find(Delegation.class, id);
        if (delegation == null
                || !callers.reads(caller, delegation.getDelegator().getAgency())) {
            throw RuleViolation.notFound("delegation.notFound");
        }
        boolean own = delegation.getDelegator().getId() == caller.personId();
        if (!own && !callers.administers(caller, delegation.getDelegator().getAgency())) {
            throw RuleViolation.forbidden("access.denied");
        }
        delegation.revoke(Instant.now());
        return delegation;
    }

    /** The delegation in force today under which the caller may act for {@code leaderId}. */
    public Optional<Delegation> inForce(long leaderId) {
        Caller caller = callers.current();
        LocalDate today = LocalDate.now();
        return em.createQuery(
                        "SELECT d FROM Delegation d WHERE d.delegator.id = :leader AND d.delegate.id = :me"
                                + " AND d.revokedAt IS NULL",
                        Delegation.class)
                .setParameter("leader", leaderId)
                .setParameter("me", caller.personId())
                .getResultStream()
                .filter(d -> d.isInForceOn(today))
                .findFirst();
    }
}
