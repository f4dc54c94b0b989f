package vn.gov.qlvb.files.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Small real files of every allowed kind and of the usual impostors, made in the test: images
 * through {@code javax.imageio}, a PDF and the OOXML and OpenDocument packages written by hand
 * as their specifications lay them out, the OLE2 files through Apache POI (an implementation
 * independent of the one under test).
 */
final class Samples {

    static final String VIETNAMESE = "Ủy ban nhân dân tỉnh Thừa Thiên Huế: Tờ trình về việc phê duyệt đề án";

    private Samples() {}

    /** A one-page PDF 1.4 with a correct cross-reference table. */
    static byte[] pdf() {
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                "<< /Length 0 >>\nstream\n\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length);
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.toString().getBytes(StandardCharsets.ISO_8859_1).length;
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] png() {
        return image("png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg() {
        return image("jpeg", BufferedImage.TYPE_INT_RGB);
    }

    static byte[] tiff() {
        return image("tiff", BufferedImage.TYPE_INT_RGB);
    }

    private static byte[] image(String format, int type) {
        BufferedImage image = new BufferedImage(16, 8, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillOval(2, 1, 6, 6);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] docx() {
        return ooxml("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    /** A Word document with macros (.docm): an OOXML package, but not an allowed kind. */
    static byte[] docm() {
        return ooxml("application/vnd.ms-word.document.macroEnabled.main+xml");
    }

    private static byte[] ooxml(String mainContentType) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/word/document.xml" ContentType="%s"/>
                </Types>"""
                        .formatted(mainContentType));
        parts.put(
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""");
        parts.put(
                "word/document.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                  <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body>
                </w:document>"""
                        .formatted(VIETNAMESE));
        return zip(parts, false);
    }

    static byte[] xlsx() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                  <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>""");
        parts.put(
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>""");
        parts.put(
                "xl/workbook.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                  <sheets><sheet name="Báo cáo" sheetId="1" r:id="rId1"/></sheets>
                </workbook>""");
        parts.put(
                "xl/_rels/workbook.xml.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                </Relationships>""");
        parts.put(
                "xl/worksheets/sheet1.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                  <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData>
                </worksheet>"""
                        .formatted(VIETNAMESE));
        return zip(parts, false);
    }

    /** OpenDocument text: {@code mimetype} first and stored, as the ODF specification requires. */
    static byte[] odt() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.text");
        parts.put(
                "META-INF/manifest.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""");
        parts.put(
                "content.xml",
                """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                  <office:body><office:text><text:p>%s</text:p></office:text></office:body>
                </office:document-content>"""
                        .formatted(VIETNAMESE));
        return zip(parts, true);
    }

    /** A plain ZIP archive. */
    static byte[] zip() {
        return zip(Map.of("van-ban/to-trinh.txt", VIETNAMESE), false);
    }

    static byte[] text() {
        return (VIETNAMESE + "\n").repeat(20).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * An OLE2 file with the streams of a Word 97–2003 document: {@code WordDocument} with
     * {@code size} bytes and a table stream. POI writes the directory right after the header.
     */
    static byte[] doc(int size) {
        return ole2(Map.of("WordDocument", new byte[Math.max(size, 4096)], "1Table", new byte[4096]));
    }

    /**
     * The same OLE2 file with its directory moved to the end, where Word writes it: its first
     * sector is copied after the last one, the header and the allocation table point there, and
     * the old sector is blanked. Tika core's magic, which looks for the stream names in the first
     * 4 KiB, no longer sees them.
     */
    static byte[] withDirectoryAtTheEnd(byte[] ole2) {
        int sectorSize = 512;
        ByteBuffer header = ByteBuffer.wrap(ole2).order(ByteOrder.LITTLE_ENDIAN);
        if ((header.getShort(0x1E) & 0xFFFF) != 9 || ole2.length % sectorSize != 0) {
            throw new IllegalArgumentException("expects 512-byte sectors");
        }
        int directory = header.getInt(0x30);
        int fatSectors = header.getInt(0x2C);
        int moved = ole2.length / sectorSize - 1;
        int perFatSector = sectorSize / 4;
        if (moved >= fatSectors * perFatSector || fatSectors > 109) {
            throw new IllegalArgumentException("no room in the FAT for sector " + moved);
        }
        byte[] result = Arrays.copyOf(ole2, ole2.length + sectorSize);
        ByteBuffer bytes = ByteBuffer.wrap(result).order(ByteOrder.LITTLE_ENDIAN);
        System.arraycopy(ole2, (directory + 1) * sectorSize, result, (moved + 1) * sectorSize, sectorSize);
        Arrays.fill(result, (directory + 1) * sectorSize, (directory + 2) * sectorSize, (byte) 0);
        int nextOfDirectory = fatEntry(bytes, directory);
        setFatEntry(bytes, moved, nextOfDirectory);
        setFatEntry(bytes, directory, 0xFFFFFFFF);
        bytes.putInt(0x30, moved);
        return result;
    }

    private static int fatEntryOffset(ByteBuffer bytes, int sector) {
        int fatSector = bytes.getInt(0x4C + 4 * (sector / 128));
        return (fatSector + 1) * 512 + 4 * (sector % 128);
    }

    private static int fatEntry(ByteBuffer bytes, int sector) {
        return bytes.getInt(fatEntryOffset(bytes, sector));
    }

    private static void setFatEntry(ByteBuffer bytes, int sector, int value) {
        bytes.putInt(fatEntryOffset(bytes, sector), value);
    }

    /** An Excel 97–2003 workbook written by POI's HSSF. */
    static byte[] xls() {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Báo cáo");
            sheet.createRow(0).createCell(0).setCellValue(VIETNAMESE);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A password-protected OOXML document: an OLE2 container with an encrypted package inside. */
    static byte[] encryptedOoxml() {
        return ole2(Map.of("EncryptionInfo", new byte[512], "EncryptedPackage", new byte[8192]));
    }

    static byte[] ole2(Map<String, byte[]> streams) {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Map.Entry<String, byte[]> stream : streams.entrySet()) {
                fs.createDocument(new ByteArrayInputStream(stream.getValue()), stream.getKey());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, String> parts, boolean firstStored) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            boolean first = true;
            for (Map.Entry<String, String> part : parts.entrySet()) {
                byte[] content = part.getValue().getBytes(StandardCharsets.UTF_8);
                ZipEntry entry = new ZipEntry(part.getKey());
                if (first && firstStored) {
                    CRC32 crc = new CRC32();
                    crc.update(content);
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCompressedSize(content.length);
                    entry.setCrc(crc.getValue());
                }
                first = false;
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
