package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.incoming.entity.RoutingRule;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The agency's routing rules: a leader decides that documents of a type go straight to a unit
 * as lead (applied when the clerk presents, {@link IncomingHandling#present}).
 */
@Stateless
@PermitAll
public class IncomingRouting {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    /** The caller's agency's rules, by document type. */
    public List<RoutingRule> rules() {
        Caller caller = callers.current();
        return em.createQuery(
                        "SELECT r FROM RoutingRule r WHERE r.agency.id = :agency ORDER BY r.documentType",
                        RoutingRule.class)
                .setParameter("agency", caller.agencyId())
                .getResultList();
    }

    /**
     * Sets (or replaces) the rule for a document type: a leader of the agency, a unit of the
     * agency, 0–365 days to the deadline.
     */
    @RolesAllowed(Role.Names.LEADER)
    public RoutingRule set(DocumentType type, Long unitId, Integer deadlineDays) {
        Caller caller = callers.current();
        if (type == null) {
            throw RuleViolation.invalid("field.required", "documentType");
        }
        if (unitId == null) {
            throw RuleViolation.invalid("field.required", "unitId");
        }
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw RuleViolation.invalid("incoming.assignee.invalid", "unitId");
        }
        int days = deadlineDays == null ? 10 : deadlineDays;
        Person by = em.find(Person.class, caller.personId());
        Instant now = Instant.now();
        RoutingRule existing = find(caller, type);
        if (existing != null) {
            existing.change(unit, days, by, now);
            return existing;
        }
        RoutingRule rule = new RoutingRule(em.find(Agency.class, caller.agencyId()), type, unit, days, by, now);
        em.persist(rule);
        return rule;
    }

    /** Removes the rule for a type; {@code incoming.routing.notFound} when there is none. */
    @RolesAllowed(Role.Names.LEADER)
    public void remove(DocumentType type) {
        Caller caller = callers.current();
        RoutingRule existing = type == null ? null : find(caller, type);
        if (existing == null) {
            throw RuleViolation.notFound("incoming.routing.notFound");
        }
        em.remove(existing);
    }

    private RoutingRule find(Caller caller, DocumentType type) {
        return em.createQuery(
                        "SELECT r FROM RoutingRule r WHERE r.agency.id = :agency AND r.documentType = :type",
                        RoutingRule.class)
                .setParameter("agency", caller.agencyId())
                .setParameter("type", type)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
