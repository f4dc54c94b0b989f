package vn.gov.qlvb.reports.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;
import vn.gov.qlvb.reports.entity.Column;
import vn.gov.qlvb.reports.entity.PrintMark;
import vn.gov.qlvb.reports.entity.RegisterSheet;

/**
 * Prints a {@link RegisterSheet} as PDF with PDFBox, in the decree's layout for a register:
 *
 * <ol>
 *   <li>A4 landscape; margins 20 mm left (binding), 15 mm right, top and bottom;
 *   <li>on the first page, the agency's name in capitals at the top left (a superior agency on
 *       its own line above, the agency itself in bold) with a short rule under it, then the
 *       title in bold and the subtitles, centred;
 *   <li>the table: the column headings in bold and a row numbering the columns "(1)", "(2)"…,
 *       both repeated at the top of every page; cell text wraps inside its column, and a row
 *       taller than a page continues on the next one;
 *   <li>the notes, if any, under the table;
 *   <li>on every page, the print mark at the bottom left and "Trang x/y" at the bottom right,
 *       stamped once the number of pages is known.
 * </ol>
 *
 * <p>The font is Liberation Serif ({@link RegisterFonts}), embedded as a subset. The rows are
 * read once and page contents are cached in a temporary file, so memory stays flat however long
 * the register; the document is written to the stream at the end. Not thread-safe: use one
 * instance per call (it is cheap).
 */
public final class RegisterPdfPrinter {

    static final float MM = 72f / 25.4f;
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float LEFT = 20 * MM;
    static final float RIGHT = 15 * MM;
    static final float TOP = 15 * MM;
    static final float BOTTOM = 15 * MM;

    static final float AGENCY_SIZE = 12;
    static final float TITLE_SIZE = 14;
    static final float SUBTITLE_SIZE = 12;
    static final float CELL_SIZE = 10;
    static final float FOOTER_SIZE = 8;
    static final float LEADING = 1.2f;
    static final float PADDING = 3;
    static final float RULE = 0.5f;

    private PDDocument document;
    private RegisterFonts fonts;
    private RegisterSheet sheet;
    private float[] x;
    private float[] widths;
    private float tableWidth;
    private List<List<String>> headingLines;
    private float headingHeight;
    private float numberHeight;

    private PDPageContentStream content;
    private float y;
    private int rowsOnPage;

