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
import vn.gov.qlvb.organisations.entity.Agency;
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

    @Inject
    AgencyDirectory agencies;

    /**
     * The delegations granted by the leaders of an agency, revoked and expired ones included,
     * the most recent period first.
     *
     * @throws RuleViolation {@code agency.notFound} when the agency is unknown or the caller may
     *     not read it
     */
    public List<Delegation> ofAgency(String organId) {
        Caller caller = callers.current();
        Agency agency = agencies.find(organId);
        if (!callers.reads(caller, agency)) {
            throw RuleViolation.notFound("agency.notFound");
        }
        return em.createQuery(
                        "SELECT d FROM Delegation d WHERE d.delegator.agency = :agency"
                                + " ORDER BY d.validFrom DESC, d.id DESC",
                        Delegation.class)
                .setParameter("agency", agency)
                .getResultList();
    }

    /**
     * One delegation, for anyone who reads the delegator's agency.
     *
     * @throws RuleViolation {@code delegation.notFound} when it does not exist or is not
     *     visible to the caller
     */
    public Delegation find(long id) {
        Caller caller = callers.current();
        Delegation delegation = em.find(Delegation.class, id);
        if (delegation == null
                || !callers.reads(caller, delegation.getDelegator().getAgency())) {
            throw RuleViolation.notFound("delegation.notFound");
        }
        return delegation;
    }

    /**
     * Records a delegation.
     *
     * <ol>
     *   <li>both persons are given ({@code field.required}) and visible to the caller;
     *   <li>the caller is the delegator acting as a leader, or administers the delegator's
     *       agency ({@code access.denied});
     *   <li>the delegator's account holds the leader role ({@code delegation.delegator.notLeader});
     *   <li>the rules of {@link Delegation} hold: active, distinct people of one agency and a
     *       period that does not end before it starts.
     * </ol>
     */
    public Delegation grant(Long delegatorId, Long delegateId, LocalDate from, LocalDate to, String reason) {
        Caller caller = callers.current();
        if (delegatorId == null) {
            throw RuleViolation.invalid("field.required", "delegator");
        }
        if (delegateId == null) {
            throw RuleViolation.invalid("field.required", "delegate");
        }
        Person delegator = people.find(delegatorId);
        Person delegate = people.find(delegateId);
        boolean ownAuthority = delegator.getId() == caller.personId() && caller.has(Role.LEADER);
        if (!ownAuthority && !callers.administers(caller, delegator.getAgency())) {
            throw RuleViolation.forbidden("access.denied");
        }
        boolean isLeader =
                people.accountOf(delegator).map(a -> a.has(Role.LEADER)).orElse(false);
        if (!isLeader) {
            throw RuleViolation.invalid("delegation.delegator.notLeader", "delegator");
        }
        Delegation delegation = new Delegation(delegator, delegate, from, to, reason);
        em.persist(delegation);
        return delegation;
    }

    /**
     * Records a delegation within one agency, as its pages and API do: like
     * {@link #grant(Long, Long, LocalDate, LocalDate, String)}, and first the agency must be
     * readable ({@code agency.notFound}) and the delegator one of its people
     * ({@code delegation.delegator.otherAgency}).
     */
    public Delegation grant(
            String organId, Long delegatorId, Long delegateId, LocalDate from, LocalDate to, String reason) {
        Caller caller = callers.current();
        Agency agency = agencies.find(organId);
        if (!callers.reads(caller, agency)) {
            throw RuleViolation.notFound("agency.notFound");
        }
        if (delegatorId != null && !people.find(delegatorId).getAgency().getId().equals(agency.getId())) {
            throw RuleViolation.invalid("delegation.delegator.otherAgency", "delegator");
        }
        return grant(delegatorId, delegateId, from, to, reason);
    }

    /**
     * Ends a delegation early: the delegator themselves or an administrator of their agency.
     *
     * @throws RuleViolation {@code delegation.notFound}, {@code access.denied} or
     *     {@code delegation.alreadyRevoked}
     */
    public Delegation revoke(long id) {
        Caller caller = callers.current();
        Delegation delegation = find(id);
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
