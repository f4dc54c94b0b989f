package vn.gov.qlvb.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * {@link SchemaMigration}, the application's own start-up migration, run with the real changelog
 * on a real PostgreSQL (Debian's PostgreSQL 15, prepared by {@code config/test-tools.sh
 * postgresql} before the integration tests). Each run works in a schema of its own, dropped at
 * the end. Connection from {@code qlvb.pg.url}, {@code qlvb.pg.user}, {@code qlvb.pg.password}.
 * An unreachable database fails the test: it never skips.
 */
class LiquibasePostgresqlIT {

    private static final String URL = System.getProperty("qlvb.pg.url", "jdbc:postgresql://localhost:5432/qlvb_test");
    private static final String USER = System.getProperty("qlvb.pg.user", "qlvb");
    private static final String PASSWORD = System.getProperty("qlvb.pg.password", "qlvb");
    private static final String SCHEMA = "qlvb_it_" + ProcessHandle.current().pid();

    private static final List<String> TABLES = List.of(
            "qlvb_account",
            "qlvb_account_role",
            "qlvb_agency",
            "qlvb_agency_certificate",
            "qlvb_assignment",
            "qlvb_assignment_result",
            "qlvb_attachment",
            "qlvb_delegation",
            "qlvb_exchange_chain_head",
            "qlvb_exchange_evidence",
            "qlvb_exchange_outbox",
            "qlvb_exchange_partner",
            "qlvb_exchange_pulled_refusal",
            "qlvb_exchange_receipt",
            "qlvb_exchange_seen_call",
            "qlvb_incoming_attachment",
            "qlvb_incoming_document",
            "qlvb_incoming_event",
            "qlvb_number_counter",
            "qlvb_outgoing_annex",
            "qlvb_outgoing_answer",
            "qlvb_outgoing_document",
            "qlvb_outgoing_event",
            "qlvb_outgoing_opinion",
            "qlvb_outgoing_recipient",
            "qlvb_outgoing_review_step",
            "qlvb_outgoing_version",
            "qlvb_person",
            "qlvb_prepared_signature",
            "qlvb_register",
            "qlvb_reminder",
            "qlvb_review_chain",
            "qlvb_revocation_list",
            "qlvb_routing_rule",
            "qlvb_signing_credential",
            "qlvb_signing_image",
            "qlvb_stored_file",
            "qlvb_trusted_authority",
            "qlvb_unit",
            "databasechangelog",
            "databasechangeloglock");
    private static final List<String> SEQUENCES = List.of(
            "qlvb_account_seq",
            "qlvb_agency_certificate_seq",
            "qlvb_agency_seq",
            "qlvb_assignment_seq",
            "qlvb_attachment_seq",
            "qlvb_delegation_seq",
            "qlvb_exchange_outbox_seq",
            "qlvb_exchange_partner_seq",
            "qlvb_exchange_pulled_refusal_seq",
            "qlvb_exchange_receipt_seq",
            "qlvb_incoming_document_seq",
            "qlvb_incoming_event_seq",
            "qlvb_number_counter_seq",
            "qlvb_outgoing_document_seq",
            "qlvb_outgoing_event_seq",
            "qlvb_outgoing_opinion_seq",
            "qlvb_outgoing_recipient_seq",
            "qlvb_outgoing_version_seq",
            "qlvb_person_seq",
            "qlvb_register_seq",
            "qlvb_reminder_seq",
            "qlvb_review_chain_seq",
            "qlvb_revocation_list_seq",
            "qlvb_routing_rule_seq",
            "qlvb_signing_credential_seq",
            "qlvb_signing_image_seq",
            "qlvb_stored_file_seq",
            "qlvb_trusted_authority_seq",
            "qlvb_unit_seq");

    private static boolean schemaCreated;
    private static int changeSetsInChangelog;
    private static int appliedOnFirstStart;

