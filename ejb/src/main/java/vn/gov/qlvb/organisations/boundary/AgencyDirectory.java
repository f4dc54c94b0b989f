package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.Contacts;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The agency directory: every agency of the province hosted here and the remote agencies that
 * documents are exchanged with. Everyone signed in reads it; administrators change the part of
 * the tree they administer ({@link CallerContext}). Each change is checked whole before
 * anything is written.
 */
@Stateless
@PermitAll
public class AgencyDirectory {

    private static final Logger LOG = Logger.getLogger(AgencyDirectory.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    /**
     * Searches by name, short name or identifier (case-insensitive, part of the text), with
     * optional level and remote filters, ordered by identifier.
     */
    public Page<Agency> search(
            String text, AgencyLevel level, Boolean remote, boolean includeInactive, int first, int size) {
        callers.current();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (text != null && !text.isBlank()) {
            where.append(
                    " AND (LOWER(a.name) LIKE :text OR LOWER(a.shortName) LIKE :text OR LOWER(a.organId.value) LIKE :text)");
        }
        if (level != null) {
            where.append(" AND a.level = :level");
        }
        if (remote != null) {
            where.append(" AND a.remote = :remote");
        }
        if (!includeInactive) {
            where.append(" AND a.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE");
        }
        TypedQuery<Agency> rows =
                em.createQuery("SELECT a FROM Agency a" + where + " ORDER BY a.organId.value", Agency.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM Agency a" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (text != null && !text.isBlank()) {
                q.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (level != null) {
                q.setParameter("level", level);
            }
            if (remote != null) {
                q.setParameter("remote", remote);
            }
        }
        int pageSize = Math.max(1, Math.min(size, 200));
        List<Agency> items =
                rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList();
        return new Page<>(items, count.getSingleResult(), first, pageSize);
    }

    /** The agencies directly under {@code parentOrganId}, or the top ones when it is null. */
    public List<Agency> children(String parentOrganId) {
        callers.current();
        if (parentOrganId == null) {
            return em.createNamedQuery(Agency.ROOTS, Agency.class).getResultList();
        }
        return em.createNamedQuery(Agency.CHILDREN, Agency.class)
                .setParameter("parent", find(parentOrganId))
                .getResultList();
    }

    /**
     * The active agencies hosted here (not remote) whose units, people and delegations the caller
     * administers, ordered by identifier: their own agency and every agency below it, or every
     * hosted agency for a province-wide administrator. Empty for anyone who is not an
     * administrator. Pages offer these as the agencies to manage.
     */
    public List<Agency> administered() {
        Caller caller = callers.current();
        if (!caller.isAdmin()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT a FROM Agency a WHERE a.remote = false"
                                + " AND a.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " ORDER BY a.organId.value",
                        Agency.class)
                .getResultStream()
                .filter(a -> callers.administers(caller, a))
                .toList();
    }

    /** @throws RuleViolation {@code agency.notFound} */
    public Agency find(String organId) {
        callers.current();
        return byOrganId(organId);
    }

    Agency byOrganId(String organId) {
        if (organId == null || organId.isBlank()) {
            throw RuleViolation.notFound("agency.notFound");
        }
        return em.createNamedQuery(Agency.BY_ORGAN_ID, Agency.class)
                .setParameter("organId", organId.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound("agency.notFound"));
    }

    /**
     * Creates an agency.
     *
     * <ol>
     *   <li>the identifier is well formed and not yet used;
     *   <li>the parent, when given, exists and the caller administers it (a top agency or a
     *       remote one without parent needs a province-wide administrator);
     *   <li>name, level and contacts are valid.
     * </ol>
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Agency create(AgencyForm form) {
        Caller caller = callers.current();
        OrganId organId = OrganId.of(form.organId());
        if (!em.createNamedQuery(Agency.BY_ORGAN_ID, Agency.class)
                .setParameter("organId", organId.value())
                .getResultList()
                .isEmpty()) {
            throw RuleViolation.conflict("organId.duplicate", "organId", organId.value());
        }
        Agency parent = parentOf(form);
        if (parent == null ? !caller.provinceWide() : !callers.administers(caller, parent)) {
            throw RuleViolation.forbidden("access.denied");
        }
        Agency agency = new Agency(organId, form.name(), form.level(), parent, form.remote());
        agency.rename(form.name(), form.shortName());
        agency.markRemote(form.remote(), form.partnerSystemId());
        agency.updateContacts(contactsOf(form));
        em.persist(agency);
        LOG.info(() -> "Agency " + organId + " created by " + caller.username());
        return agency;
    }

    /** Changes names, level, parent, remote marking and contacts; the identifier stays. */
    @RolesAllowed(Role.Names.ADMIN)
    public Agency update(String organId, AgencyForm form) {
        Caller caller = callers.current();
        Agency agency = byOrganId(organId);
        callers.requireAdministers(caller, agency);
        if (form.organId() != null
                && !form.organId().isBlank()
                && !form.organId().strip().equalsIgnoreCase(agency.getOrganId().value())) {
            throw RuleViolation.invalid("organId.immutable", "organId");
        }
        Agency parent = parentOf(form);
        if (parent != null && !callers.administers(caller, parent)) {
            throw RuleViolation.forbidden("access.denied");
        }
        Contacts contacts = contactsOf(form);
        agency.rename(form.name(), form.shortName());
        if (form.level() != null && form.level() != agency.getLevel()) {
            requireChildrenFit(agency, form.level());
        }
        agency.relocate(parent, form.level());
        agency.markRemote(form.remote(), form.partnerSystemId());
        agency.updateContacts(contacts);
        LOG.info(() -> "Agency " + organId + " changed by " + caller.username());
        return agency;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Agency deactivate(String organId) {
        Caller caller = callers.current();
        Agency agency = byOrganId(organId);
        callers.requireAdministers(caller, agency);
        if (agency.getId() == caller.agencyId()) {
            throw RuleViolation.invalid("agency.deactivate.own", null);
        }
        agency.deactivate();
        return agency;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Agency reactivate(String organId) {
        Caller caller = callers.current();
        Agency agency = byOrganId(organId);
        callers.requireAdministers(caller, agency);
        agency.reactivate();
        return agency;
    }

    private Agency parentOf(AgencyForm form) {
        if (form.parentOrganId() == null || form.parentOrganId().isBlank()) {
            return null;
        }
        if (!OrganId.isWellFormed(form.parentOrganId())) {
            throw RuleViolation.invalid("organId.malformed", "parentOrganId", form.parentOrganId());
        }
        return em.createNamedQuery(Agency.BY_ORGAN_ID, Agency.class)
                .setParameter("organId", form.parentOrganId().strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> RuleViolation.invalid("agency.parent.notFound", "parentOrganId"));
    }

    /** An agency's level may not drop below the level of an agency under it. */
    private void requireChildrenFit(Agency agency, AgencyLevel newLevel) {
        boolean misfit = em.createNamedQuery(Agency.CHILDREN, Agency.class)
                .setParameter("parent", agency)
                .getResultStream()
                .anyMatch(child -> !child.getLevel().mayBeUnder(newLevel));
        if (misfit) {
            throw RuleViolation.invalid("agency.children.level", "level");
        }
    }

    private static Contacts contactsOf(AgencyForm form) {
        return new Contacts(form.address(), form.phone(), form.fax(), form.email(), form.website());
    }
}
