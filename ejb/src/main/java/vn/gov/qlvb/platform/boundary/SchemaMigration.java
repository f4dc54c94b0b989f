package vn.gov.qlvb.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the database schema up to date with the Liquibase changesets in
 * {@code db/changelog} before anything else of QLVB starts. A failure stops the deployment:
 * the application never runs on a schema it does not know.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    public static final String CHANGELOG = "db/changelog/db.changelog-master.xml";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "java:jboss/datasources/QlvbDS")
    DataSource dataSource;

    private volatile int appliedChangeSets;

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            ClassLoaderResourceAccessor resources =
                    new ClassLoaderResourceAccessor(getClass().getClassLoader());
            try (Liquibase liquibase = new Liquibase(CHANGELOG, resources, database)) {
                int pending = liquibase.listUnrunChangeSets(null, null).size();
                LOG.info(() ->
                        "Liquibase: " + pending + " changeset(s) to apply on " + database.getDatabaseProductName());
                liquibase.update("");
                appliedChangeSets = pending;
            }
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Database schema migration failed; QLVB cannot start", e);
            throw new IllegalStateException("Database schema migration failed: " + e.getMessage(), e);
        }
        LOG.info(() -> String.format(
                "Liquibase: schema up to date (%d applied) in %d ms",
                appliedChangeSets, (System.nanoTime() - start) / 1_000_000));
    }

    /** How many changesets this start applied (0 when the schema was already current). */
    public int appliedChangeSets() {
        return appliedChangeSets;
    }
}
