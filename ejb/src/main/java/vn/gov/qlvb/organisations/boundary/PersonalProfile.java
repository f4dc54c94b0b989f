package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.gov.qlvb.organisations.control.PasswordHasher;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** A person's own profile ("thay đổi thông tin"): contact details and password. */
@Stateless
@PermitAll
public class PersonalProfile {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    public Person me() {
        return em.find(Person.class, callers.current().personId());
    }

    public Person updateContacts(String email, String phone) {
        Person person = me();
        person.updateContacts(email, phone);
        return person;
    }

    /**
     * Changes the caller's password.
     *
     * <ol>
     *   <li>the current password must match;
     *   <li>the new one must follow the policy and differ from the current one;
     *   <li>it is stored only as a bcrypt hash.
     * </ol>
     */
    public void changePassword(String current, String next) {
        Account account = em.find(Account.class, callers.current().accountId());
        if (!PasswordHasher.matches(current, account.getPasswordHash())) {
            throw RuleViolation.invalid("password.current.wrong", "currentPassword");
        }
        PasswordHasher.checkPolicy(next);
        if (next.equals(current)) {
            throw RuleViolation.invalid("password.unchanged", "newPassword");
        }
        account.changePassword(PasswordHasher.hash(next));
    }
}