    /**
     * Writes the sheet as one PDF document to {@code out} (not closed).
     *
     * @throws IllegalArgumentException when a row has more or fewer cells than there are columns
     */
    public void print(RegisterSheet sheet, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            this.document = doc;
            this.sheet = sheet;
            this.fonts = RegisterFonts.loadInto(doc);
            describe(doc);
            layOutColumns();
            try {
                newPage();
                drawTitleBlock();
                drawTableHeader();
                int index = 0;
                for (Iterator<? extends List<String>> rows = sheet.rows().iterator(); rows.hasNext(); index++) {
                    drawRow(cellsOf(rows.next(), index));
                }
                drawNotes();
            } finally {
                closeContent();
            }
            stampFooters();
            doc.save(out);
        } finally {
            document = null;
            content = null;
        }
    }

    private void describe(PDDocument doc) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(
                sheet.title() + (sheet.subtitles().isEmpty() ? "" : " - " + String.join(" - ", sheet.subtitles())));
        info.setAuthor(String.join(" - ", sheet.agencyLines()));
        info.setCreator("QLVB");
        Calendar created = GregorianCalendar.from(sheet.printMark().at().atZone(PrintMark.VIETNAM));
        info.setCreationDate(created);
        doc.getDocumentCatalog().setLanguage("vi-VN");
    }

    private void layOutColumns() {
        List<Column> columns = sheet.columns();
        tableWidth = tableWidth();
        widths = columnWidths(columns);
        x = new float[columns.size()];
        float at = LEFT;
        for (int i = 0; i < columns.size(); i++) {
            x[i] = at;
            at += widths[i];
        }
        headingLines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < columns.size(); i++) {
            List<String> lines = wrap(fonts.bold(), CELL_SIZE, columns.get(i).heading(), widths[i] - 2 * PADDING);
            headingLines.add(lines);
            most = Math.max(most, lines.size());
        }
        headingHeight = rowHeight(most);
        numberHeight = rowHeight(1);
    }

    /** The width between the margins. */
    static float tableWidth() {
        return PAGE.getWidth() - LEFT - RIGHT;
    }

    /** The columns' widths in points, sharing {@link #tableWidth()} by their weights. */
    static float[] columnWidths(List<Column> columns) {
        double total = columns.stream().mapToDouble(Column::width).sum();
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) (columns.get(i).width() / total * tableWidth());
        }
        return widths;
    }

    // ---- pages

    private void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        content.setLineWidth(RULE);
        y = PAGE.getHeight() - TOP;
        rowsOnPage = 0;
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    /** Room left above the bottom margin. */
    private float room() {
        return y - BOTTOM;
    }

    /** Room for rows on a page that has only the table header. */
    private float roomOnFreshPage() {
        return PAGE.getHeight() - TOP - BOTTOM - headingHeight - numberHeight;
    }

    private void continueOnNewPage() throws IOException {
        newPage();
        drawTableHeader();
    }

    // ---- title block

    private void drawTitleBlock() throws IOException {
        RegisterFonts.Face bold = fonts.bold();
        RegisterFonts.Face regular = fonts.regular();
        float blockWidth = tableWidth * 0.4f;
        List<String> agency = sheet.agencyLines();
        List<Line> agencyLines = new ArrayList<>();
        for (int i = 0; i < agency.size(); i++) {
            RegisterFonts.Face face = i == agency.size() - 1 ? bold : regular;
            for (String line : wrap(face, AGENCY_SIZE, agency.get(i), blockWidth)) {
                agencyLines.add(new Line(face, line));
            }
        }
        float widest = 0;
        for (Line line : agencyLines) {
            widest = Math.max(widest, line.width(AGENCY_SIZE));
        }
        float centre = LEFT + widest / 2;
        float lastWidth = 0;
        for (Line line : agencyLines) {
            y -= AGENCY_SIZE * LEADING;
            lastWidth = line.width(AGENCY_SIZE);
            text(line.face(), AGENCY_SIZE, line.text(), centre - lastWidth / 2, y);
        }
        float ruleWidth = Math.max(lastWidth / 3, 30);
        y -= 5;
        content.moveTo(centre - ruleWidth / 2, y);
        content.lineTo(centre + ruleWidth / 2, y);
        content.stroke();

        y -= 10;
        float pageCentre = LEFT + tableWidth / 2;
        for (String line : wrap(bold, TITLE_SIZE, sheet.title(), tableWidth)) {
            y -= TITLE_SIZE * LEADING;
            text(bold, TITLE_SIZE, line, pageCentre - bold.width(line, TITLE_SIZE) / 2, y);
        }
        for (String subtitle : sheet.subtitles()) {
            for (String line : wrap(regular, SUBTITLE_SIZE, subtitle, tableWidth)) {
                y -= SUBTITLE_SIZE * LEADING;
                text(regular, SUBTITLE_SIZE, line, pageCentre - regular.width(line, SUBTITLE_SIZE) / 2, y);
            }
        }
        y -= 12;
    }

    // ---- table

    private void drawTableHeader() throws IOException {
        int n = widths.length;
        float top = y;
        boxes(top, headingHeight);
        RegisterFonts.Face bold = fonts.bold();
        for (int i = 0; i < n; i++) {
            List<String> lines = headingLines.get(i);
            float blockHeight = lines.size() * CELL_SIZE * LEADING;
            float lineTop = top - (headingHeight - blockHeight) / 2;
            for (String line : lines) {
                float baseline = lineTop - CELL_SIZE;
                text(bold, CELL_SIZE, line, x[i] + (widths[i] - bold.width(line, CELL_SIZE)) / 2, baseline);
                lineTop -= CELL_SIZE * LEADING;
            }
        }
        y -= headingHeight;
        boxes(y, numberHeight);
        RegisterFonts.Face regular = fonts.regular();
        for (int i = 0; i < n; i++) {
            String number = "(" + (i + 1) + ")";
            text(
                    regular,
                    CELL_SIZE,
                    number,
                    x[i] + (widths[i] - regular.width(number, CELL_SIZE)) / 2,
                    firstBaseline(y));
        }
        y -= numberHeight;
    }

    private List<List<String>> cellsOf(List<String> row, int index) {
        if (row == null || row.size() != widths.length) {
            throw new IllegalArgumentException("Row " + (index + 1) + " of '" + sheet.title() + "' has "
                    + (row == null ? "no" : row.size()) + " cells for " + widths.length + " columns");
        }
        RegisterFonts.Face regular = fonts.regular();
        List<List<String>> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(wrap(regular, CELL_SIZE, row.get(i), widths[i] - 2 * PADDING));
        }
        return cells;
    }

    /** Draws one row, continuing on new pages for as long as it needs. */
    private void drawRow(List<List<String>> cells) throws IOException {
        int total = cells.stream().mapToInt(List::size).max().orElse(1);
        int from = 0;
        while (true) {
            float needed = rowHeight(total - from);
            if (needed <= room()) {
                drawSlice(cells, from, total, needed);
                return;
            }
            if (rowsOnPage > 0 && needed <= roomOnFreshPage()) {
                continueOnNewPage();
                continue;
            }
            int fit = (int) Math.floor((room() - 2 * PADDING) / (CELL_SIZE * LEADING));
            if (fit < 1) {
                continueOnNewPage();
                continue;
            }
            drawSlice(cells, from, from + fit, rowHeight(fit));
            from += fit;
            continueOnNewPage();
        }
    }

    private void drawSlice(List<List<String>> cells, int from, int to, float height) throws IOException {
        float top = y;
        boxes(top, height);
        RegisterFonts.Face regular = fonts.regular();
        List<Column> columns = sheet.columns();
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = cells.get(i);
            float baseline = firstBaseline(top);
            for (int l = from; l < Math.min(to, lines.size()); l++) {
                String line = lines.get(l);
                if (!line.isEmpty()) {
                    float left = columns.get(i).alignment() == Column.Alignment.CENTRE
                            ? x[i] + (widths[i] - regular.width(line, CELL_SIZE)) / 2
                            : x[i] + PADDING;
                    text(regular, CELL_SIZE, line, left, baseline);
                }
                baseline -= CELL_SIZE * LEADING;
            }
        }
        y -= height;
        rowsOnPage++;
    }

    private void drawNotes() throws IOException {
        if (sheet.notes().isEmpty()) {
            return;
        }
        RegisterFonts.Face regular = fonts.regular();
        float leading = CELL_SIZE * LEADING;
        y -= leading / 2;
        for (String note : sheet.notes()) {
            for (String line : wrap(regular, CELL_SIZE, note, tableWidth)) {
                if (room() < leading) {
                    newPage();
                }
                y -= leading;
                text(regular, CELL_SIZE, line, LEFT, y + leading - CELL_SIZE);
            }
        }
    }

    /** One rectangle per column, from {@code top} down by {@code height}. */
    private void boxes(float top, float height) throws IOException {
        for (int i = 0; i < widths.length; i++) {
            content.addRect(x[i], top - height, widths[i], height);
        }
        content.stroke();
    }

    private static float rowHeight(int lines) {
        return 2 * PADDING + lines * CELL_SIZE * LEADING;
    }

    private static float firstBaseline(float top) {
        return top - PADDING - CELL_SIZE;
    }

    // ---- footers

    private void stampFooters() throws IOException {
        int count = document.getNumberOfPages();
        String mark =
                fonts.regular().printable(PrintableText.of(sheet.printMark().text()));
        RegisterFonts.Face regular = fonts.regular();
        float baseline = BOTTOM - FOOTER_SIZE - 8;
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            String pageNumber = "Trang " + number + "/" + count;
            try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                content = footer;
                text(regular, FOOTER_SIZE, mark, LEFT, baseline);
                text(
                        regular,
                        FOOTER_SIZE,
                        pageNumber,
                        PAGE.getWidth() - RIGHT - regular.width(pageNumber, FOOTER_SIZE),
                        baseline);
            } finally {
                content = null;
            }
        }
    }

    // ---- text

    /** A line of text in the face it prints in. */
    private record Line(RegisterFonts.Face face, String text) {
        float width(float size) {
            return face.width(text, size);
        }
    }

    private List<String> wrap(RegisterFonts.Face face, float size, String raw, float width) {
        String text = face.printable(PrintableText.of(raw));
        return new LineBreaker(piece -> face.width(piece, size)).lines(text, width);
    }

    private void text(RegisterFonts.Face face, float size, String line, float left, float baseline) throws IOException {
        content.beginText();
        content.setFont(face.font(), size);
        content.setTextMatrix(Matrix.getTranslateInstance(left, baseline));
        content.showText(line);
        content.endText();
    }
}
