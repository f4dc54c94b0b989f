package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.logging.Logger;
import vn.gov.qlvb.organisations.control.PasswordHasher;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;

/**
 * A production server starts with an empty directory. When the system properties
 * {@code qlvb.bootstrap.organId} and {@code qlvb.bootstrap.agencyName} are set and no agency
 * exists yet, this creates the top agency and an administrator account {@code quantri} (or
 * {@code qlvb.bootstrap.username}) with a generated password, written once to the server log
 * and to be changed at first sign-in. Nothing happens once any agency exists.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoProvince"})
@PermitAll
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void createWhenDirectoryIsEmpty() {
        String organId = System.getProperty("qlvb.bootstrap.organId");
        String agencyName = System.getProperty("qlvb.bootstrap.agencyName");
        if (organId == null || agencyName == null) {
            return;
        }
        if (em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult() > 0) {
            return;
        }
        AgencyLevel level = AgencyLevel.valueOf(System.getProperty("qlvb.bootstrap.level", "PROVINCE"));
        Agency agency = new Agency(OrganId.of(organId), agencyName, level, null, false);
        em.persist(agency);
        Person person = new Person("Quản trị hệ thống", "Quản trị hệ thống", agency, null);
        em.persist(person);
        String username = Account.normaliseUsername(System.getProperty("qlvb.bootstrap.username", "quantri"));
        String password = generatedPassword();
        em.persist(new Account(username, PasswordHasher.hash(password), person, EnumSet.of(Role.ADMIN)));
        LOG.warning(() -> "First start: agency " + organId + " and administrator '" + username
                + "' created with the one-time password " + password + " — change it at first sign-in.");
    }

    static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.append(random.nextInt(10)).toString();
    }
}
