package vn.gov.qlvb.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.gov.qlvb.files.entity.FileType;
import vn.gov.qlvb.platform.entity.RuleViolation;

class FileIntakeTest {

    private static final long LIMIT = 1024 * 1024;

    @TempDir
    Path root;

    private FileIntake intake;

    @BeforeEach
    void openIntake() {
        intake = new FileIntake(new ContentStore(root), LIMIT);
    }

    private FileIntake.Accepted accept(String fileName, byte[] bytes) {
        return intake.accept(fileName, new ByteArrayInputStream(bytes));
    }

    private long blobs() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static Stream<Arguments> allowedKinds() {
        return Stream.of(
                kind("Tờ trình số 15-TTr-UBND.pdf", Samples::pdf, FileType.PDF),
                kind("Công văn 12-UBND-VX.doc", () -> Samples.withDirectoryAtTheEnd(Samples.doc(40_000)), FileType.DOC),
                kind("Quyết định 15-QĐ-UBND.docx", Samples::docx, FileType.DOCX),
                kind("Kế hoạch năm 2026.odt", Samples::odt, FileType.ODT),
                kind("Ảnh chụp hiện trường.jpg", Samples::jpeg, FileType.JPEG),
                kind("Ảnh chụp hiện trường.JPEG", Samples::jpeg, FileType.JPEG),
                kind("Chữ ký Chủ tịch.png", Samples::png, FileType.PNG),
                kind("Bản quét 200dpi.tif", Samples::tiff, FileType.TIFF),
                kind("Bản quét 200dpi.tiff", Samples::tiff, FileType.TIFF),
                kind("Báo cáo tình hình giải quyết văn bản đến.xls", Samples::xls, FileType.XLS),
                kind("Báo cáo quý IV.XLSX", Samples::xlsx, FileType.XLSX));
    }

