package vn.gov.qlvb.exchange.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.w3c.dom.Document;
import vn.gov.qlvb.exchange.control.inbound.ExchangeDirectory;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.exchange.control.outbound.EdxmlBuilder;
import vn.gov.qlvb.exchange.control.outbound.XmlDsigPackageSigner;
import vn.gov.qlvb.exchange.entity.Business;
import vn.gov.qlvb.exchange.entity.BusinessDocType;
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

/**
 * Our own packages, modelled on the real ones of edxml.md: a remote province (Nghệ An,
 * {@value #SENDER}) sends a document with a PDF to the demo province ({@value #HOSTED}) and its
 * Sở Nội vụ; keys from a test authority (RSA 2048), made once per test run.
 */
public final class ExchangeFixtures {

    public static final String SENDER = "000.00.00.H41";
    public static final String OTHER = "000.00.00.G22";
    public static final String HOSTED = "000.00.00.H99";
    public static final String HOSTED_DEPARTMENT = "000.00.01.H99";
    public static final String NOT_HOSTED = "000.00.12.H53";
    public static final String DOCUMENT_ID = SENDER + ",2026/11/20,125/UBND-VX";

    static final DemoAuthority AUTHORITY = DemoAuthority.create("Exchange Test CA", DemoAuthority.Keys.RSA_2048);
    public static final DemoAuthority.Issued SENDER_KEY = AUTHORITY.issue("UBND tỉnh Nghệ An", "UBND tỉnh Nghệ An", 3);
    public static final DemoAuthority.Issued OTHER_KEY = AUTHORITY.issue("Văn phòng Chính phủ", "VPCP", 3);
    public static final DemoAuthority.Issued UNKNOWN_KEY = AUTHORITY.issue("Kẻ lạ", "Không rõ", 3);
    public static final DemoAuthority.Issued EXPIRED_KEY = AUTHORITY.issue(
            "UBND tỉnh Nghệ An (cũ)",
            "UBND tỉnh Nghệ An",
            Instant.now().minus(800, ChronoUnit.DAYS),
            Instant.now().minus(10, ChronoUnit.DAYS));
    public static final DemoAuthority.Issued FUTURE_KEY = AUTHORITY.issue(
            "UBND tỉnh Nghệ An (mới)",
            "UBND tỉnh Nghệ An",
            Instant.now().plus(10, ChronoUnit.DAYS),
            Instant.now().plus(800, ChronoUnit.DAYS));

    public static final byte[] PDF = pdf();
    /** When the fixtures' packages were sent: a minute before the tests start, Vietnam time. */
    public static final LocalDateTime SENT_AT =
            LocalDateTime.now(Edxml.VIETNAM).withNano(0).minusMinutes(1);

    private ExchangeFixtures() {}

    /** The directory: the sender's current, expired and future certificates, VPCP's, and the hosted agencies. */
    public static ExchangeDirectory directory() {
        Map<X509Certificate, String> owners = new HashMap<>();
        owners.put(SENDER_KEY.certificate(), SENDER);
        owners.put(EXPIRED_KEY.certificate(), SENDER);
        owners.put(FUTURE_KEY.certificate(), SENDER);
        owners.put(OTHER_KEY.certificate(), OTHER);
        Set<String> hosted = Set.of(HOSTED, HOSTED_DEPARTMENT);
        return new ExchangeDirectory() {
            @Override
            public Set<String> agenciesOfCertificate(X509Certificate certificate) {
                String owner = owners.get(certificate);
                return owner == null ? Set.of() : Set.of(owner);
            }

            @Override
            public boolean hosts(String organId) {
                return hosted.contains(organId);
            }
        };
    }

    public static InboundPackageChecks checks() {
        return new InboundPackageChecks(directory(), 5_000_000);
    }

    public static Organ sender() {
        return new Organ(
                SENDER,
                "UBND tỉnh Nghệ An",
                "UBND tỉnh Nghệ An",
                "Số 03, đường Trường Thi, Thành phố Vinh",
                "nghean@gov.vn",
                "0383 840418",
                "0383 843049",
                "www.nghean.vn");
    }

    public static DocumentHeader header(String documentId, List<Organ> to) {
        return new DocumentHeader(
                sender(),
                to,
                documentId,
                "125",
                "UBND-VX",
                "Nghệ An",
                LocalDate.of(2026, 11, 20),
                1,
                0,
                "Công văn",
                "V/v phối hợp tổ chức Tuần lễ văn hóa – du lịch năm 2026",
                "Đề nghị UBND tỉnh Mẫu cử đoàn tham gia",
                "KT. CHỦ TỊCH",
                "Phó Chủ tịch",
                "Nguyễn Văn Đề",
                LocalDate.of(2026, 12, 15),
                List.of("Như trên", "Lưu: VT, VX"),
                1,
                "Liên thông văn bản",
                "ĐV",
                3,
                2,
                false,
                List.of("Kế hoạch tổ chức"),
                List.of(),
                "1");
    }