    @BeforeAll
    static void migrateAFreshSchema() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + SCHEMA);
            schemaCreated = true;
        }
        changeSetsInChangelog = changeSetsInChangelog();
        appliedOnFirstStart = start().appliedChangeSets();
    }

    @AfterAll
    static void dropTheSchema() throws SQLException {
        if (!schemaCreated) {
            return;
        }
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
    }

    private static Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(URL, USER, PASSWORD);
        } catch (SQLException e) {
            return fail("PostgreSQL unreachable at " + URL + " as " + USER + " (" + e.getMessage()
                    + "). Run config/test-tools.sh postgresql, or set qlvb.pg.url, qlvb.pg.user and"
                    + " qlvb.pg.password");
        }
    }

    /** The application's start-up migration on this run's schema, as the server runs it. */
    private static SchemaMigration start() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        dataSource.setUser(USER);
        dataSource.setPassword(PASSWORD);
        dataSource.setCurrentSchema(SCHEMA);
        SchemaMigration migration = new SchemaMigration();
        migration.dataSource = dataSource;
        migration.migrate();
        return migration;
    }

    private static int changeSetsInChangelog() throws Exception {
        ClassLoaderResourceAccessor resources =
                new ClassLoaderResourceAccessor(LiquibasePostgresqlIT.class.getClassLoader());
        Database offline = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new OfflineConnection("offline:postgresql", resources));
        try (Liquibase liquibase = new Liquibase(SchemaMigration.CHANGELOG, resources, offline)) {
            return liquibase.getDatabaseChangeLog().getChangeSets().size();
        }
    }

    private static List<String> names(String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, SCHEMA);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        return names;
    }

    @Test
    void databaseStoresUnicode() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW server_encoding")) {
            r.next();
            assertEquals("UTF8", r.getString(1), "the test database must be UTF-8 (see config/test-tools.sh)");
        }
    }

    @Test
    void firstStartAppliesEveryChangeset() {
        assertTrue(changeSetsInChangelog > 0);
        assertEquals(changeSetsInChangelog, appliedOnFirstStart);
    }

    @Test
    void firstStartCreatesTheTables() throws SQLException {
        List<String> tables = names("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name");

        assertEquals(TABLES.stream().sorted().toList(), tables);
    }

    @Test
    void binaryColumnsAreByteaAsEclipseLinkBindsThemNotLargeObjectReferences() throws SQLException {
        List<String> oids = names("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND data_type = 'oid'");
        assertEquals(List.of(), oids);
        List<String> bytea = names("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND data_type = 'bytea' ORDER BY 1");
        assertTrue(bytea.contains("qlvb_trusted_authority.certificate"), bytea.toString());
        assertEquals(11, bytea.size(), bytea.toString());
    }

    @Test
    void firstStartCreatesTheSequencesStepping50From1000() throws SQLException {
        Map<String, String> sequences = new TreeMap<>();
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("SELECT sequence_name, start_value, increment"
                        + " FROM information_schema.sequences WHERE sequence_schema = ?")) {
            p.setString(1, SCHEMA);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sequences.put(r.getString(1), r.getString(2) + "+" + r.getString(3));
                }
            }
        }

        assertEquals(SEQUENCES, List.copyOf(sequences.keySet()));
        sequences.forEach((name, steps) -> assertEquals("1000+50", steps, name));
    }

    @Test
    void sequenceHandsOutBlocksOf50AsJpaExpects() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT nextval('" + SCHEMA + ".qlvb_unit_seq')," + " nextval('" + SCHEMA
                        + ".qlvb_unit_seq')")) {
            r.next();
            assertEquals(50, r.getLong(2) - r.getLong(1));
        }
    }

    @Test
    void secondStartAppliesNothing() throws SQLException {
        assertEquals(0, start().appliedChangeSets());

        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r =
                        s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM " + SCHEMA + ".databasechangelog")) {
            r.next();
            assertEquals(changeSetsInChangelog, r.getInt(1), "rows in databasechangelog");
            assertEquals(changeSetsInChangelog, r.getInt(2), "distinct changesets");
        }
    }

    @Test
    void vietnameseTextRoundTripsInNationalCharacterColumns() throws SQLException {
        String name = "Ủy ban nhân dân tỉnh Thừa Thiên Huế - Sở Văn hóa, Thể thao và Du lịch";
        String shortName = "SVHTTDL-ĐẶNG";
        String address = "Số 1 Lê Lợi, phường Vĩnh Ninh; ữ ỹ ỵ ẳ ẫ ặ ễ ổ ờ ợ ủ ứ ự đ Đ";
        String decomposed = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        String longest = "Ữ".repeat(255); // 255 characters, 765 bytes in UTF-8: length counts characters

        insertAgency(1, "000.00.00.H46", name, shortName, address);
        insertAgency(2, "000.00.01.H46", longest, null, decomposed);

        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name, short_name, address FROM " + SCHEMA
                        + ".qlvb_agency WHERE id IN (1, 2) ORDER BY id")) {
            r.next();
            assertEquals(name, r.getString(1));
            assertEquals(shortName, r.getString(2));
            assertEquals(address, r.getString(3));
            r.next();
            assertEquals(longest, r.getString(1));
            assertEquals(decomposed, r.getString(3), "stored as given, not normalised");
        }
    }

    @Test
    void attachmentKeepsAVietnameseFileNameAndPointsToOneStoredContent() throws SQLException {
        String fileName = "Tờ trình số 15-TTr-UBND về việc phê duyệt đề án (bản ký số) ữ ỹ ỵ đ Đ.pdf";
        String longest = "Ờ".repeat(251) + ".pdf"; // 255 characters
        String sha256 = "ab".repeat(32);
        insertAgency(10, "000.00.10.H46", "UBND huyện Đông Hà", null, null);
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO " + SCHEMA + ".qlvb_person (id, full_name, agency_id, status)"
                    + " VALUES (10, 'Nguyễn Văn Thư', 10, 'ACTIVE')");
            s.executeUpdate(
                    "INSERT INTO " + SCHEMA + ".qlvb_stored_file (id, sha256, size_bytes, media_type, created_at)"
                            + " VALUES (10, '" + sha256 + "', 52428800, 'application/pdf', CURRENT_TIMESTAMP)");
        }
        insertAttachment(10, fileName, 10, 10);
        insertAttachment(11, longest, 10, 10);

        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT a.file_name, f.sha256, f.size_bytes FROM " + SCHEMA
                        + ".qlvb_attachment a JOIN " + SCHEMA + ".qlvb_stored_file f ON f.id = a.stored_file_id"
                        + " WHERE a.id IN (10, 11) ORDER BY a.id")) {
            r.next();
            assertEquals(fileName, r.getString(1));
            assertEquals(sha256, r.getString(2));
            assertEquals(52428800L, r.getLong(3));
            r.next();
            assertEquals(longest, r.getString(1));
        }
        // one row per content: the hash is unique
        assertRefusedBy(
                "uq_stored_file_sha256",
                "INSERT INTO " + SCHEMA + ".qlvb_stored_file (id, sha256, size_bytes, media_type, created_at)"
                        + " VALUES (11, '" + sha256 + "', 1, 'image/png', CURRENT_TIMESTAMP)");
        // an attachment points to a stored content and a person that exist
        assertRefusedBy(
                "fk_attachment_stored_file",
                "INSERT INTO " + SCHEMA + ".qlvb_attachment (id, file_name, media_type, stored_file_id, uploaded_by,"
                        + " uploaded_at) VALUES (12, 'a.pdf', 'application/pdf', 999, 10, CURRENT_TIMESTAMP)");
        assertRefusedBy(
                "fk_attachment_uploader",
                "INSERT INTO " + SCHEMA + ".qlvb_attachment (id, file_name, media_type, stored_file_id, uploaded_by,"
                        + " uploaded_at) VALUES (12, 'a.pdf', 'application/pdf', 10, 999, CURRENT_TIMESTAMP)");
    }

    private static void insertAttachment(long id, String fileName, long storedFileId, long personId)
            throws SQLException {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("INSERT INTO " + SCHEMA + ".qlvb_attachment"
                        + " (id, file_name, media_type, stored_file_id, uploaded_by, uploaded_at)"
                        + " VALUES (?, ?, 'application/pdf', ?, ?, ?)")) {
            p.setLong(1, id);
            p.setString(2, fileName);
            p.setLong(3, storedFileId);
            p.setLong(4, personId);
            p.setTimestamp(5, Timestamp.from(Instant.now()));
            p.executeUpdate();
        }
    }

    private static void assertRefusedBy(String constraint, String sql) throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            fail("not refused by " + constraint + ": " + sql);
        } catch (SQLException e) {
            assertTrue(e.getMessage().contains(constraint), e.getMessage());
        }
    }

    private static void insertAgency(long id, String organId, String name, String shortName, String address)
            throws SQLException {
        try (Connection c = connect();
                PreparedStatement p = c.prepareStatement("INSERT INTO " + SCHEMA + ".qlvb_agency"
                        + " (id, organ_id, name, short_name, agency_level, remote, address, status, created_at,"
                        + " updated_at) VALUES (?, ?, ?, ?, 'PROVINCE', ?, ?, 'ACTIVE', ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            p.setLong(1, id);
            p.setString(2, organId);
            p.setString(3, name);
            p.setString(4, shortName);
            p.setBoolean(5, false);
            p.setString(6, address);
            p.setTimestamp(7, now);
            p.setTimestamp(8, now);
            p.executeUpdate();
        }
    }
}
