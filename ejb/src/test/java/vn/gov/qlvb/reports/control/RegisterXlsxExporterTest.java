package vn.gov.qlvb.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.reports.control.RegisterFixtures.AGENCY;
import static vn.gov.qlvb.reports.control.RegisterFixtures.MARK;
import static vn.gov.qlvb.reports.control.RegisterFixtures.PERIOD;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.qlvb.reports.entity.IncomingRegisterEntry;
import vn.gov.qlvb.reports.entity.RegisterLayout;
import vn.gov.qlvb.reports.entity.RegisterSheet;

class RegisterXlsxExporterTest {

    /** Rows 1-based as Excel numbers them: agency, blank, title, two subtitles, blank, headings. */
    static final int TITLE_ROW = 3;

    static final int HEADING_ROW = 7;
    static final int FIRST_BODY_ROW = 9;

    @Test
    void theWorkbookReopensWithTitleHeadingsAndEveryCell() throws IOException {
        RegisterSheet sheet = RegisterFixtures.threeRows();
        byte[] xlsx = export(sheet);

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet first = workbook.getFirstSheet();
            assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", first.getName());
            Map<Integer, Row> rows = byNumber(first.read());
            assertEquals("ỦY BAN NHÂN DÂN TỈNH MẪU", rows.get(1).getCellText(0));
            assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", rows.get(TITLE_ROW).getCellText(0));
            assertEquals("Năm 2026", rows.get(TITLE_ROW + 1).getCellText(0));
            assertEquals(
                    "Từ ngày 01/01/2026 đến ngày 31/03/2026",
                    rows.get(TITLE_ROW + 2).getCellText(0));
            for (int i = 0; i < sheet.columns().size(); i++) {
                assertEquals(
                        sheet.columns().get(i).heading(), rows.get(HEADING_ROW).getCellText(i));
                assertEquals("(" + (i + 1) + ")", rows.get(HEADING_ROW + 1).getCellText(i));
            }
            for (int r = 0; r < RegisterFixtures.THREE.size(); r++) {
                List<String> cells = RegisterFixtures.THREE.get(r).cells();
                Row row = rows.get(FIRST_BODY_ROW + r);
                for (int i = 0; i < cells.size(); i++) {
                    assertEquals(cells.get(i), row.getCellText(i), "row " + r + " column " + i);
                }
            }
        }
    }

    @Test
    void theHeaderIsStyledFrozenRepeatedAndTheColumnsHaveWidths() throws IOException {
        byte[] xlsx = export(RegisterFixtures.threeRows());
        String sheetXml = unescapeNumericReferences(entry(xlsx, "xl/worksheets/sheet1.xml"));
        String styles = entry(xlsx, "xl/styles.xml");
        String workbook = entry(xlsx, "xl/workbook.xml");

        assertTrue(sheetXml.contains("ySplit=\"" + (FIRST_BODY_ROW - 1) + "\""), "frozen under the numbers row");
        assertTrue(sheetXml.contains("state=\"frozen\""), sheetXml);
        assertEquals(10, count(sheetXml, "<col "), "a width per column");
        assertTrue(sheetXml.contains("<mergeCell ref=\"A3:J3\"/>"), "title across the table");
        assertTrue(sheetXml.contains("orientation=\"landscape\""), "landscape");
        assertTrue(sheetXml.contains("Trang &amp;P/&amp;N"), "page numbers in the footer");
        assertTrue(sheetXml.contains("In từ hệ thống QLVB lúc 14:05 ngày 02/04/2026 bởi Trần Thị Thư"), "mark");
        assertTrue(styles.contains("<b val=\"true\"/>") || styles.contains("<b/>"), "bold headings");
        assertTrue(styles.contains("D9D9D9"), "grey heading fill");
        assertTrue(workbook.contains("_xlnm.Print_Titles"), "headings repeat on printed pages");
    }

    @Test
    void textIsComposedAndCleanedOfControlCharacters() throws IOException {
        String decomposed = Normalizer.normalize("Quyết định khẩn", Normalizer.Form.NFD);
        RegisterSheet sheet = RegisterSheet.incomingRegister(
                AGENCY,
                PERIOD,
                List.of(new IncomingRegisterEntry(
                        PERIOD.from(),
                        1,
                        "Bộ \u0001Nội vụ",
                        "1/QĐ",
                        null,
                        decomposed,
                        null,
                        null,
                        null,
                        "dòng 1\r\ndòng 2")),
                MARK);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export(sheet)))) {
            Row row = byNumber(workbook.getFirstSheet().read()).get(FIRST_BODY_ROW);
            assertEquals("Quyết định khẩn", row.getCellText(5));
            assertEquals("Bộ Nội vụ", row.getCellText(2));
            assertEquals("dòng 1\ndòng 2", row.getCellText(9));
        }
    }

    @Test
    void aRowThatDoesNotMatchTheColumnsIsRefused() {
        RegisterSheet sheet =
                RegisterSheet.of(RegisterLayout.INCOMING_REGISTER, AGENCY, PERIOD, List.of(List.of("x")), MARK);
        assertThrows(IllegalArgumentException.class, () -> new RegisterXlsxExporter()
                .export(sheet, new ByteArrayOutputStream()));
    }

    @Test
    void sheetNamesFitExcel() {
        assertEquals(
                "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂ",
                RegisterXlsxExporter.sheetName("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN"));
        assertEquals("Sổ 1 2026", RegisterXlsxExporter.sheetName("Sổ 1/2026").replace("  ", " "));
    }

    /**
     * A hundred thousand rows in a JVM limited to a 64 MiB heap: the export streams. Prints the
     * time and the peak heap (no timing assertion), then reads the file back row by row.
     */
    @Test
    void aHundredThousandRowsStreamOnASmallHeap(@TempDir Path dir) throws Exception {
        int rows = 100_000;
        Path file = dir.resolve("so-den.xlsx");
        Process child = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        XlsxExportOnSmallHeap.class.getName(),
                        file.toString(),
                        Integer.toString(rows))
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the export finishes");
        output.lines()
                .filter(line -> line.startsWith("exported"))
                .forEach(line -> System.out.println("[100k-row Excel export, -Xmx64m] " + line));
        assertEquals(0, child.exitValue(), output);

        AtomicLong bodyRows = new AtomicLong();
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            stream.filter(row -> row.getRowNum() >= FIRST_BODY_ROW).forEach(row -> {
                long n = bodyRows.incrementAndGet();
                if (n == 1 || n == rows) {
                    assertEquals(Long.toString(n), row.getCellText(1));
                }
            });
        }
        assertEquals(rows, bodyRows.get());
    }

    // ---- helpers

    static byte[] export(RegisterSheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterXlsxExporter().export(sheet, out);
        return out.toByteArray();
    }

    static Map<Integer, Row> byNumber(List<Row> rows) {
        Map<Integer, Row> map = new HashMap<>();
        rows.forEach(row -> map.put(row.getRowNum(), row));
        return map;
    }

    /**
     * A part of the workbook, read through the zip's central directory as Excel does (the
     * streaming writer puts the sizes after each entry, which {@code ZipInputStream} misreads).
     */
    static String entry(byte[] xlsx, String name) throws IOException {
        Path file = Files.createTempFile("register", ".xlsx");
        try {
            Files.write(file, xlsx);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry e = zip.getEntry(name);
                if (e == null) {
                    throw new AssertionError(name + " not in the workbook");
                }
                try (InputStream in = zip.getInputStream(e)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** fastexcel writes non-ASCII characters as {@code &#x1eeb;}. */
    private static String unescapeNumericReferences(String xml) {
        return Pattern.compile("&#x([0-9a-fA-F]+);")
                .matcher(xml)
                .replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    private static int count(String text, String part) {
        return (int) IntStream.range(0, text.length())
                .filter(i -> text.startsWith(part, i))
                .count();
    }
}