    public static List<Organ> hostedAddressees() {
        return List.of(Organ.of(HOSTED, "UBND tỉnh Mẫu"), Organ.of(HOSTED_DEPARTMENT, "Sở Nội vụ tỉnh Mẫu"));
    }

    public static StaffInfo clerk() {
        return new StaffInfo("Văn thư", "Nguyễn Thị Ngọc Trâm", "vanthu@nghean.gov.vn", "84912000001");
    }

    public static List<TraceHeader> traces() {
        return List.of(new TraceHeader(SENDER, SENT_AT));
    }

    /** A new document with a PDF attached as it is. */
    public static EdxmlPackage documentPackage() {
        return EdxmlPackage.document(
                header(DOCUMENT_ID, hostedAddressees()),
                traces(),
                Business.newDocument(DOCUMENT_ID, clerk()),
                List.of(new PackageAttachment("cid:1", "125-UBND-VX.pdf", "Công văn 125", "application/pdf", PDF)));
    }

    /** The same document with its PDF zipped, as the national SDK sends it. */
    public static EdxmlPackage zippedAttachmentPackage() {
        return EdxmlPackage.document(
                header(DOCUMENT_ID, hostedAddressees()),
                traces(),
                Business.newDocument(DOCUMENT_ID, clerk()),
                List.of(new PackageAttachment(
                        "cid:209", "125-UBND-VX.pdf", "Công văn 125", "application/zip", zip("125-UBND-VX.pdf", PDF))));
    }

    /** An update changing the recipient list: one removed, one added. */
    public static EdxmlPackage updatePackage() {
        String id = SENDER + ",2026/11/21,126/UBND-VX";
        Business update = new Business(
                DOCUMENT_ID,
                BusinessDocType.UPDATE,
                "Cập nhật văn bản điện tử",
                "0",
                "1",
                "1",
                List.of(new Business.Receiver(HOSTED_DEPARTMENT, false), new Business.Receiver("000.00.02.H99", true)),
                List.of(),
                clerk());
        return EdxmlPackage.document(
                header(id, hostedAddressees()),
                traces(),
                update,
                List.of(new PackageAttachment("cid:1", "126-UBND-VX.pdf", "Công văn 126", "application/pdf", PDF)));
    }

    /** A recall of the document. */
    public static EdxmlPackage recallPackage() {
        String id = SENDER + ",2026/11/22,127/UBND-VX";
        Business recall = new Business(
                DOCUMENT_ID,
                BusinessDocType.RECALL,
                "Thu hồi do sai sót",
                "0",
                null,
                null,
                List.of(),
                List.of(),
                clerk());
        return EdxmlPackage.document(header(id, hostedAddressees()), traces(), recall, List.of());
    }

    /** A replacement of the document. */
    public static EdxmlPackage replacePackage() {
        String id = SENDER + ",2026/11/23,128/UBND-VX";
        Business replace = new Business(
                DOCUMENT_ID,
                BusinessDocType.REPLACE,
                "Thay thế văn bản",
                "0",
                null,
                null,
                List.of(),
                List.of(new Business.Replacement(DOCUMENT_ID, List.of(HOSTED, HOSTED_DEPARTMENT))),
                clerk());
        return EdxmlPackage.document(
                header(id, hostedAddressees()),
                traces(),
                replace,
                List.of(new PackageAttachment("cid:1", "128-UBND-VX.pdf", "Công văn 128", "application/pdf", PDF)));
    }

    /** Nghệ An reports status {@code status} about a document the demo province sent it. */
    public static EdxmlPackage statusPackage(ExchangeStatus status, String description) {
        return EdxmlPackage.status(
                new StatusHeader(
                        sender(),
                        new ResponseFor(HOSTED, "88/UBND-TH", "2026/11/19", HOSTED + ",2026/11/19,88/UBND-TH"),
                        clerk(),
                        status,
                        description,
                        SENT_AT),
                List.of());
    }

    public static byte[] sign(EdxmlPackage content) {
        return sign(content, SENDER_KEY, d -> {});
    }

    public static byte[] sign(EdxmlPackage content, DemoAuthority.Issued key) {
        return sign(content, key, d -> {});
    }

    /** Builds, changes the DOM with {@code change}, then signs: a signed fixture of one fault. */
    public static byte[] sign(EdxmlPackage content, DemoAuthority.Issued key, Consumer<Document> change) {
        Document doc = EdxmlBuilder.build(content);
        change.accept(doc);
        return XmlDsigPackageSigner.sign(doc, key.keys().getPrivate(), key.certificate());
    }

    /** Builds and changes without signing. */
    public static byte[] unsigned(EdxmlPackage content, Consumer<Document> change) {
        Document doc = EdxmlBuilder.build(content);
        change.accept(doc);
        return SafeXml.serialise(doc);
    }

    public static PrivateKey senderPrivateKey() {
        return SENDER_KEY.keys().getPrivate();
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] pdf() {
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
