package vn.gov.qlvb.signing.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Path;
import java.security.Signature;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
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
import vn.gov.qlvb.platform.boundary.SchemaMigration;
import vn.gov.qlvb.signing.control.DemoAuthority;
import vn.gov.qlvb.signing.control.SignatureAppearance;
import vn.gov.qlvb.signing.control.SigningFixtures;
import vn.gov.qlvb.signing.control.SigningRepositories;
import vn.gov.qlvb.signing.control.SigningRepository;
import vn.gov.qlvb.signing.entity.CertificateInfo;
import vn.gov.qlvb.signing.entity.ExternalSignature;
import vn.gov.qlvb.signing.entity.KeyAccess;
import vn.gov.qlvb.signing.entity.SealPlacement;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SignatureForm;
import vn.gov.qlvb.signing.entity.SignedPdf;
import vn.gov.qlvb.signing.entity.SigningCredential;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * {@link PdfSigning} and {@link SigningKeys} with the server's JPA provider (EclipseLink) on the
 * schema of the real changelog in an in-memory H2, each call in a local transaction as the
 * container runs it: keys and images stored, trust and revocation from the database, the
 * refusals that need the stored owner, and the external preparation kept between calls.
 */
class SigningBoundariesTest {

    private static final long AGENCY = 1;
    private static final long SIGNER = 11;
    private static final long OTHER = 12;
    private static final char[] PIN = "123456".toCharArray();
    private static final String AGENCY_PASSWORD = "mat-khau-may-chu";
    private static final SignatureBlock BLOCK =
            new SignatureBlock(SignatureForm.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", SigningFixtures.SIGNER);

    private static JdbcDataSource dataSource;
    private static EntityManagerFactory factory;
    private static DemoAuthority authority;
    private static DemoAuthority.Issued signerKey;
    private static DemoAuthority.Issued agencyKey;

    @TempDir
    Path work;

    private EntityManager em;
    private PdfSigning signing;
    private SigningKeys keys;

    @BeforeAll
    static void migrateADatabase() throws Exception {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:signing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        try (Connection c = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Map<String, Object> quiet = Map.of(
                    Scope.Attr.ui.name(), new LoggerUIService(), Scope.Attr.logService.name(), new NoOpLogService());
            Scope.child(quiet, () -> {
                try (Liquibase liquibase = new Liquibase(
                        SchemaMigration.CHANGELOG,
                        new ClassLoaderResourceAccessor(SigningBoundariesTest.class.getClassLoader()),
                        database)) {
                    liquibase.update("");
                }
            });
        }
        sql("INSERT INTO qlvb_agency (id, organ_id, name, agency_level, remote, status, created_at, updated_at)"
                + " VALUES (1, '000.00.00.H99', 'Ủy ban nhân dân tỉnh Mẫu', 'PROVINCE', FALSE, 'ACTIVE',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
        sql("INSERT INTO qlvb_person (id, full_name, agency_id, status) VALUES (" + SIGNER + ", '"
                + SigningFixtures.SIGNER + "', 1, 'ACTIVE')");
        sql("INSERT INTO qlvb_person (id, full_name, agency_id, status) VALUES (" + OTHER
                + ", 'Trần Thị Khác', 1, 'ACTIVE')");
        factory = Persistence.createEntityManagerFactory(
                "signing-test",
                Map.of(
                        "eclipselink.persistencexml",
                        "META-INF/signing-test-persistence.xml",
                        "jakarta.persistence.nonJtaDataSource",
                        dataSource));
        authority = DemoAuthority.create("QLVB Test CA");
        signerKey = authority.issue(SigningFixtures.SIGNER, "UBND tỉnh Mẫu", 2);
        agencyKey = authority.issue("Ủy ban nhân dân tỉnh Mẫu", "UBND tỉnh Mẫu", 2);
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
        for (String table : List.of(
                "qlvb_prepared_signature",
                "qlvb_signing_credential",
                "qlvb_signing_image",
                "qlvb_revocation_list",
                "qlvb_trusted_authority")) {
            sql("DELETE FROM " + table);
        }
        em = factory.createEntityManager();
        SigningRepository repository =
                SigningRepositories.on(em, Map.of("qlvb.signing.agency-keystore-password", AGENCY_PASSWORD));
        signing = new PdfSigning();
        signing.em = em;
        signing.repository = repository;
        keys = new SigningKeys();
        keys.em = em;
        keys.repository = repository;
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

    /** Runs {@code call} in a transaction, rolled back on a refusal, as a boundary call runs. */
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

    private void run(Runnable call) {
        inTransaction(() -> {
            call.run();
            return null;
        });
    }

    private void assertRefused(SigningRefusal refusal, Supplier<?> call) {
        SigningException refused = assertThrows(SigningException.class, () -> inTransaction(call));
        assertEquals(refusal, refused.refusal());
    }

    private long count(String entity) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class)
                .getSingleResult();
    }

    private void trustTheAuthorityAndEquipTheSigner() {
        byte[] anchor = vn.gov.qlvb.signing.entity.CertificateChain.der(authority.certificate());
        run(() -> keys.addTrustAnchor(anchor));
        run(() -> keys.importPersonalKeystore(SIGNER, SigningFixtures.SIGNER, signerKey.pkcs12(PIN), PIN));
        run(() -> keys.setSignatureImage(SIGNER, SignatureAppearance.demoSignature(SigningFixtures.SIGNER)));
        run(() -> keys.importAgencyKeystore(AGENCY, agencyKey.pkcs12(AGENCY_PASSWORD.toCharArray())));
        run(() -> keys.setSealImage(AGENCY, SignatureAppearance.demoSeal("Ủy ban nhân dân tỉnh Mẫu", 36 * 72 / 25.4f)));
    }

    @Test
    void importRefusesAWrongPinAndKeepsNothing() {
        assertRefused(
                SigningRefusal.WRONG_PIN,
                () -> keys.importPersonalKeystore(
                        SIGNER, SigningFixtures.SIGNER, signerKey.pkcs12(PIN), "000000".toCharArray()));
        assertEquals(0, count("SigningCredential"));
    }

    @Test
    void importRefusesAnExpiredCertificateOneOfAnotherNameAndOneAnotherPersonHolds() {
        Instant now = Instant.now();
        DemoAuthority.Issued expired =
                authority.issue(SigningFixtures.SIGNER, null, now.minusSeconds(3 * 86_400), now.minusSeconds(86_400));
        assertRefused(
                SigningRefusal.CERTIFICATE_EXPIRED,
                () -> keys.importPersonalKeystore(SIGNER, SigningFixtures.SIGNER, expired.pkcs12(PIN), PIN));
        DemoAuthority.Issued others = authority.issue("Trần Thị Khác", null, 2);
        assertRefused(
                SigningRefusal.CERTIFICATE_NOT_OF_SIGNER,
                () -> keys.importPersonalKeystore(SIGNER, SigningFixtures.SIGNER, others.pkcs12(PIN), PIN));
        assertEquals(0, count("SigningCredential"));

        // the holder's name matches without diacritics or case, as some authorities write it
        run(() -> keys.importPersonalKeystore(OTHER, "TRAN  THI KHAC", others.pkcs12(PIN), PIN));
        assertRefused(
                SigningRefusal.CERTIFICATE_NOT_OF_SIGNER,
                () -> keys.importPersonalKeystore(SIGNER, "Trần Thị Khác", others.pkcs12(PIN), PIN));
        assertRefused(
                SigningRefusal.INVALID_MATERIAL,
                () -> keys.importPersonalKeystore(SIGNER, SigningFixtures.SIGNER, new byte[] {1, 2, 3}, PIN));
        assertEquals(1, count("SigningCredential"));
    }

    @Test
    void aSignatureImageMustBeATransparentPng() {
        java.awt.image.BufferedImage opaque =
                new java.awt.image.BufferedImage(20, 10, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(opaque, "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertRefused(SigningRefusal.INVALID_MATERIAL, () -> {
            keys.setSignatureImage(SIGNER, png.toByteArray());
            return null;
        });
        assertRefused(SigningRefusal.INVALID_MATERIAL, () -> {
            keys.setSignatureImage(SIGNER, "not a png".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return null;
        });
        assertEquals(0, count("SigningImage"));
    }

    @Test
    void signerSignsWithTheStoredKeystoreAndTheAgencySealsAfterTheNumber() {
        trustTheAuthorityAndEquipTheSigner();
        List<CertificateInfo> mine = inTransaction(() -> keys.certificatesOf(SIGNER));
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).usable(), mine.toString());

        assertRefused(
                SigningRefusal.WRONG_PIN,
                () -> signing.signAsSigner(
                        SigningFixtures.draft(true), SIGNER, BLOCK, new KeyAccess.PersonalKeystore("1".toCharArray())));
        assertRefused(
                SigningRefusal.NO_KEY,
                () -> signing.signAsSigner(
                        SigningFixtures.draft(true), OTHER, BLOCK, new KeyAccess.PersonalKeystore(PIN)));

        SignedPdf signed = inTransaction(() ->
                signing.signAsSigner(SigningFixtures.draft(true), SIGNER, BLOCK, new KeyAccess.PersonalKeystore(PIN)));
        assertRefused(
                SigningRefusal.SIGNER_SIGNATURE_MISSING,
                () -> signing.signAsAgency(SigningFixtures.draft(true), AGENCY, SealPlacement.standard()));
        byte[] numbered = inTransaction(
                () -> signing.stampIssueNumber(signed.content(), "12/QĐ-UBND", LocalDate.of(2026, 1, 5), "Mẫu"));
        SignedPdf issued = inTransaction(() -> signing.signAsAgency(numbered, AGENCY, SealPlacement.standard()));

        SigningFixtures.pdfsig(work, issued.content()).assertAllValid(2);
        List<SignatureCheck> checks = inTransaction(() -> signing.validate(issued.content()));
        assertEquals(2, checks.size());
        assertTrue(checks.get(0).valid() && checks.get(1).valid(), checks.toString());
    }

