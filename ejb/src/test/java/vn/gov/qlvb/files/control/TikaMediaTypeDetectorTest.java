package vn.gov.qlvb.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TikaMediaTypeDetectorTest {

    @TempDir
    Path dir;

    private final TikaMediaTypeDetector detector = new TikaMediaTypeDetector();

    private String detect(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("upload"), bytes);
        return detector.detect(file);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                sample("PDF", Samples::pdf, "application/pdf"),
                sample("PNG", Samples::png, "image/png"),
                sample("JPEG", Samples::jpeg, "image/jpeg"),
                sample("TIFF", Samples::tiff, "image/tiff"),
                sample(
                        "DOCX",
                        Samples::docx,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                sample("XLSX", Samples::xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                sample("ODT", Samples::odt, "application/vnd.oasis.opendocument.text"),
                sample("DOC, directory after the header", () -> Samples.doc(4096), "application/msword"),
                sample(
                        "DOC, directory at the end",
                        () -> Samples.withDirectoryAtTheEnd(Samples.doc(40_000)),
                        "application/msword"),
                sample("XLS", Samples::xls, "application/vnd.ms-excel"),
                sample("DOCM (macros)", Samples::docm, "application/vnd.ms-word.document.macroenabled.12"),
                sample("plain ZIP", Samples::zip, "application/zip"),
                sample("plain text", Samples::text, "text/plain"),
                sample("encrypted OOXML", Samples::encryptedOoxml, TikaMediaTypeDetector.OLE2));
    }

    private static Arguments sample(String name, Supplier<byte[]> bytes, String mediaType) {
        return Arguments.of(name, bytes, mediaType);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void detectsWhatTheBytesAre(String name, Supplier<byte[]> bytes, String mediaType) throws IOException {
        assertEquals(mediaType, detect(bytes.get()));
    }

    @Test
    void aWordDirectoryFarFromTheStartIsStillFound() throws IOException {
        byte[] doc = Samples.withDirectoryAtTheEnd(Samples.doc(40_000));
        ByteBuffer header = ByteBuffer.wrap(doc).order(ByteOrder.LITTLE_ENDIAN);
        long directoryOffset = (header.getInt(0x30) + 1L) * 512;
        Path file = Files.write(dir.resolve("upload"), doc);

        assertTrue(directoryOffset > 40_000, "directory at " + directoryOffset);
        assertEquals(TikaMediaTypeDetector.OLE2, magicAlone(file), "what Tika core sees");
        assertEquals("application/msword", detector.detect(file));
    }

    private static String magicAlone(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MimeTypes.getDefaultMimeTypes().detect(in, new Metadata()).toString();
        }
    }

    @Test
    void anOle2FileWithBothWordAndExcelStreamsIsNeither() throws IOException {
        byte[] both = Samples.ole2(Map.of("WordDocument", new byte[4096], "Workbook", new byte[4096]));

        assertEquals(TikaMediaTypeDetector.OLE2, detect(both));
    }

    @Test
    void aTruncatedOle2FileIsAGenericContainer() throws IOException {
        byte[] doc = Samples.withDirectoryAtTheEnd(Samples.doc(40_000));
        byte[] truncated = Arrays.copyOf(doc, doc.length - 512);

        assertEquals(TikaMediaTypeDetector.OLE2, detect(truncated));
    }

    @Test
    void anOle2DirectoryChainThatLoopsEndsInAGenericContainer() throws IOException {
        byte[] doc = Samples.doc(4096);
        ByteBuffer bytes = ByteBuffer.wrap(doc).order(ByteOrder.LITTLE_ENDIAN);
        int directory = bytes.getInt(0x30);
        int firstFatSector = bytes.getInt(0x4C);
        // the directory sector's FAT entry points back to itself
        bytes.putInt((firstFatSector + 1) * 512 + 4 * directory, directory);

        assertEquals(TikaMediaTypeDetector.OLE2, detect(doc));
    }

    @Test
    void aZipNamingOoxmlContentTypesWithADoctypeIsNotParsedForEntities() throws IOException {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"&x;\"/></Types>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        String type = detect(out.toByteArray());

        assertTrue(type.equals(TikaMediaTypeDetector.OOXML) || type.equals("application/zip"), type);
    }

    @Test
    void theNameOfTheFileIsNeverConsulted() throws IOException {
        Path pdfNamedPng = Files.write(dir.resolve("ảnh chụp.png"), Samples.pdf());

        assertEquals("application/pdf", detector.detect(pdfNamedPng));
    }
}
