package vn.gov.qlvb.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.SequenceGenerator;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateTableChange;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.OfflineConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.qlvb.exchange.entity.AgencyCertificate;
import vn.gov.qlvb.exchange.entity.ExchangeReceipt;
import vn.gov.qlvb.exchange.entity.Partner;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.files.entity.StoredFile;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Delegation;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.signing.entity.RevocationList;
import vn.gov.qlvb.signing.entity.SigningCredential;
import vn.gov.qlvb.signing.entity.SigningImage;
import vn.gov.qlvb.signing.entity.TrustedAuthority;

/**
 * The real changelog rendered offline as Oracle SQL (no Oracle server exists in the build), and
 * the DDL checked where Oracle differs: national character types for Vietnamese text, numbers
 * for booleans, sequences that match the JPA allocation size. Rendered for Oracle 19c, the
 * oldest release QLVB supports; from 23ai on Liquibase maps BOOLEAN to Oracle's own BOOLEAN.
 */
class LiquibaseOracleSqlTest {

    private static final String ORACLE_VERSION = "19.3";
    private static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*)\\)", Pattern.DOTALL);
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("CREATE SEQUENCE (\\w+)(.*)", Pattern.DOTALL);

    @TempDir
    static Path work;

    private static String sql;
    private static List<ChangeSet> changeSets;
    private static final Map<String, Map<String, String>> tables = new LinkedHashMap<>();
    private static final Map<String, String> sequences = new LinkedHashMap<>();

    @BeforeAll
    static void renderChangelogForOracle() throws Exception {
        // offline mode records what it rendered in a CSV history: a fresh one renders everything
        String url =
                "offline:oracle?version=" + ORACLE_VERSION + "&changeLogFile=" + work.resolve("databasechangelog.csv");
        ResourceAccessor resources = new ClassLoaderResourceAccessor(LiquibaseOracleSqlTest.class.getClassLoader());
        Database oracle =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new OfflineConnection(url, resources));
        StringWriter out = new StringWriter();
        try (Liquibase liquibase = new Liquibase(SchemaMigration.CHANGELOG, resources, oracle)) {
            liquibase.update(new Contexts(), new LabelExpression(), out);
            changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
        }
        sql = out.toString();
        for (String statement : statements(sql)) {
            Matcher table = CREATE_TABLE.matcher(statement);
            if (table.matches()) {
                tables.put(table.group(1), columns(table.group(2)));
            }
            Matcher sequence = CREATE_SEQUENCE.matcher(statement);
            if (sequence.matches()) {
                sequences.put(sequence.group(1), sequence.group(2).strip());
            }
        }
    }

    /** The SQL statements, without Liquibase's comment lines. */
    private static List<String> statements(String script) {
        String withoutComments = script.lines().filter(l -> !l.startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(withoutComments.split(";\\s*\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Column name to its definition (type and constraints), from a CREATE TABLE body. */
    private static Map<String, String> columns(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(body.substring(start).strip());
        Map<String, String> columns = new LinkedHashMap<>();
        for (String part : parts) {
            if (!part.startsWith("CONSTRAINT ")) {
                int blank = part.indexOf(' ');
                columns.put(part.substring(0, blank).toLowerCase(Locale.ROOT), part.substring(blank + 1));
            }
        }
        return columns;
    }

    private static String definition(String table, String column) {
        Map<String, String> columns = tables.get(table);
        assertNotNull(columns, "no CREATE TABLE " + table + " in\n" + sql);
        String definition = columns.get(column);
        assertNotNull(definition, "no column " + table + "." + column + " in " + columns.keySet());
        return definition;
    }

    @Test
    void everyChangesetRendersWithoutAStatementError() {
        assertFalse(changeSets.isEmpty());
        for (ChangeSet changeSet : changeSets) {
            assertTrue(
                    sql.contains("-- Changeset " + changeSet.getFilePath() + "::" + changeSet.getId() + "::"),
                    "changeset " + changeSet.getId() + " not rendered");
        }
        // Liquibase reports what it cannot render for a database as comment lines
        List<String> comments = sql.lines()
                .filter(l -> l.startsWith("--"))
                .map(l -> l.toLowerCase(Locale.ROOT))
                .toList();
        for (String trouble : List.of("error", "warning", "not supported", "unsupported")) {
            assertTrue(
                    comments.stream().noneMatch(l -> l.contains(trouble)),
                    "'" + trouble + "' in the rendered SQL:\n" + sql);
        }
    }

    @Test
    void everyTableOfTheChangelogIsCreated() {
        List<String> declared = changeSets.stream()
                .flatMap(cs -> cs.getChanges().stream())
                .filter(CreateTableChange.class::isInstance)
                .map(c -> ((CreateTableChange) c).getTableName())
                .toList();

        assertEquals(declared, List.copyOf(tables.keySet()));
    }

    @ParameterizedTest
    @CsvSource({
        "qlvb_agency,name,255",
        "qlvb_agency,short_name,50",
        "qlvb_agency,address,500",
        "qlvb_unit,code,20",
        "qlvb_unit,name,255",
        "qlvb_person,full_name,150",
        "qlvb_person,position,150",
        "qlvb_delegation,reason,500",
        "qlvb_attachment,file_name,255"
    })
    void vietnameseTextIsStoredInNationalCharacterColumns(String table, String column, int length) {
        assertTrue(
                definition(table, column).startsWith("NVARCHAR2(" + length + ")"),
                table + "." + column + ": " + definition(table, column));
    }

    @Test
    void everyTextColumnOfTheChangelogKeepsItsKindAndLength() {
        for (ChangeSet changeSet : changeSets) {
            for (var change : changeSet.getChanges()) {
                if (change instanceof CreateTableChange create) {
                    for (ColumnConfig column : create.getColumns()) {
                        String type = column.getType().toUpperCase(Locale.ROOT);
                        String rendered = definition(create.getTableName(), column.getName());
                        if (type.startsWith("NVARCHAR")) {
                            assertTrue(
                                    rendered.startsWith("N" + type.replace("NVARCHAR", "VARCHAR2")),
                                    create.getTableName() + "." + column.getName() + ": " + rendered);
                        }
                        if (type.startsWith("VARCHAR")) {
                            assertTrue(
                                    rendered.startsWith(type.replace("VARCHAR", "VARCHAR2")),
                                    create.getTableName() + "." + column.getName() + ": " + rendered);
                        }
                    }
                }
            }
        }
    }

    @Test
    void booleansAreOneDigitNumbers() {
        assertEquals("NUMBER(1) DEFAULT 0 NOT NULL", definition("qlvb_agency", "remote"));
        for (ChangeSet changeSet : changeSets) {
            for (var change : changeSet.getChanges()) {
                if (change instanceof CreateTableChange create) {
                    for (ColumnConfig column : create.getColumns()) {
                        if (column.getType().equalsIgnoreCase("BOOLEAN")) {
                            assertTrue(definition(create.getTableName(), column.getName())
                                    .startsWith("NUMBER(1)"));
                        }
                    }
                }
            }
        }
    }

    @Test
    void identifiersAreNumbersAndInstantsTimestamps() {
        assertTrue(definition("qlvb_agency", "id").startsWith("NUMBER(38, 0) NOT NULL"));
        assertTrue(definition("qlvb_agency", "created_at").startsWith("TIMESTAMP NOT NULL"));
        assertTrue(definition("qlvb_delegation", "valid_from")
                .toUpperCase(Locale.ROOT)
                .startsWith("DATE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOLEAN", "BIGINT", "NVARCHAR(", " VARCHAR("})
    void noTypeOutsideOraclesOwnIsLeft(String foreignType) {
        for (String statement : statements(sql)) {
            if (statement.startsWith("CREATE TABLE")) {
                assertFalse(statement.toUpperCase(Locale.ROOT).contains(foreignType), statement);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            classes = {
                Agency.class,
                Unit.class,
                Person.class,
                Account.class,
                Delegation.class,
                StoredFile.class,
                Attachment.class,
                SigningCredential.class,
                SigningImage.class,
                TrustedAuthority.class,
                RevocationList.class,
                vn.gov.qlvb.outgoing.entity.OutgoingDocument.class,
                vn.gov.qlvb.outgoing.entity.DraftVersion.class,
                vn.gov.qlvb.outgoing.entity.OpinionRequest.class,
                vn.gov.qlvb.outgoing.entity.Recipient.class,
                vn.gov.qlvb.outgoing.entity.OutgoingEvent.class,
                vn.gov.qlvb.outgoing.entity.ReviewChain.class,
                Partner.class,
                AgencyCertificate.class,
                ExchangeReceipt.class,
                vn.gov.qlvb.exchange.entity.OutboxMessage.class
            })
    void sequenceOfEveryEntityStepsByItsAllocationSize(Class<?> entity) {
        SequenceGenerator generator = Arrays.stream(entity.getDeclaredFields())
                .map(f -> f.getAnnotation(SequenceGenerator.class))
                .filter(g -> g != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError(entity.getSimpleName() + " has no @SequenceGenerator"));
        String sequence = sequences.get(generator.sequenceName());

        assertNotNull(sequence, "no CREATE SEQUENCE " + generator.sequenceName() + " in " + sequences.keySet());
        assertEquals(50, generator.allocationSize());
        assertTrue(sequence.contains("INCREMENT BY " + generator.allocationSize()), sequence);
    }

    @Test
    void everySequenceStepsBy50() {
        assertFalse(sequences.isEmpty());
        sequences.forEach((name, options) -> assertTrue(options.contains("INCREMENT BY 50"), name + " " + options));
    }
}