    @Test
    void aRevokedCertificateIsRefusedOnceItsListIsLoaded() throws Exception {
        trustTheAuthorityAndEquipTheSigner();
        byte[] crl = authority
                .revocationList(List.of(signerKey.certificate()), Instant.now().minusSeconds(60))
                .getEncoded();
        byte[] foreign = DemoAuthority.create("Other CA")
                .revocationList(List.of(), Instant.now())
                .getEncoded();
        assertRefused(SigningRefusal.CERTIFICATE_UNTRUSTED, () -> {
            keys.loadRevocationList(foreign);
            return null;
        });
        run(() -> keys.loadRevocationList(crl));

        assertEquals(
                SigningRefusal.CERTIFICATE_REVOKED,
                inTransaction(() -> keys.certificatesOf(SIGNER)).get(0).status());
        assertRefused(
                SigningRefusal.CERTIFICATE_REVOKED,
                () -> signing.signAsSigner(
                        SigningFixtures.draft(true), SIGNER, BLOCK, new KeyAccess.PersonalKeystore(PIN)));
    }

    @Test
    void aServerTokenAliasOfAnotherPersonIsRefused() {
        trustTheAuthorityAndEquipTheSigner();
        run(() -> em.persist(SigningCredential.serverToken(OTHER, null, "khac", signerKey.chain())));

        assertRefused(
                SigningRefusal.CERTIFICATE_NOT_OF_SIGNER,
                () -> signing.signAsSigner(
                        SigningFixtures.draft(true), SIGNER, BLOCK, new KeyAccess.ServerToken("khac")));
    }

