package vn.gov.qlvb.files.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.logging.core.NoOpLogService;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.qlvb.files.control.ContentStore;
import vn.gov.qlvb.files.control.FileIntake;
import vn.gov.qlvb.files.control.Repositories;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.files.entity.FileType;
import vn.gov.qlvb.files.entity.StoredFile;
import vn.gov.qlvb.platform.boundary.SchemaMigration;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@link FileStorage} with the server's JPA provider (EclipseLink) outside the server: the
 * schema is the one the real changelog builds in an in-memory H2, the mappings are the real
 * ones, each call runs in a local transaction as the container would run it. What only the
 * container does (the separate transaction of the content row) is left to the server's tests.
 */
class FileStorageTest {

    private static final long PERSON = 7;
    private static final byte[] PDF = minimalPdf("Tờ trình số 15/TTr-UBND");

    private static JdbcDataSource dataSource;
    private static EntityManagerFactory factory;

    @TempDir
    Path files;

    private EntityManager em;
    private FileStorage storage;

    @BeforeAll
    static void migrateADatabase() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:files-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try (Connection c = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Map<String, Object> quiet = Map.of(
                    Scope.Attr.ui.name(), new LoggerUIService(), Scope.Attr.logService.name(), new NoOpLogService());
            Scope.child(quiet, () -> {
                try (Liquibase liquibase = new Liquibase(
                        SchemaMigration.CHANGELOG,
                        new ClassLoaderResourceAccessor(FileStorageTest.class.getClassLoader()),
                        database)) {
                    liquibase.update("");
                }
            });
        }
        sql("INSERT INTO qlvb_agency (id, organ_id, name, agency_level, remote, status, created_at, updated_at)"
                + " VALUES (1, '000.00.00.H46', 'UBND tỉnh Thừa Thiên Huế', 'PROVINCE', FALSE, 'ACTIVE',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql("INSERT INTO qlvb_person (id, full_name, agency_id, status) VALUES (" + PERSON
                + ", 'Nguyễn Thị Văn Thư', 1, 'ACTIVE')");
        factory = Persistence.createEntityManagerFactory(
                "files-test",
                Map.of(
                        "eclipselink.persistencexml",
                        "META-INF/files-test-persistence.xml",
                        "jakarta.persistence.nonJtaDataSource",
                        dataSource));
    }

    @AfterAll
    static void dropTheDatabase() throws SQLException {
        if (factory != null) {
            factory.close();
        }
        sql("SHUTDOWN");
    }

    @BeforeEach
    void start() throws SQLException {
        sql("DELETE FROM qlvb_attachment");
        sql("DELETE FROM qlvb_stored_file");
        em = factory.createEntityManager();
        storage = new FileStorage();
        storage.em = em;
        storage.storedFiles = Repositories.storedFiles(em);
        storage.intake = new FileIntake(new ContentStore(files), 1024 * 1024);
    }

    @AfterEach
    void stop() {
        em.close();
    }

    private static void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private long count(String table) {
        return em.createQuery("SELECT COUNT(x) FROM " + table + " x", Long.class)
                .getSingleResult();
    }

    /** Runs {@code call} in a transaction committed at the end, as a boundary call runs. */
    private <T> T inTransaction(Supplier<T> call) {
        em.getTransaction().begin();
        try {
            T result = call.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            throw e;
        } finally {
            em.clear();
        }
    }

    private Attachment store(String fileName, byte[] bytes, long personId) {
        return inTransaction(() -> storage.store(fileName, new ByteArrayInputStream(bytes), personId));
    }

