package vn.gov.qlvb.reports.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.reports.control.RegisterFixtures.AGENCY;
import static vn.gov.qlvb.reports.control.RegisterFixtures.MARK;
import static vn.gov.qlvb.reports.control.RegisterFixtures.PERIOD;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.reports.entity.Column;
import vn.gov.qlvb.reports.entity.IncomingHandlingEntry;
import vn.gov.qlvb.reports.entity.IncomingRegisterEntry;
import vn.gov.qlvb.reports.entity.OutgoingHandlingEntry;
import vn.gov.qlvb.reports.entity.OutgoingRegisterEntry;
import vn.gov.qlvb.reports.entity.RegisterLayout;
import vn.gov.qlvb.reports.entity.RegisterSheet;

class RegisterPdfPrinterTest {

    @Test
    void titleHeadingsAndEveryCellComeBackOutWithTheirDiacritics() throws IOException {
        RegisterSheet sheet = RegisterFixtures.threeRows();

        try (PDDocument pdf = print(sheet)) {
            assertEquals(1, pdf.getNumberOfPages());
            String page = text(pdf, 1);
            assertTrue(page.contains("ỦY BAN NHÂN DÂN TỈNH MẪU"), page);
            assertTrue(page.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"), page);
            assertTrue(page.contains("Năm 2026"), page);
            assertTrue(page.contains("Từ ngày 01/01/2026 đến ngày 31/03/2026"), page);
            assertTrue(page.contains("In từ hệ thống QLVB lúc 14:05 ngày 02/04/2026 bởi Trần Thị Thư"), page);
            assertTrue(page.contains("Trang 1/1"), page);

            List<String> columns = columnTexts(pdf, 1, sheet.columns());
            for (int i = 0; i < sheet.columns().size(); i++) {
                String column = columns.get(i);
                String heading = sheet.columns().get(i).heading();
                assertTrue(column.startsWith(heading + " (" + (i + 1) + ")"), "column " + i + ": " + column);
                for (IncomingRegisterEntry entry : RegisterFixtures.THREE) {
                    String cell = entry.cells().get(i);
                    assertTrue(column.contains(cell), "cell '" + cell + "' not in column " + i + ": " + column);
                }
            }
        }
    }

    @Test
    void theDecreesTenColumnsOfTheIncomingRegisterAreTheHeadings() throws IOException {
        try (PDDocument pdf = print(RegisterFixtures.threeRows())) {
            List<String> headings = columnTexts(pdf, 1, RegisterLayout.INCOMING_REGISTER.columns()).stream()
                    .map(column -> column.substring(0, column.indexOf(" (")))
                    .toList();
            assertEquals(
                    List.of(
                            "Ngày đến",
                            "Số đến",
                            "Tác giả",
                            "Số, ký hiệu văn bản",
                            "Ngày tháng văn bản",
                            "Tên loại và trích yếu nội dung văn bản",
                            "Đơn vị hoặc người nhận",
                            "Ngày chuyển",
                            "Ký nhận",
                            "Ghi chú"),
                    headings);
        }
    }

    @Test
    void fiveHundredRowsPaginateWithTheHeaderAndPageNumberOnEveryPage() throws IOException {
        RegisterSheet sheet = RegisterSheet.incomingRegister(AGENCY, PERIOD, RegisterFixtures.generated(500), MARK);

        try (PDDocument pdf = print(sheet)) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages > 10, "500 wrapped rows need many pages, not " + pages);
            List<Long> numbers = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                assertTrue(text(pdf, p).contains("Trang " + p + "/" + pages), "page " + p);
                assertTrue(text(pdf, p).contains("In từ hệ thống QLVB lúc 14:05 ngày 02/04/2026 bởi Trần Thị Thư"));
                List<String> columns = columnTexts(pdf, p, sheet.columns());
                for (int i = 0; i < columns.size(); i++) {
                    String heading = sheet.columns().get(i).heading() + " (" + (i + 1) + ")";
                    assertTrue(
                            columns.get(i).startsWith(heading), "page " + p + " column " + i + ": " + columns.get(i));
                }
                String arrivalNumbers =
                        columns.get(1).substring("Số đến (2)".length()).strip();
                for (String number : arrivalNumbers.split(" ")) {
                    numbers.add(Long.parseLong(number));
                }
            }
            assertTrue(text(pdf, 1).contains("Trang 1/" + pages));
            assertEquals(
                    LongStream.rangeClosed(1, 500).boxed().toList(), numbers, "every row once, in order, none cut");
        }
    }

    @Test
    void theFontIsLiberationSerifEmbeddedAsASubset() throws IOException {
        try (PDDocument pdf = print(RegisterFixtures.threeRows())) {
            PDPage page = pdf.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
            assertEquals(2, fonts.size(), "regular and bold");
            for (PDFont font : fonts) {
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSerif(-Bold)?"), font.getName());
                PDType0Font type0 = (PDType0Font) font;
                assertTrue(type0.getDescendantFont().getFontDescriptor().getFontFile2() != null, "TrueType program");
            }
        }
    }

    @Test
    void decomposedVietnameseComesOutComposedAndUnknownCharactersDoNotFail() throws IOException {
        String decomposed = Normalizer.normalize("Nghị quyết về phòng chống thiên tai", Normalizer.Form.NFD);
        RegisterSheet sheet = RegisterSheet.incomingRegister(
                AGENCY,
                PERIOD,
                List.of(new IncomingRegisterEntry(
                        PERIOD.from(),
                        1,
                        "Chữ Hán 漢字 và 😀",
                        "01/NQ-HĐND",
                        null,
                        decomposed,
                        null,
                        null,
                        null,
                        "a\tb\u0007c")),
                MARK);

        try (PDDocument pdf = print(sheet)) {
            List<String> columns = columnTexts(pdf, 1, sheet.columns());
            assertTrue(columns.get(5).contains("Nghị quyết về phòng chống thiên tai"), columns.get(5));
            assertTrue(columns.get(2).contains("Chữ Hán ?? và ?"), columns.get(2));
            assertTrue(columns.get(9).contains("a bc"), columns.get(9));
        }
    }

    @Test
    void aCellTallerThanAPageContinuesOnTheNextPages() throws IOException {
        String words = IntStream.rangeClosed(1, 900).mapToObj(i -> "từ" + i).collect(Collectors.joining(" "));
        RegisterSheet sheet = RegisterSheet.incomingRegister(
                AGENCY,
                PERIOD,
                List.of(
                        RegisterFixtures.THREE.get(0),
                        new IncomingRegisterEntry(
                                PERIOD.from(), 2, "Bộ Tài chính", "99/BTC", null, words, null, null, null, null),
                        RegisterFixtures.THREE.get(2)),
                MARK);

        try (PDDocument pdf = print(sheet)) {
            assertTrue(pdf.getNumberOfPages() >= 3, "pages: " + pdf.getNumberOfPages());
            StringBuilder subjects = new StringBuilder();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                subjects.append(columnTexts(pdf, p, sheet.columns()).get(5)).append(' ');
            }
            int at = 0;
            for (int i = 1; i <= 900; i++) {
                int found = subjects.indexOf("từ" + i + " ", at);
                assertTrue(found >= 0, "word " + i + " missing or out of order");
                at = found;
            }
            assertTrue(subjects.toString().contains("Báo cáo tình hình phòng, chống lũ lụt"), "the row after it");
        }
    }

    @Test
    void notesFollowTheTable() throws IOException {
        RegisterSheet sheet = RegisterFixtures.threeRows().withNotes(List.of("Tổng số văn bản đến: 3"));
        try (PDDocument pdf = print(sheet)) {
            String page = text(pdf, 1);
            assertTrue(page.indexOf("Tổng số văn bản đến: 3") > page.indexOf("Đắk Pờ Cơ"), page);
        }
    }

    @Test
    void aRowThatDoesNotMatchTheColumnsIsRefused() {
        RegisterSheet sheet =
                RegisterSheet.of(RegisterLayout.OUTGOING_REGISTER, AGENCY, PERIOD, List.of(List.of("1", "2")), MARK);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RegisterPdfPrinter()
                .print(sheet, new ByteArrayOutputStream()));
        assertTrue(e.getMessage().contains("Row 1"), e.getMessage());
    }

    @Test
    void everyLayoutPrintsItsEntries() throws IOException {
        LocalDate day = PERIOD.from();
        List<RegisterSheet> sheets = List.of(
                RegisterFixtures.threeRows(),
                RegisterSheet.outgoingRegister(
                        AGENCY,
                        PERIOD,
                        List.of(new OutgoingRegisterEntry(
                                "15/QĐ-UBND",
                                day,
                                "Quyết định phê duyệt kế hoạch",
                                "Lê Văn Lãnh",
                                "Các sở, ngành",
                                "Văn phòng",
                                5,
                                day,
                                "Trần Thị Thư",
                                null)),
                        MARK),
                RegisterSheet.incomingHandlingReport(
                        AGENCY,
                        PERIOD,
                        List.of(new IncomingHandlingEntry(
                                7,
                                IncomingHandlingEntry.describe("Công văn", "12/UBND-VX", day, "UBND huyện Bắc Mẫu"),
                                "Phòng Tổng hợp",
                                day.plusDays(10),
                                "Đã giải quyết",
                                day.plusDays(13),
                                3,
                                "20/UBND-TH",
                                null)),
                        MARK),
                RegisterSheet.outgoingHandlingReport(
                        AGENCY,
                        PERIOD,
                        List.of(new OutgoingHandlingEntry(
                                null,
                                null,
                                "Tờ trình về dự toán",
                                "Phòng Tổng hợp",
                                null,
                                "Sở Tài chính",
                                day.plusDays(5),
                                "Đang trình ký",
                                null,
                                null,
                                null)),
                        MARK));
        for (RegisterSheet sheet : sheets) {
            try (PDDocument pdf = print(sheet)) {
                String page = text(pdf, 1);
                assertTrue(page.contains(sheet.title()), page);
                List<String> columns = columnTexts(pdf, 1, sheet.columns());
                for (int i = 0; i < columns.size(); i++) {
                    assertTrue(
                            columns.get(i).startsWith(sheet.columns().get(i).heading()),
                            sheet.title() + " column " + i + ": " + columns.get(i));
                }
            }
        }
        try (PDDocument pdf = print(sheets.get(2))) {
            assertTrue(columnTexts(pdf, 1, sheets.get(2).columns())
                    .get(1)
                    .contains("Công văn số 12/UBND-VX ngày 01/01/2026 của UBND huyện Bắc Mẫu"));
        }
    }

    // ---- reading the PDF back

    static PDDocument print(RegisterSheet sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RegisterPdfPrinter().print(sheet, out);
        return Loader.loadPDF(out.toByteArray());
    }

    static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return Normalizer.normalize(stripper.getText(pdf), Normalizer.Form.NFC).replaceAll("[ \\t]+", " ");
    }

    /**
     * The text of each column's strip of the table (header, numbers and cells, top to bottom),
     * footer excluded, with every run of white space made one space: a cell wrapped over several
     * lines reads as one piece.
     */
    static List<String> columnTexts(PDDocument pdf, int page, List<Column> columns) throws IOException {
        float[] widths = RegisterPdfPrinter.columnWidths(columns);
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        stripper.setSortByPosition(true);
        float pageHeight = RegisterPdfPrinter.PAGE.getHeight();
        float tableBottom = pageHeight - RegisterPdfPrinter.BOTTOM;
        float at = RegisterPdfPrinter.LEFT;
        for (int i = 0; i < widths.length; i++) {
            // regions are in Java2D coordinates: y grows downwards from the top of the page
            stripper.addRegion("c" + i, new Rectangle2D.Float(at + 0.5f, 0, widths[i] - 1, tableBottom));
            at += widths[i];
        }
        stripper.extractRegions(pdf.getPage(page - 1));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < widths.length; i++) {
            String text = Normalizer.normalize(stripper.getTextForRegion("c" + i), Normalizer.Form.NFC);
            texts.add(text.replaceAll("\\s+", " ").strip());
        }
        // the first page's title block sits above the table, in the first columns' strips
        for (int i = 0; i < texts.size(); i++) {
            String heading = columns.get(i).heading();
            int start = texts.get(i).indexOf(heading + " (" + (i + 1) + ")");
            if (start < 0) {
                start = texts.get(i).indexOf(heading);
            }
            if (start > 0) {
                texts.set(i, texts.get(i).substring(start));
            }
        }
        return texts;
    }
}
