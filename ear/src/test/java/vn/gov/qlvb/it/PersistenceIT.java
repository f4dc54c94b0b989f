package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.exchange.boundary.SeenCallPurge;
import vn.gov.qlvb.exchange.control.ExchangeRepository;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * Runs inside the server, in the real EAR: the persistence provider is EclipseLink, the schema
 * is Liquibase's, and the server log says so; the housekeeping of partner call signatures
 * deletes what it should and keeps the rest.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive ear() {
        return Deployments.qlvbEarWithTestModule(PersistenceIT.class);
    }

    @PersistenceContext(unitName = "qlvb")
    EntityManager em;

    @EJB
    ExchangeRepository exchange;

    @EJB
    SeenCallPurge purge;

    @Test
    void eclipseLinkIsThePersistenceProvider() {
        String delegate = em.getDelegate().getClass().getName();
        assertTrue(delegate.startsWith("org.eclipse.persistence."), delegate);
        assertFalse(delegate.contains("hibernate"), delegate);
    }

    @Test
    void liquibaseAppliedEveryChangesetOfTheChangelog() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")
                .getResultList();
        assertEquals(
                List.of("001-sequences", "001-agency", "001-unit", "001-person", "001-account", "001-delegation"),
                ids.subList(0, 6));
    }

    @Test
    void theSchemaIsLiquibasesNotGeneratedByJpa() {
        // Liquibase's own remarks on the agency table prove the table came from the changeset.
        Number withRemarks = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE LOWER(TABLE_NAME) = 'qlvb_agency'"
                                + " AND REMARKS = 'Agencies of the directory, hosted here or remote'")
                .getSingleResult();
        assertEquals(1, withRemarks.intValue());
    }

    @Test
    void serverLogShowsEclipseLinkAndLiquibaseAndNoHibernate() throws IOException {
        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        String text = Files.readString(log);
        assertTrue(text.contains("EclipseLink, version: Eclipse Persistence Services - 4.0.9"), "EclipseLink banner");
        assertTrue(text.contains("Liquibase: schema up to date"), "Liquibase migration line");
        assertFalse(text.contains("HHH"), "no Hibernate log line");
    }

    @Test
    void partnerCallSignaturesAreForgottenOnlyOnceTwiceTheHmacWindowHasPassed() {
        Instant now = Instant.now();
        String old = "purge-old-" + now.toEpochMilli();
        String recent = "purge-recent-" + now.toEpochMilli();
        exchange.recordCall("purge-test", old, now.minus(Duration.ofMinutes(11)));
        exchange.recordCall("purge-test", recent, now.minus(Duration.ofMinutes(9)));

        purge.purge();

        // forgotten: the same signature again is no replay (its timestamp is refused by the HMAC check)
        exchange.recordCall("purge-test", old, now);
        // kept: a call with a timestamp still accepted would be replayed
        PackageRefusedException replay =
                assertThrows(PackageRefusedException.class, () -> exchange.recordCall("purge-test", recent, now));
        assertEquals(PackageRefusal.UNAUTHORIZED, replay.refusal());
    }
}
