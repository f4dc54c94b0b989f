package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.signing.control.DemoAuthority;

/**
 * Enrolment of signing material through the REST API, in the real EAR: a head of division
 * imports a PKCS#12 made at test time (its authority made trusted by the administrator), signs an
 * outgoing document with it and its PIN, and the PDF carries that certificate (pdfsig and the
 * CMS); a wrong PIN, another person's or an expired certificate, a file that is no keystore and an
 * image that is no PNG are refused with their codes and change nothing; seal, token, trust and
 * revocation uploads keep to who may make them. The PIN is found nowhere in the database.
 */
@ExtendWith(ArquillianExtension.class)
class SigningEnrolmentIT {

    /** A PIN no demo data contains, so finding it anywhere in the database means it was stored. */
    private static final String PIN = "Enrol-PIN-7Q4Z9X";

    private static final String ORGANISATION = "Enrolment test 7Q4Z";
    private static final String SIGNER = "truongphong";

    @Deployment
    static EnterpriseArchive ear() {
        EnterpriseArchive ear = Deployments.qlvbEarWithTestModule(SigningEnrolmentIT.class);
        ear.getAsType(WebArchive.class, "test.war").addClasses(Api.class, Api.Reply.class, OutgoingFlow.class);
        return ear;
    }

    @ArquillianResource
    URL deployment;

    @PersistenceContext(unitName = "qlvb")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/QlvbDS")
    DataSource database;

    private String fullNameOf(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getSingleResult()
                .getPerson()
                .getFullName();
    }

