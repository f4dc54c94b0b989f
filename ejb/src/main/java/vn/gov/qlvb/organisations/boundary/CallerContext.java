package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Resolves the signed-in account behind the current call and answers the visibility rules:
 *
 * <ol>
 *   <li>everyone reads the agency directory (it is how recipients are chosen);
 *   <li>a person reads the units and people of their own agency;
 *   <li>an administrator manages their agency and every agency below it;
 *   <li>an administrator of a top agency (no parent) manages the whole directory.
 * </ol>
 */
@Stateless
@PermitAll
public class CallerContext {

    @Resource
    SessionContext session;

    @PersistenceContext
    EntityManager em;

    /** @throws RuleViolation {@code auth.required} when nobody is signed in */
    public Caller current() {
        String name = session.getCallerPrincipal() == null
                ? null
                : session.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            throw RuleViolation.forbidden("auth.required");
        }
        List<Account> found = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", name)
                .getResultList();
        if (found.isEmpty()) {
            throw RuleViolation.forbidden("auth.required");
        }
        return describe(found.get(0));
    }

    static Caller describe(Account account) {
        Person person = account.getPerson();
        Agency agency = person.getAgency();
        boolean provinceWide = account.has(vn.gov.qlvb.organisations.entity.Role.ADMIN)
                && agency.getParent() == null
                && !agency.isRemote();
        return new Caller(
                account.getId(),
                account.getUsername(),
                person.getId(),
                person.getFullName(),
                person.getPosition(),
                agency.getId(),
                agency.getName(),
                agency.getOrganId().value(),
                person.getUnit() == null ? null : person.getUnit().getId(),
                person.getUnit() == null ? null : person.getUnit().getName(),
                account.getRoles(),
                provinceWide);
    }

    /** Whether the caller may create, change or deactivate {@code agency} and what it holds. */
    public boolean administers(Caller caller, Agency agency) {
        if (!caller.isAdmin()) {
            return false;
        }
        if (caller.provinceWide()) {
            return true;
        }
        Agency own = em.find(Agency.class, caller.agencyId());
        return agency != null && own.isAncestorOrSelfOf(agency);
    }

    /** Whether the caller may read the units and people of {@code agency}. */
    public boolean reads(Caller caller, Agency agency) {
        return agency.getId() == caller.agencyId() || administers(caller, agency);
    }

    /** @throws RuleViolation {@code access.denied} unless the caller administers the agency */
    public void requireAdministers(Caller caller, Agency agency) {
        if (!administers(caller, agency)) {
            throw RuleViolation.forbidden("access.denied");
        }
    }
}
