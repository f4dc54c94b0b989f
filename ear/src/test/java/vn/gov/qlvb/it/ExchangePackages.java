package vn.gov.qlvb.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.control.outbound.EdxmlBuilder;
import vn.gov.qlvb.exchange.control.outbound.XmlDsigPackageSigner;
import vn.gov.qlvb.exchange.entity.Business;
import vn.gov.qlvb.exchange.entity.DocumentHeader;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.Organ;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.ResponseFor;
import vn.gov.qlvb.exchange.entity.StaffInfo;
import vn.gov.qlvb.exchange.entity.StatusHeader;
import vn.gov.qlvb.exchange.entity.TraceHeader;
import vn.gov.qlvb.signing.control.DemoAuthority;

/** Signed packages of a partner agency, for the tests of the interconnection in the real EAR. */
final class ExchangePackages {

    static final DemoAuthority AUTHORITY = DemoAuthority.create("Partner Test CA", DemoAuthority.Keys.RSA_2048);

    private final String organId;
    private final String name;
    private final DemoAuthority.Issued key;

    ExchangePackages(String organId, String name) {
        this(organId, name, AUTHORITY);
    }

    /**
     * An agency whose packages are signed with a key of {@code kind}: RSA-2048 as a partner's
     * production key, or ECDSA P-256 as a QLVB node's demo agency key.
     */
    ExchangePackages(String organId, String name, DemoAuthority.Keys kind) {
        this(
                organId,
                name,
                kind == DemoAuthority.Keys.RSA_2048
                        ? AUTHORITY
                        : DemoAuthority.create("Partner Test CA " + kind, kind));
    }

    private ExchangePackages(String organId, String name, DemoAuthority authority) {
        this.organId = organId;
        this.name = name;
        this.key = authority.issue(name, name, 2);
    }

    /** The signing key's algorithm and size, e.g. "EC 256" or "RSA 2048". */
    String keyKind() {
        java.security.PublicKey key = this.key.certificate().getPublicKey();
        int bits = key instanceof java.security.interfaces.RSAKey rsa
                ? rsa.getModulus().bitLength()
                : ((java.security.interfaces.ECKey) key).getParams().getOrder().bitLength();
        return key.getAlgorithm() + " " + bits;
    }

    String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(key.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Registers this agency at a node, as its administrator {@code admin}: a remote agency of the
     * province level reached through the partner system {@code systemId}, with this agency's
     * signing certificate.
     */
    void registerAt(Api admin, String systemId) {
        TwoNodeExchangeIT.remoteAgency(admin, organId, name, systemId, certificatePem());
    }

    String documentId(int number) {
        return organId + ",2026/11/20," + number + "/UBND-VP";
    }

    /** A new document numbered {@code number} to {@code addressees}, with a PDF. */
    byte[] document(int number, List<String> addressees, byte[] pdf) {
        return sign(content(number, addressees, pdf));
    }

    EdxmlPackage content(int number, List<String> addressees, byte[] pdf) {
        return EdxmlPackage.document(
                header(number, documentId(number), addressees, List.of("Như trên")),
                List.of(new TraceHeader(organId, now())),
                Business.newDocument(documentId(number), staff()),
                List.of(new PackageAttachment("cid:1", number + ".pdf", "Văn bản", "application/pdf", pdf)));
    }

    /**
     * An update (BussinessDocType 2) of document {@code number}, its own DocumentId made with
     * {@code serial}: its receivers changed ({@code receivers}), its recipients now {@code toPlaces}.
     */
    byte[] update(
            int number,
            long serial,
            List<String> addressees,
            List<String> toPlaces,
            List<Business.Receiver> receivers) {
        return sign(EdxmlPackage.document(
                header(number, updateId(number, serial), addressees, toPlaces),
                List.of(new TraceHeader(organId, now())),
                Business.update(documentId(number), "Điều chỉnh nơi nhận", false, receivers, staff()),
                List.of()));
    }

    String updateId(int number, long serial) {
        return Business.updateIdOf(documentId(number), serial);
    }

    private DocumentHeader header(
            int number, String packageDocumentId, List<String> addressees, List<String> toPlaces) {
        return new DocumentHeader(
                Organ.of(organId, name),
                addressees.stream().map(a -> Organ.of(a, a)).toList(),
                packageDocumentId,
                String.valueOf(number),
                "UBND-VP",
                "Thành phố",
                LocalDate.of(2026, 11, 20),
                1,
                0,
                "Công văn",
                "V/v thử nghiệm liên thông số " + number,
                "",
                "TM. ỦY BAN NHÂN DÂN",
                "Chủ tịch",
                "Nguyễn Văn Thử",
                null,
                toPlaces,
                0,
                "",
                "",
                1,
                1,
                false,
                List.of(),
                List.of(),
                "1");
    }

    /** A status about a document of {@code originalSender}. */
    byte[] status(String originalSender, String documentId, ExchangeStatus status) {
        return sign(EdxmlPackage.status(
                new StatusHeader(
                        Organ.of(organId, name),
                        new ResponseFor(originalSender, "", "", documentId),
                        staff(),
                        status,
                        status == ExchangeStatus.REFUSED ? "Gửi nhầm" : "",
                        now()),
                List.of()));
    }

    byte[] sign(EdxmlPackage content) {
        return XmlDsigPackageSigner.sign(EdxmlBuilder.build(content), key.keys().getPrivate(), key.certificate());
    }

    private static StaffInfo staff() {
        return new StaffInfo("Văn thư", "Cán bộ thử", "", "");
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(Edxml.VIETNAM).withNano(0);
    }

    static byte[] pdf() {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