    private static Arguments kind(String fileName, Supplier<byte[]> bytes, FileType type) {
        return Arguments.of(fileName, bytes, type);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowedKinds")
    void acceptsEveryAllowedKindUnderAVietnameseName(String fileName, Supplier<byte[]> bytes, FileType type)
            throws IOException {
        byte[] content = bytes.get();

        FileIntake.Accepted accepted = accept(fileName, content);

        assertEquals(fileName, accepted.fileName());
        assertEquals(type.mediaType(), accepted.mediaType());
        assertEquals(content.length, accepted.size());
        try (InputStream in = intake.store().open(accepted.sha256(), accepted.size())) {
            assertArrayEquals(content, in.readAllBytes());
        }
    }

    static Stream<Arguments> impostors() {
        return Stream.of(
                impostor("PDF that is a PNG", "Tờ trình.pdf", Samples::png, "PDF"),
                impostor("PDF that is a ZIP", "Tờ trình.pdf", Samples::zip, "PDF"),
                impostor("PDF that is a Word document", "Tờ trình.pdf", Samples::docx, "PDF"),
                impostor("PDF that is text", "Tờ trình.pdf", Samples::text, "PDF"),
                impostor("DOCX that is plain text", "Quyết định.docx", Samples::text, "DOCX"),
                impostor("DOCX that is a ZIP", "Quyết định.docx", Samples::zip, "DOCX"),
                impostor("DOCX that is a workbook", "Quyết định.docx", Samples::xlsx, "DOCX"),
                impostor("DOCX with macros", "Quyết định.docx", Samples::docm, "DOCX"),
                impostor("DOCX protected by a password", "Quyết định.docx", Samples::encryptedOoxml, "DOCX"),
                impostor("DOC that is a DOCX", "Công văn.doc", Samples::docx, "DOC"),
                impostor("DOC that is an XLS", "Công văn.doc", Samples::xls, "DOC"),
                impostor("XLS that is a DOC", "Báo cáo.xls", () -> Samples.doc(4096), "XLS"),
                impostor("XLSX that is a DOCX", "Báo cáo.xlsx", Samples::docx, "XLSX"),
                impostor("ODT that is a ZIP", "Kế hoạch.odt", Samples::zip, "ODT"),
                impostor("JPEG that is a PNG", "Ảnh.jpg", Samples::png, "JPEG"),
                impostor("PNG that is a PDF", "Ảnh.png", Samples::pdf, "PNG"),
                impostor("TIFF that is text", "Bản quét.tif", Samples::text, "TIFF"));
    }

    private static Arguments impostor(String name, String fileName, Supplier<byte[]> bytes, String announced) {
        return Arguments.of(name, fileName, bytes, announced);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impostors")
    void refusesAFileThatIsNotWhatItsNameSays(String name, String fileName, Supplier<byte[]> bytes, String announced)
            throws IOException {
        RuleViolation refused = assertRefused("file.typeMismatch", "file", () -> accept(fileName, bytes.get()));

        assertEquals(announced, refused.arguments()[0]);
        assertEquals(0, blobs(), "nothing kept");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cài đặt.exe", "nén.zip", "trang.html", "văn bản.txt", "không có đuôi", "slide.pptx", "a."})
    void refusesAKindNotAllowedBeforeReadingAByte(String fileName) throws IOException {
        InputStream untouchable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read although the kind is not allowed");
            }
        };

        RuleViolation refused =
                assertRefused("file.typeNotAllowed", "file", () -> intake.accept(fileName, untouchable));

        assertTrue(refused.arguments()[0].toString().contains(".pdf"));
        assertEquals(0, blobs());
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertRefused("file.empty", "file", () -> accept("Tờ trình.pdf", new byte[0]));

        assertEquals(0, blobs());
    }

    @Test
    void refusesAFileOverTheLimit() throws IOException {
        byte[] pdf = Samples.pdf();
        byte[] large = new byte[(int) LIMIT + 1];
        System.arraycopy(pdf, 0, large, 0, pdf.length);

        RuleViolation refused = assertRefused("file.tooLarge", "file", () -> accept("Bản quét.pdf", large));

        assertEquals(1L, refused.arguments()[0]);
        assertEquals(0, blobs());
    }

    @Test
    void theSameBytesUnderTwoNamesAreOneBlob() throws IOException {
        byte[] pdf = Samples.pdf();

        FileIntake.Accepted first = accept("Tờ trình.pdf", pdf);
        FileIntake.Accepted second = accept("Bản sao tờ trình.PDF", pdf);

        assertEquals(first.sha256(), second.sha256());
        assertEquals(1, blobs());
    }

    @Test
    void aNameFromAWindowsPathOrMacOsKeepsOnlyTheFileNameInNfc() {
        String decomposed = Normalizer.normalize("Quyết định 15-QĐ-UBND.docx", Normalizer.Form.NFD);

        assertEquals(
                "Quyết định 15-QĐ-UBND.docx",
                accept("C:\\Users\\vanthu\\Tài liệu\\Quyết định 15-QĐ-UBND.docx", Samples.docx())
                        .fileName());
        assertEquals(
                "Quyết định 15-QĐ-UBND.docx", accept(decomposed, Samples.docx()).fileName());
    }

    @Test
    void theLimitComesFromASystemProperty() {
        String previous = System.getProperty(FileIntake.MAX_BYTES_PROPERTY);
        try {
            System.clearProperty(FileIntake.MAX_BYTES_PROPERTY);
            assertEquals(50L * 1024 * 1024, FileIntake.configuredMaxBytes());
            System.setProperty(FileIntake.MAX_BYTES_PROPERTY, "1048576");
            assertEquals(1048576L, FileIntake.configuredMaxBytes());
            for (String wrong : List.of("0", "-1", "50MB")) {
                System.setProperty(FileIntake.MAX_BYTES_PROPERTY, wrong);
                assertThrows(IllegalStateException.class, FileIntake::configuredMaxBytes, wrong);
            }
        } finally {
            if (previous == null) {
                System.clearProperty(FileIntake.MAX_BYTES_PROPERTY);
            } else {
                System.setProperty(FileIntake.MAX_BYTES_PROPERTY, previous);
            }
        }
    }
}