    private List<Path> blobs() throws IOException {
        try (Stream<Path> walk = Files.walk(files)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void storesAnUploadAndOpensTheSameBytesUnderItsVietnameseName() throws IOException {
        Attachment stored = store("Tờ trình số 15-TTr-UBND về việc phê duyệt đề án.pdf", PDF, PERSON);

        assertNotNull(stored.getId());
        try (FileContent opened = storage.open(stored.getId())) {
            assertEquals("Tờ trình số 15-TTr-UBND về việc phê duyệt đề án.pdf", opened.fileName());
            assertEquals("application/pdf", opened.mediaType());
            assertEquals(PDF.length, opened.size());
            assertEquals(PERSON, opened.attachment().getUploadedBy());
            assertEquals(FileType.PDF, opened.attachment().getType());
            assertArrayEquals(PDF, opened.bytes().readAllBytes());
        }
    }

    @Test
    void theSameBytesUploadedTwiceAreTwoAttachmentsOfOneStoredFile() throws IOException {
        Attachment first = store("Tờ trình.pdf", PDF, PERSON);
        Attachment second = store("Bản sao tờ trình.pdf", PDF, PERSON);

        assertNotEquals(first.getId(), second.getId());
        assertEquals(first.getContent().getId(), second.getContent().getId());
        assertEquals(2, count("Attachment"));
        assertEquals(1, count("StoredFile"));
        assertEquals(1, blobs().size());
    }

    @Test
    void theContentRowHoldsTheHashSizeAndDetectedType() {
        Attachment stored = store("Tờ trình.pdf", PDF, PERSON);

        StoredFile content = em.find(StoredFile.class, stored.getContent().getId());
        assertEquals(stored.getContent().getSha256(), content.getSha256());
        assertEquals(64, content.getSha256().length());
        assertEquals(PDF.length, content.getSize());
        assertEquals("application/pdf", content.getMediaType());
        assertNotNull(content.getCreatedAt());
        assertTrue(Files.isRegularFile(files.resolve(content.getSha256().substring(0, 2))
                .resolve(content.getSha256().substring(2, 4))
                .resolve(content.getSha256())));
    }

    @Test
    void aRefusedUploadLeavesNoRowAndNoBlob() throws IOException {
        byte[] png = "\u0089PNG\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefused("file.typeMismatch", "file", () -> store("Tờ trình.pdf", png, PERSON));
        assertRefused("file.empty", "file", () -> store("Tờ trình.pdf", new byte[0], PERSON));
        assertRefused("file.typeNotAllowed", "file", () -> store("cài đặt.exe", PDF, PERSON));

        assertEquals(0, count("Attachment"));
        assertEquals(0, count("StoredFile"));
        assertEquals(List.of(), blobs());
    }

    @Test
    void aFailedInsertLeavesAtMostABlobNeverARowWithoutItsBytes() throws IOException {
        long nobody = 999;

        assertThrows(PersistenceException.class, () -> store("Tờ trình.pdf", PDF, nobody));

        assertEquals(0, count("Attachment"));
        assertEquals(1, blobs().size(), "the blob may stay: content-addressed and harmless");
        for (StoredFile content :
                em.createQuery("SELECT f FROM StoredFile f", StoredFile.class).getResultList()) {
            assertTrue(storage.intake.store().contains(content.getSha256()), "row without its bytes");
        }

        Attachment retried = store("Tờ trình.pdf", PDF, PERSON);
        assertEquals(1, count("StoredFile"));
        assertEquals(1, blobs().size());
        assertNotNull(retried.getId());
    }

    @Test
    void changedBytesOnDiskAreRefusedWhenOpened() throws IOException {
        Attachment stored = store("Tờ trình.pdf", PDF, PERSON);
        Path blob = storage.intake.store().pathOf(stored.getContent().getSha256());
        blob.toFile().setWritable(true);
        try (RandomAccessFile file = new RandomAccessFile(blob.toFile(), "rw")) {
            file.seek(PDF.length / 2);
            int b = file.read();
            file.seek(PDF.length / 2);
            file.write(b ^ 0x20);
        }

        RuleViolation refused = assertThrows(RuleViolation.class, () -> storage.open(stored.getId()));

        assertEquals("file.corrupted", refused.code());
        assertEquals(RuleViolation.Kind.CONFLICT, refused.kind());
    }

    @Test
    void anUnknownAttachmentIsNotFound() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> storage.find(12345));
        assertEquals("file.notFound", refused.code());
        assertEquals(RuleViolation.Kind.NOT_FOUND, refused.kind());

        assertEquals(
                "file.notFound",
                assertThrows(RuleViolation.class, () -> storage.open(12345)).code());
    }

    @Test
    void anAttachmentIsFoundAgainWithItsContent() {
        Attachment stored = store("Quyết định.pdf", PDF, PERSON);

        Attachment found = storage.find(stored.getId());

        assertEquals("Quyết định.pdf", found.getFileName());
        assertEquals(stored.getContent().getSha256(), found.getContent().getSha256());
        assertSame(found, storage.find(stored.getId()));
        assertFalse(found.getUploadedAt().isAfter(Instant.now()));
    }

    private static byte[] minimalPdf(String title) {
        String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                + "% " + title + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
        return pdf.getBytes(StandardCharsets.UTF_8);
    }
}
