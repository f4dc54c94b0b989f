package vn.gov.qlvb.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureForm;
import vn.gov.qlvb.signing.entity.SignedPdf;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * Signing through the PKCS#11 port with Debian's SoftHSM2 standing in for an HSM: a token made
 * in {@code target/softhsm} (the surefire JVM gets {@code SOFTHSM2_CONF} pointing there), a key
 * and certificate issued by the test and imported with {@code softhsm2-util} and
 * {@code pkcs11-tool}, then the same {@link SigningKey#pkcs11} the server uses.
 */
class SoftHsmSigningTest {

    private static final String LIBRARY = "/usr/lib/softhsm/libsofthsm2.so";
    private static final String PIN = "1234";
    private static final String ALIAS = "lanhdao";

    private static DemoAuthority authority;
    private static DemoAuthority.Issued issued;

    @TempDir
    Path work;

    @BeforeAll
    static void tokenWithAKeyAndItsCertificate() throws Exception {
        String conf = System.getenv("SOFTHSM2_CONF");
        assertNotNull(conf, "surefire sets SOFTHSM2_CONF (ejb/pom.xml)");
        Path dir = Path.of(conf).getParent();
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir.resolve("tokens"));
        Files.writeString(
                Path.of(conf),
                "directories.tokendir = " + dir.resolve("tokens")
                        + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        SigningFixtures.run(
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "qlvb-test",
                "--pin",
                PIN,
                "--so-pin",
                "56781234");

        authority = DemoAuthority.create("QLVB HSM Test CA");
        issued = authority.issue(SigningFixtures.SIGNER, "UBND tỉnh Mẫu", 2);
        Path key = dir.resolve("key.pem");
        Files.writeString(
                key,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(issued.keys().getPrivate().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        Path certificate = dir.resolve("certificate.der");
        Files.write(certificate, issued.certificate().getEncoded());
        String imported = SigningFixtures.run(
                "softhsm2-util",
                "--import",
                key.toString(),
                "--token",
                "qlvb-test",
                "--label",
                ALIAS,
                "--id",
                "01",
                "--pin",
                PIN);
        assertTrue(imported.contains("imported"), imported);
        String written = SigningFixtures.run(
                "pkcs11-tool",
                "--module",
                LIBRARY,
                "--token-label",
                "qlvb-test",
                "--login",
                "--pin",
                PIN,
                "--write-object",
                certificate.toString(),
                "--type",
                "cert",
                "--id",
                "01",
                "--label",
                ALIAS);
        assertTrue(written.contains("Created certificate"), written);
        Files.delete(key);
    }

    @Test
    void signerSignatureOnSoftHsm2IsValidForPdfsig() {
        Pkcs11Settings settings = new Pkcs11Settings(LIBRARY, 0, PIN.toCharArray());
        SignedPdf signed;
        try (SigningKey key = SigningKey.pkcs11(settings, ALIAS)) {
            assertEquals(issued.certificate(), key.chain().get(0));
            signed = new DocumentSigner(new CertificateTrust(List.of(authority.certificate()), List.of()))
                    .signAsSigner(
                            SigningFixtures.draft(true),
                            key,
                            new SignatureBlock(SignatureForm.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", SigningFixtures.SIGNER),
                            SignatureAppearance.demoSignature(SigningFixtures.SIGNER));
        }
        SigningFixtures.pdfsig(work, signed.content()).assertAllValid(1);
        assertEquals(issued.certificate().getSerialNumber().toString(16), signed.certificateSerial());
    }

    @Test
    void unknownAliasOnTheTokenIsNoKey() {
        Pkcs11Settings settings = new Pkcs11Settings(LIBRARY, 0, PIN.toCharArray());
        DocumentSignerTest.assertRefused(SigningRefusal.NO_KEY, () -> SigningKey.pkcs11(settings, "someone-else"));
    }
}