    @Test
    void aPersonEnrolsTheirOwnPkcs12AndSignsAnOutgoingDocumentWithIt() throws Exception {
        OutgoingFlow flow = new OutgoingFlow(deployment);
        Api admin = flow.as("quantri");
        Api signer = flow.as(SIGNER);
        String name = fullNameOf(SIGNER);
        DemoAuthority authority = DemoAuthority.create("CA nhap khoa thu nghiem", DemoAuthority.Keys.RSA_2048);
        DemoAuthority.Issued own = authority.issue(name, ORGANISATION, 2);
        byte[] anchor = authority.certificate().getEncoded();

        // only an administrator of the province makes an authority trusted
        Api.Reply notAdmin = flow.as("vanthu").postBytes("signing/trust-anchors", anchor, "application/pkix-cert");
        assertEquals(403, notAdmin.status(), notAdmin.toString());
        assertTrue(notAdmin.body().contains("access.denied"), notAdmin.body());
        Api.Reply trusted = admin.postBytes("signing/trust-anchors", anchor, "application/pkix-cert");
        assertEquals(204, trusted.status(), trusted.toString());

        List<JsonObject> before = signer.get("signing/certificates").jsonArray().getValuesAs(JsonObject.class);

        // refusals, each with its code, nothing kept
        Api.Reply wrongPin = signer.postBytes(
                "signing/certificates",
                own.pkcs12(PIN.toCharArray()),
                "application/x-pkcs12",
                "X-Signing-Pin",
                "000000");
        assertEquals(400, wrongPin.status(), wrongPin.toString());
        assertTrue(wrongPin.body().contains("signing.WRONG_PIN"), wrongPin.body());
        assertTrue(wrongPin.contentType().contains("application/problem+json"), wrongPin.contentType());

        DemoAuthority.Issued someoneElses = authority.issue(fullNameOf("lanhdao"), ORGANISATION, 2);
        Api.Reply notMine = signer.postBytes(
                "signing/certificates",
                someoneElses.pkcs12(PIN.toCharArray()),
                "application/x-pkcs12",
                "X-Signing-Pin",
                PIN);
        assertEquals(403, notMine.status(), notMine.toString());
        assertTrue(notMine.body().contains("signing.CERTIFICATE_NOT_OF_SIGNER"), notMine.body());

        Instant now = Instant.now();
        DemoAuthority.Issued expired =
                authority.issue(name, ORGANISATION, now.minusSeconds(400 * 86_400L), now.minusSeconds(35 * 86_400L));
        Api.Reply outOfDate = signer.postBytes(
                "signing/certificates",
                expired.pkcs12(PIN.toCharArray()),
                "application/x-pkcs12",
                "X-Signing-Pin",
                PIN);
        assertEquals(409, outOfDate.status(), outOfDate.toString());
        assertTrue(outOfDate.body().contains("signing.CERTIFICATE_EXPIRED"), outOfDate.body());

        Api.Reply noKeystore = signer.postBytes(
                "signing/certificates",
                "not a keystore".getBytes(StandardCharsets.UTF_8),
                "application/octet-stream",
                "X-Signing-Pin",
                PIN);
        assertEquals(400, noKeystore.status(), noKeystore.toString());
        assertTrue(noKeystore.body().contains("signing.INVALID_MATERIAL"), noKeystore.body());

        Api.Reply noPin =
                signer.postBytes("signing/certificates", own.pkcs12(PIN.toCharArray()), "application/x-pkcs12");
        assertEquals(400, noPin.status(), noPin.toString());
        assertTrue(noPin.body().contains("signing.pin.required"), noPin.body());

        assertEquals(
                before.size(), signer.get("signing/certificates").jsonArray().size(), "no refused keystore was kept");

        // the import itself, as a form with the file and the PIN
        Api.Reply imported = signer.postBytes(
                "signing/certificates",
                multipart("qlvbEnrol", own.pkcs12(PIN.toCharArray()), PIN),
                "multipart/form-data; boundary=qlvbEnrol");
        assertEquals(201, imported.status(), imported.toString());
        JsonObject certificate = imported.json();
        String serial = own.certificate().getSerialNumber().toString(16);
        assertEquals(serial, certificate.getString("serial"), imported.body());
        assertTrue(certificate.getString("subject").contains(ORGANISATION), imported.body());
        assertTrue(certificate.getString("issuer").contains("CA nhap khoa thu nghiem"), imported.body());
        assertTrue(
                !certificate.containsKey("status") || certificate.isNull("status"),
                "trusted, in validity, not revoked: " + imported.body());
        List<JsonObject> mine = signer.get("signing/certificates").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(before.size() + 1, mine.size(), mine.toString());
        assertEquals(serial, mine.get(0).getString("serial"), "the newest first");

        // a revocation list of the authority (empty), and one of an untrusted authority
        byte[] crl = authority.revocationList(List.of(), now).getEncoded();
        assertEquals(
                403,
                signer.postBytes("signing/revocation-lists", crl, "application/pkix-crl")
                        .status());
        Api.Reply loaded = admin.postBytes("signing/revocation-lists", crl, "application/pkix-crl");
        assertEquals(204, loaded.status(), loaded.toString());
        byte[] foreign = DemoAuthority.create("CA la", DemoAuthority.Keys.EC_P256)
                .revocationList(List.of(), now)
                .getEncoded();
        Api.Reply untrusted = admin.postBytes("signing/revocation-lists", foreign, "application/pkix-crl");
        assertEquals(409, untrusted.status(), untrusted.toString());
        assertTrue(untrusted.body().contains("signing.CERTIFICATE_UNTRUSTED"), untrusted.body());

        // signing an outgoing document with the imported key and its PIN
        long id = flow.draft("CONG_VAN", "NONE", SIGNER, List.of());
        flow.approved(id);
        JsonObject signed = OutgoingFlow.ok(signer.post("outgoing/" + id + "/sign", "{\"pin\":\"" + PIN + "\"}"));
        assertEquals("SIGNED", signed.getString("status"), signed.toString());
        byte[] pdf = signer.bytes("outgoing/" + id + "/versions/" + signed.getInt("latestVersion") + "/file")
                .body();
        String pdfsig = pdfsig(pdf);
        assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
        assertTrue(pdfsig.contains(name), pdfsig);
        assertTrue(pdfsig.contains(ORGANISATION), "the imported certificate's subject: " + pdfsig);
        assertArrayEquals(
                own.certificate().getEncoded(), signingCertificateOf(pdf).getEncoded());
        Api.Reply validation = signer.postBytes("signing/validation", pdf, "application/pdf");
        JsonObject check = validation.jsonArray().getJsonObject(0);
        assertEquals(serial, check.getString("certificateSerial"), validation.body());
        assertTrue(check.getBoolean("valid"), validation.body());
    }

