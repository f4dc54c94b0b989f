package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** Units (phòng ban) of an agency: read by its members, managed by its administrators. */
@Stateless
@PermitAll
public class UnitDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AgencyDirectory agencies;

    public List<Unit> of(String organId, boolean includeInactive) {
        Caller caller = callers.current();
        Agency agency = agencies.find(organId);
        if (!callers.reads(caller, agency)) {
            throw RuleViolation.notFound("agency.notFound");
        }
        return em.createQuery(
                        "SELECT u FROM Unit u WHERE u.agency = :agency"
                                + (includeInactive
                                        ? ""
                                        : " AND u.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE")
                                + " ORDER BY u.name",
                        Unit.class)
                .setParameter("agency", agency)
                .getResultList();
    }

    public Unit find(long id) {
        Caller caller = callers.current();
        Unit unit = em.find(Unit.class, id);
        if (unit == null || !callers.reads(caller, unit.getAgency())) {
            throw RuleViolation.notFound("unit.notFound");
        }
        return unit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Unit create(String organId, String code, String name) {
        Caller caller = callers.current();
        Agency agency = agencies.find(organId);
        callers.requireAdministers(caller, agency);
        Unit unit = new Unit(agency, code, name);
        requireUniqueCode(unit, agency);
        em.persist(unit);
        return unit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Unit update(long id, String code, String name) {
        Caller caller = callers.current();
        Unit unit = find(id);
        callers.requireAdministers(caller, unit.getAgency());
        unit.change(code, name);
        requireUniqueCode(unit, unit.getAgency());
        return unit;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Unit setActive(long id, boolean active) {
        Caller caller = callers.current();
        Unit unit = find(id);
        callers.requireAdministers(caller, unit.getAgency());
        if (active) {
            unit.reactivate();
        } else {
            unit.deactivate();
        }
        return unit;
    }

    /**
     * Refuses a code another unit of the agency has. The query does not flush the unit's own
     * pending change (the database would refuse it first); a unit not yet stored has no id to
     * leave out.
     */
    private void requireUniqueCode(Unit unit, Agency agency) {
        TypedQuery<Long> clashes = em.createQuery(
                        "SELECT COUNT(u) FROM Unit u WHERE u.agency = :agency AND u.code = :code"
                                + (unit.getId() == null ? "" : " AND u.id <> :id"),
                        Long.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("agency", agency)
                .setParameter("code", unit.getCode());
        if (unit.getId() != null) {
            clashes.setParameter("id", unit.getId());
        }
        if (clashes.getSingleResult() > 0) {
            throw RuleViolation.conflict("unit.code.duplicate", "code", unit.getCode());
        }
    }
}