    @Test
    void externalSignatureIsPreparedCompletedOnceAndRefusedForAnotherPersonsCertificate() throws Exception {
        trustTheAuthorityAndEquipTheSigner();
        DemoAuthority.Issued usbToken = authority.issue(SigningFixtures.SIGNER, "UBND tỉnh Mẫu", 2);
        List<byte[]> chain = List.of(
                usbToken.certificate().getEncoded(), authority.certificate().getEncoded());
        assertRefused(
                SigningRefusal.CERTIFICATE_NOT_OF_SIGNER,
                () -> signing.prepareSignerSignature(SigningFixtures.draft(true), SIGNER, BLOCK, chain));
        run(() -> keys.registerExternalCertificate(SIGNER, chain));
        assertRefused(
                SigningRefusal.CERTIFICATE_NOT_OF_SIGNER,
                () -> signing.prepareSignerSignature(SigningFixtures.draft(true), OTHER, BLOCK, chain));

        ExternalSignature prepared =
                inTransaction(() -> signing.prepareSignerSignature(SigningFixtures.draft(true), SIGNER, BLOCK, chain));
        Signature token = Signature.getInstance(prepared.signatureAlgorithm());
        token.initSign(usbToken.keys().getPrivate());
        token.update(prepared.dataToSign());
        byte[] value = token.sign();
        byte[] tampered = value.clone();
        tampered[3] ^= 0x40;

        assertRefused(
                SigningRefusal.SIGNATURE_VALUE_INVALID, () -> signing.completeSignerSignature(prepared.id(), tampered));
        SignedPdf signed = inTransaction(() -> signing.completeSignerSignature(prepared.id(), value));
        SigningFixtures.pdfsig(work, signed.content()).assertAllValid(1);
        assertRefused(SigningRefusal.PREPARATION_EXPIRED, () -> signing.completeSignerSignature(prepared.id(), value));
    }