    @Test
    void aSignatureImageMustBeAPngAndIsReplacedOnlyByOne() throws IOException {
        Api signer = Api.as(deployment, SIGNER);
        byte[] previous = signer.bytes("signing/signature-image").body();

        Api.Reply notPng = signer.putBytes(
                "signing/signature-image", "GIF89a not a png".getBytes(StandardCharsets.UTF_8), "image/png");
        assertEquals(400, notPng.status(), notPng.toString());
        assertTrue(notPng.body().contains("signing.INVALID_MATERIAL"), notPng.body());
        assertArrayEquals(previous, signer.bytes("signing/signature-image").body(), "nothing changed");

        byte[] png = signature(fullNameOf(SIGNER));
        Api.Reply set = signer.putBytes("signing/signature-image", png, "image/png");
        assertEquals(204, set.status(), set.toString());
        var stored = signer.bytes("signing/signature-image");
        assertEquals("image/png", stored.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(png, stored.body());

        // the seal: a clerk or an administrator of the agency, a PNG too
        Api clerk = Api.as(deployment, "vanthu");
        byte[] seal = clerk.bytes("signing/seal-image").body();
        Api.Reply specialist = Api.as(deployment, "chuyenvien").putBytes("signing/seal-image", png, "image/png");
        assertEquals(403, specialist.status(), specialist.toString());
        Api.Reply badSeal = clerk.putBytes("signing/seal-image", new byte[] {1, 2, 3}, "image/png");
        assertEquals(400, badSeal.status(), badSeal.toString());
        assertArrayEquals(seal, clerk.bytes("signing/seal-image").body(), "the seal is unchanged");
        Api.Reply sameSeal = clerk.putBytes("signing/seal-image", seal, "image/png");
        assertEquals(204, sameSeal.status(), sameSeal.toString());
    }

    @Test
    void serverTokenKeysAreRegisteredByTheAdministratorOnly() {
        Api.Reply clerk = Api.as(deployment, "vanthu").post("signing/server-tokens", "{\"alias\":\"chu-ky\"}");
        assertEquals(403, clerk.status(), clerk.toString());
        Api.Reply noToken = Api.as(deployment, "quantri").post("signing/server-tokens", "{\"alias\":\"chu-ky\"}");
        assertEquals(404, noToken.status(), "no PKCS#11 token configured: " + noToken);
        assertTrue(noToken.body().contains("signing.NO_KEY"), noToken.body());
        Api.Reply noAlias = Api.as(deployment, "quantri").post("signing/server-tokens", "{}");
        assertEquals(400, noAlias.status(), noAlias.toString());
    }

    /**
     * After enrolment and signing with the PIN (the other test, or this one alone), the PIN is in
     * no table: the whole database as H2 writes it out (SCRIPT, values and BLOBs in hexadecimal).
     */
    @Test
    void thePinIsNeverStored() throws Exception {
        Api signer = Api.as(deployment, SIGNER);
        DemoAuthority authority = DemoAuthority.create("CA PIN thu nghiem", DemoAuthority.Keys.EC_P256);
        DemoAuthority.Issued own = authority.issue(fullNameOf(SIGNER), ORGANISATION, 1);
        byte[] keystore = own.pkcs12(PIN.toCharArray());
        Api.Reply imported =
                signer.postBytes("signing/certificates", keystore, "application/x-pkcs12", "X-Signing-Pin", PIN);
        assertEquals(201, imported.status(), imported.toString());

        List<String> needles = List.of(
                PIN.toLowerCase(java.util.Locale.ROOT),
                HexFormat.of().formatHex(PIN.getBytes(StandardCharsets.UTF_8)),
                HexFormat.of().formatHex(PIN.getBytes(StandardCharsets.UTF_16BE)));
        long lines = 0;
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet script = s.executeQuery("SCRIPT")) {
            while (script.next()) {
                String line = script.getString(1).toLowerCase(java.util.Locale.ROOT);
                lines++;
                for (String needle : needles) {
                    assertFalse(line.contains(needle), "the PIN is stored: " + abbreviated(line, needle));
                }
            }
        }
        assertTrue(lines > 100, "the script covers the database: " + lines + " lines");
        List<String> keystoreParts = List.of(100, 300, 500).stream()
                .map(at -> HexFormat.of().formatHex(keystore, at, at + 12))
                .toList();
        assertTrue(containsAny(keystoreParts), "the search reads the stored keystores (BLOBs)");
    }

    private boolean containsAny(List<String> hexes) throws Exception {
        try (Connection c = database.getConnection();
                Statement s = c.createStatement();
                ResultSet script = s.executeQuery("SCRIPT")) {
            while (script.next()) {
                String line = script.getString(1).toLowerCase(java.util.Locale.ROOT);
                if (hexes.stream().anyMatch(line::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** What poppler's pdfsig says of a PDF's signatures (an independent validator). */
    private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("nhap-khoa-", ".pdf");
        try {
            java.nio.file.Files.write(file, pdf);
            Process p = new ProcessBuilder("pdfsig", "-nocert", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private static String abbreviated(String line, String needle) {
        int at = line.indexOf(needle);
        return line.substring(Math.max(0, at - 200), Math.min(line.length(), at + 200));
    }

    private static byte[] multipart(String boundary, byte[] keystore, String pin) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"khoa.p12\""
                        + "\r\nContent-Type: application/x-pkcs12\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(keystore);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"pin\"\r\n\r\n" + pin
                        + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A blue signature on a transparent background. */
    private static byte[] signature(String name) throws IOException {
        BufferedImage image = new BufferedImage(240, 90, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1a, 0x3d, 0xb8));
        g.setFont(new Font(Font.SERIF, Font.ITALIC, 22));
        g.drawString(name, 10, 55);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** The certificate that made the PDF's first signature, read from its CMS. */
    private static X509Certificate signingCertificateOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getSignatureDictionaries().get(0);
            CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
            var signerInfo = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
                    .getMatches(signerInfo.getSID())
                    .iterator()
                    .next();
            return new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(holder);
        }
    }
}
