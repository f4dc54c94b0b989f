package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.gov.qlvb.organisations.control.PasswordHasher;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * People of an agency with their accounts and roles. Members read their own agency; its
 * administrators create, change, move and deactivate people and reset passwords.
 */
@Stateless
@PermitAll
public class PeopleDirectory {

    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    AgencyDirectory agencies;

    /**
     * People of an agency, searched by name, position or username (case-insensitive, part of
     * the text), ordered by name.
     *
     * @throws RuleViolation {@code agency.notFound} when the agency is unknown or the caller may
     *     not read it
     */
    public Page<Person> search(String organId, String text, boolean includeInactive, int first, int size) {
        Agency agency = readable(organId);
        String where = " WHERE p.agency = :agency"
                + (text == null || text.isBlank()
                        ? ""
                        : " AND (LOWER(p.fullName) LIKE :text OR LOWER(p.position) LIKE :text"
                                + " OR EXISTS (SELECT ac FROM Account ac WHERE ac.person = p"
                                + " AND ac.username LIKE :text))")
                + (includeInactive ? "" : " AND p.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE");
        TypedQuery<Person> rows =
                em.createQuery("SELECT p FROM Person p" + where + " ORDER BY p.fullName", Person.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Person p" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("agency", agency);
            if (text != null && !text.isBlank()) {
                q.setParameter("text", "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
            }
        }
        int pageSize = Math.max(1, Math.min(size, 200));
        return new Page<>(
                rows.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList(),
                count.getSingleResult(),
                first,
                pageSize);
    }

    public Person find(long id) {
        Caller caller = callers.current();
        Person person = em.find(Person.class, id);
        if (person == null || !callers.reads(caller, person.getAgency())) {
            throw RuleViolation.notFound("person.notFound");
        }
        return person;
    }

    /**
     * The active people of an agency, ordered by name: the choices for a deputy, a recipient or
     * a handler.
     *
     * @throws RuleViolation {@code agency.notFound} when the agency is unknown or the caller may
     *     not read it
     */
    public List<Person> members(String organId) {
        Agency agency = readable(organId);
        return em.createQuery(
                        "SELECT p FROM Person p WHERE p.agency = :agency"
                                + " AND p.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " ORDER BY p.fullName",
                        Person.class)
                .setParameter("agency", agency)
                .getResultList();
    }

    /**
     * The active people of an agency whose active account holds {@code role}, ordered by name;
     * for example the leaders who may delegate their authority.
     *
     * @throws RuleViolation {@code agency.notFound} when the agency is unknown or the caller may
     *     not read it
     */
    public List<Person> holding(String organId, Role role) {
        Agency agency = readable(organId);
        return em.createQuery(
                        "SELECT p FROM Account a JOIN a.person p JOIN a.roles r"
                                + " WHERE p.agency = :agency AND r = :role"
                                + " AND p.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " AND a.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " ORDER BY p.fullName",
                        Person.class)
                .setParameter("agency", agency)
                .setParameter("role", role)
                .getResultList();
    }

    /** The account of a person already read through this directory, if they have one. */
    public Optional<Account> accountOf(Person person) {
        return em.createQuery("SELECT a FROM Account a WHERE a.person = :person", Account.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
    }

    /**
     * The accounts of people already read through this directory (for example one page of
     * {@link #search}), by person id; people without an account are absent.
     */
    public Map<Long, Account> accountsOf(Collection<Person> persons) {
        if (persons.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT a FROM Account a WHERE a.person IN :persons", Account.class)
                .setParameter("persons", List.copyOf(persons))
                .getResultStream()
                .collect(Collectors.toMap(a -> a.getPerson().getId(), a -> a));
    }

    /** Creates a person and, when a username is given, their account. */
    @RolesAllowed(Role.Names.ADMIN)
    public Person create(PersonForm form) {
        Caller caller = callers.current();
        Agency agency = agencies.find(form.organId());
        callers.requireAdministers(caller, agency);
        Person person = new Person(form.fullName(), form.position(), agency, unitOf(form, agency));
        person.updateContacts(form.email(), form.phone());
        Account account = null;
        if (form.username() != null && !form.username().isBlank()) {
            PasswordHasher.checkPolicy(form.password());
            String username = Account.normaliseUsername(form.username());
            requireFreeUsername(username);
            account = new Account(username, PasswordHasher.hash(form.password()), person, form.roles());
        }
        em.persist(person);
        if (account != null) {
            em.persist(account);
        }
        LOG.info(() -> "Person " + person.getFullName() + " created by " + caller.username());
        return person;
    }

    /**
     * Changes a person; roles change on the existing account, a password resets it (and lifts a
     * lock). A person without an account gets one when a username is given. The username of an
     * existing account never changes: a different one is refused with
     * {@code account.username.immutable}.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Person update(long id, PersonForm form) {
        Caller caller = callers.current();
        Person person = find(id);
        callers.requireAdministers(caller, person.getAgency());
        Agency agency = form.organId() == null ? person.getAgency() : agencies.find(form.organId());
        callers.requireAdministers(caller, agency);
        Unit unit = unitOf(form, agency);
        person.rename(form.fullName(), form.position());
        person.placeIn(agency, unit);
        person.updateContacts(form.email(), form.phone());
        Optional<Account> existing = accountOf(person);
        if (existing.isPresent()) {
            Account account = existing.get();
            if (form.username() != null
                    && !form.username().isBlank()
                    && !form.username().strip().equalsIgnoreCase(account.getUsername())) {
                throw RuleViolation.invalid("account.username.immutable", "username");
            }
            if (form.roles() != null) {
                account.grant(form.roles());
            }
            if (form.password() != null && !form.password().isBlank()) {
                PasswordHasher.checkPolicy(form.password());
                account.changePassword(PasswordHasher.hash(form.password()));
            }
        } else if (form.username() != null && !form.username().isBlank()) {
            PasswordHasher.checkPolicy(form.password());
            String username = Account.normaliseUsername(form.username());
            requireFreeUsername(username);
            em.persist(new Account(username, PasswordHasher.hash(form.password()), person, form.roles()));
        }
        return person;
    }

    /** Deactivates or reactivates a person together with their account. */
    @RolesAllowed(Role.Names.ADMIN)
    public Person setActive(long id, boolean active) {
        Caller caller = callers.current();
        Person person = find(id);
        callers.requireAdministers(caller, person.getAgency());
        if (!active && person.getId() == caller.personId()) {
            throw RuleViolation.invalid("person.deactivate.self", null);
        }
        Optional<Account> account = accountOf(person);
        if (active) {
            person.reactivate();
            account.ifPresent(Account::reactivate);
        } else {
            person.deactivate();
            account.ifPresent(Account::deactivate);
        }
        return person;
    }

    /**
     * Lifts the sign-in lock of a person's account before it expires and clears the count of
     * failed attempts; nothing happens for a person without an account.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Person unlock(long personId) {
        Caller caller = callers.current();
        Person person = find(personId);
        callers.requireAdministers(caller, person.getAgency());
        accountOf(person).ifPresent(Account::unlock);
        return person;
    }

    private Agency readable(String organId) {
        Caller caller = callers.current();
        Agency agency = agencies.find(organId);
        if (!callers.reads(caller, agency)) {
            throw RuleViolation.notFound("agency.notFound");
        }
        return agency;
    }

    private Unit unitOf(PersonForm form, Agency agency) {
        if (form.unitId() == null) {
            return null;
        }
        Unit unit = em.find(Unit.class, form.unitId());
        if (unit == null || !unit.getAgency().getId().equals(agency.getId())) {
            throw RuleViolation.invalid("person.unit.otherAgency", "unitId");
        }
        return unit;
    }

    private void requireFreeUsername(String username) {
        if (!em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getResultList()
                .isEmpty()) {
            throw RuleViolation.conflict("account.username.duplicate", "username", username);
        }
    }
}
