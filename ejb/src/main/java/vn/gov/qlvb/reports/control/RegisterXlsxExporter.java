package vn.gov.qlvb.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.gov.qlvb.reports.entity.Column;
import vn.gov.qlvb.reports.entity.RegisterSheet;

/**
 * Exports a {@link RegisterSheet} as an Excel workbook (.xlsx) with fastexcel, streaming: rows
 * are written to {@code out} every {@value #FLUSH_EVERY} rows and forgotten, and cell text is
 * stored inline (no shared-string table), so memory does not grow with the register.
 *
 * <p>One worksheet: the agency's name (bold, its own line last) at the top left; the title
 * (bold, 14 pt) and the subtitles centred across the table; the column headings (bold, grey,
 * wrapped, bordered) and the "(1)", "(2)"… row under them, frozen while scrolling and repeated
 * on every printed page; the rows with thin borders and wrapped text; the notes under the table.
 * Printing is set to A4 landscape, one page wide, with the print mark at the bottom left and
 * "Trang x/y" at the bottom right. The font is Times New Roman 12, as in Vietnamese offices
 * (a spreadsheet names its font and embeds none; LibreOffice substitutes Liberation Serif),
 * named in every cell's style: LibreOffice shows a style that points at the workbook's
 * default font in its own default font. Each row gets the height of its tallest wrapped cell,
 * measured with Liberation Serif's widths ({@link GlyphWidths}).
 */
public final class RegisterXlsxExporter {

    static final int FLUSH_EVERY = 1_000;

    /** Excel's limit of rows per worksheet. */
    static final int MAX_ROWS = 1_048_576;

    /** Excel's limit of characters per cell. */
    static final int MAX_CELL = 32_767;

    /**
     * Total width of the table in Excel's character units (digits of 7 px), shared as the
     * columns' weights: wide enough for a date in the narrowest date column. It prints scaled
     * to one page wide, about 80 %, as large as the PDF's 10 pt.
     */
    static final double TABLE_WIDTH = 150;

    static final String FONT = "Times New Roman";

    /** Cell text size in points, and in pixels at 96 dpi as Excel lays out. */
    static final int FONT_SIZE = 12;

    static final float FONT_PX = FONT_SIZE * 96f / 72f;

    /**
     * Width of a digit of the workbook's default font (fastexcel's Calibri 11) in pixels:
     * Excel's unit of column width.
     */
    static final float DIGIT_PX = 7;

    /** Excel's height of one line of Times New Roman 12 pt, in points. */
    static final double LINE_HEIGHT = 15.75;

    /** Excel's limit of a row's height, in points. */
    static final double MAX_ROW_HEIGHT = 409.5;

    static final String HEADING_FILL = "D9D9D9";

    /**
     * Writes the sheet as one workbook to {@code out} (not closed).
     *
     * @throws IllegalArgumentException when a row has more or fewer cells than there are
     *     columns, or the rows exceed what one worksheet holds
     */
    public void export(RegisterSheet sheet, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "QLVB", "1.0");
        workbook.properties().setTitle(sheet.title()).setCompany(String.join(" - ", sheet.agencyLines()));
        Worksheet ws = workbook.newWorksheet(sheetName(sheet.title()));
        List<Column> columns = sheet.columns();
        int n = columns.size();
        int last = n - 1;

        double total = columns.stream().mapToDouble(Column::width).sum();
        float[] textPx = new float[n];
        for (int i = 0; i < n; i++) {
            long chars = Math.max(6, Math.round(columns.get(i).width() / total * TABLE_WIDTH));
            ws.width(i, chars);
            // Excel's column is 7 px a character plus 5; less the cell's margins, and a little
            // more, since a row too tall costs less than a row that hides its last line
            textPx[i] = chars * DIGIT_PX - 2;
        }
        LineBreaker regular = new LineBreaker(text -> GlyphWidths.regular().width(text, FONT_PX));
        LineBreaker bold = new LineBreaker(text -> GlyphWidths.bold().width(text, FONT_PX));

        int r = 0;
        List<String> agency = sheet.agencyLines();
        for (int i = 0; i < agency.size(); i++) {
            ws.inlineString(r, 0, cell(agency.get(i)));
            if (i == agency.size() - 1) {
                ws.style(r, 0).fontName(FONT).fontSize(FONT_SIZE).bold().set();
            } else {
                ws.style(r, 0).fontName(FONT).fontSize(FONT_SIZE).set();
            }
            r++;
        }
        r++;
        mergeAcross(ws, r, last);
        ws.inlineString(r, 0, cell(sheet.title()));
        ws.range(r, 0, r, last)
                .style()
                .fontName(FONT)
                .fontSize(14)
                .bold()
                .horizontalAlignment("center")
                .set();
        r++;
        for (String subtitle : sheet.subtitles()) {
            mergeAcross(ws, r, last);
            ws.inlineString(r, 0, cell(subtitle));
            ws.range(r, 0, r, last)
                    .style()
                    .fontName(FONT)
                    .fontSize(FONT_SIZE)
                    .horizontalAlignment("center")
                    .set();
            r++;
        }
        r++;