    @Test
    void anExpiredPreparationIsRefused() throws Exception {
        trustTheAuthorityAndEquipTheSigner();
        List<byte[]> chain = List.of(
                signerKey.certificate().getEncoded(), authority.certificate().getEncoded());
        ExternalSignature prepared =
                inTransaction(() -> signing.prepareSignerSignature(SigningFixtures.draft(true), SIGNER, BLOCK, chain));
        sql("UPDATE qlvb_prepared_signature SET expires_at = DATEADD('MINUTE', -1, CURRENT_TIMESTAMP)");
        Signature token = Signature.getInstance(prepared.signatureAlgorithm());
        token.initSign(signerKey.keys().getPrivate());
        token.update(prepared.dataToSign());
        byte[] value = token.sign();

        assertRefused(SigningRefusal.PREPARATION_EXPIRED, () -> signing.completeSignerSignature(prepared.id(), value));
        assertRefused(SigningRefusal.PREPARATION_EXPIRED, () -> signing.completeSignerSignature("no-such-id", value));
    }

    @Test
    void aCertificateOfAnUntrustedAuthorityIsListedAsSuchAndRefused() {
        DemoAuthority stranger = DemoAuthority.create("Unknown CA");
        DemoAuthority.Issued key = stranger.issue(SigningFixtures.SIGNER, null, 2);
        run(() -> keys.importPersonalKeystore(SIGNER, SigningFixtures.SIGNER, key.pkcs12(PIN), PIN));

        CertificateInfo info = inTransaction(() -> keys.certificatesOf(SIGNER)).get(0);
        assertFalse(info.usable());
        assertEquals(SigningRefusal.CERTIFICATE_UNTRUSTED, info.status());
        assertRefused(
                SigningRefusal.CERTIFICATE_UNTRUSTED,
                () -> signing.signAsSigner(
                        SigningFixtures.draft(true), SIGNER, BLOCK, new KeyAccess.PersonalKeystore(PIN)));
    }
}