        int headingRow = r;
        int headingLines = 1;
        for (int i = 0; i < n; i++) {
            String heading = cell(columns.get(i).heading());
            ws.inlineString(r, i, heading);
            ws.inlineString(r + 1, i, "(" + (i + 1) + ")");
            headingLines = Math.max(headingLines, bold.lines(heading, textPx[i]).size());
        }
        fitHeight(ws, r, headingLines);
        ws.range(r, 0, r, last)
                .style()
                .fontName(FONT)
                .fontSize(FONT_SIZE)
                .bold()
                .fillColor(HEADING_FILL)
                .wrapText(true)
                .horizontalAlignment("center")
                .verticalAlignment("center")
                .borderStyle(BorderStyle.THIN)
                .set();
        ws.range(r + 1, 0, r + 1, last)
                .style()
                .fontName(FONT)
                .fontSize(FONT_SIZE)
                .horizontalAlignment("center")
                .borderStyle(BorderStyle.THIN)
                .set();
        r += 2;

        ws.freezePane(0, r);
        ws.repeatRows(headingRow, headingRow + 1);
        ws.pageOrientation("landscape");
        ws.paperSize(PaperSize.A4_PAPER);
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.leftMargin(0.79f);
        ws.rightMargin(0.59f);
        ws.topMargin(0.59f);
        ws.bottomMargin(0.79f);
        ws.footer(footerText(sheet.printMark().text()), Position.LEFT, FONT, 8);
        ws.footer("Trang &P/&N", Position.RIGHT, FONT, 8);
        ws.flush();

        int index = 0;
        for (Iterator<? extends List<String>> rows = sheet.rows().iterator(); rows.hasNext(); index++) {
            if (r >= MAX_ROWS - sheet.notes().size() - 1) {
                throw new IllegalArgumentException(
                        "'" + sheet.title() + "' has more rows than one Excel worksheet holds (" + MAX_ROWS + ")");
            }
            List<String> row = rows.next();
            if (row == null || row.size() != n) {
                throw new IllegalArgumentException("Row " + (index + 1) + " of '" + sheet.title() + "' has "
                        + (row == null ? "no" : row.size()) + " cells for " + n + " columns");
            }
            int lines = 1;
            for (int i = 0; i < n; i++) {
                String text = cell(row.get(i));
                if (!text.isEmpty()) {
                    ws.inlineString(r, i, text);
                    lines = Math.max(lines, regular.lines(text, textPx[i]).size());
                }
                ws.style(r, i)
                        .fontName(FONT)
                        .fontSize(FONT_SIZE)
                        .wrapText(true)
                        .verticalAlignment("top")
                        .horizontalAlignment(columns.get(i).alignment() == Column.Alignment.CENTRE ? "center" : "left")
                        .borderStyle(BorderStyle.THIN)
                        .set();
            }
            fitHeight(ws, r, lines);
            r++;
            if (index % FLUSH_EVERY == FLUSH_EVERY - 1) {
                ws.flush();
            }
        }

        r++;
        for (String note : sheet.notes()) {
            ws.inlineString(r, 0, cell(note));
            ws.style(r, 0).fontName(FONT).fontSize(FONT_SIZE).set();
            r++;
        }
        workbook.finish();
    }

    /**
     * Gives a row the height of its tallest wrapped cell: neither Excel nor LibreOffice fits
     * row heights when it opens a file, and a row of one line's height hides the rest.
     */
    private static void fitHeight(Worksheet ws, int row, int lines) {
        if (lines > 1) {
            ws.rowHeight(row, Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT));
        }
    }

    private static void mergeAcross(Worksheet ws, int row, int last) {
        if (last > 0) {
            ws.range(row, 0, row, last).merge();
        }
    }

    /** A cell's text: printable, within Excel's limit. */
    private static String cell(String raw) {
        String text = PrintableText.of(raw);
        if (text.length() <= MAX_CELL) {
            return text;
        }
        int cut = MAX_CELL - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "…";
    }

    /** Header and footer text treats '&' as a code: a literal one is doubled. */
    private static String footerText(String text) {
        return PrintableText.of(text).replace("&", "&&");
    }

    /** At most 31 characters, none of {@code []:*?/\}, as Excel requires. */
    static String sheetName(String title) {
        String name =
                PrintableText.of(title).replaceAll("[\\[\\]:*?/\\\\\\n]", " ").strip();
        if (name.isEmpty()) {
            return "Sheet1";
        }
        return name.length() <= 31 ? name : name.substring(0, 31).strip();
    }
}
