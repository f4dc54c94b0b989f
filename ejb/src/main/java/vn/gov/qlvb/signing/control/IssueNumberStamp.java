package vn.gov.qlvb.signing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * Writes the issue number ("Số: 12/QĐ-UBND", Decree 30 Appendix I, II.3) and the place and date
 * ("Hà Nội, ngày 05 tháng 01 năm 2026", II.4) onto the first page of a PDF the signer has
 * already signed: the clerk numbers the document after the signature, before the agency's
 * signature.
 *
 * <ol>
 *   <li>The text goes into a new content stream appended to the first page, in an incremental
 *       update (a new revision after the signer's): the bytes the signer signed are untouched, so
 *       the signer's signature stays valid (it no longer covers the whole file; the agency's
 *       signature, made next, does).
 *   <li>When the page prints the label "Số:" (the draft leaves the number blank), the number and
 *       notation are written right after it, and the place and date on the same line centred in
 *       the right half of the page (box 4 of the layout). Otherwise "Số: …" is written centred in
 *       the left half, 40 mm from the top, and the place and date beside it.
 *   <li>Number upright 13 pt, place and date italic 13 pt, Liberation Serif (Times New Roman
 *       metrics), embedded.
 * </ol>
 */
public final class IssueNumberStamp {

    private static final float SIZE = 13;
    private static final float DEFAULT_BASELINE = 40 * 72 / 25.4f;

    private IssueNumberStamp() {}

    /** "Hà Nội, ngày 05 tháng 01 năm 2026": day and month of January and February with a leading zero. */
    public static String placeAndDate(String placeName, LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? String.format("%02d", month) : Integer.toString(month);
        return String.format(
                "%s, ngày %02d tháng %s năm %d", placeName.strip(), date.getDayOfMonth(), monthText, date.getYear());
    }

    public static byte[] stamp(byte[] pdf, String numberAndNotation, LocalDate issueDate, String placeName) {
        if (numberAndNotation == null
                || numberAndNotation.isBlank()
                || issueDate == null
                || placeName == null
                || placeName.isBlank()) {
            throw new IllegalArgumentException("number, date and place are required");
        }
        PdfLayout layout = PdfLayout.of(pdf);
        Optional<PdfLayout.Area> label = layout.find("Số:", 1);
        float pageWidth = layout.pageWidth(1);
        float pageHeight = layout.pageHeight(1);
        try (PDDocument document = Loader.loadPDF(pdf);
                InputStream regularFile = SignatureAppearance.fontFile("LiberationSerif-Regular.ttf");
                InputStream italicFile = SignatureAppearance.fontFile("LiberationSerif-Italic.ttf")) {
            PDPage page = document.getPage(0);
            // subsets: only the glyphs of the number and the date line travel with every issued
            // document (saveIncremental subsets them), not two whole fonts of about 400 KB
            PDType0Font regular = PDType0Font.load(document, regularFile, true);
            PDType0Font italic = PDType0Font.load(document, italicFile, true);
            String number;
            float numberX;
            float baseline;
            if (label.isPresent()) {
                number = " " + numberAndNotation.strip();
                numberX = label.get().x() + label.get().width();
                baseline = label.get().y() + label.get().height();
            } else {
                number = "Số: " + numberAndNotation.strip();
                numberX = pageWidth * 0.27f - width(regular, number) / 2;
                baseline = DEFAULT_BASELINE;
            }
            String dateLine = placeAndDate(placeName, issueDate);
            float dateX = pageWidth * 0.70f - width(italic, dateLine) / 2;
            float lowerLeftX = page.getCropBox().getLowerLeftX();
            float y = page.getCropBox().getUpperRightY() - baseline;
            try (PDPageContentStream content =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(regular, SIZE);
                content.newLineAtOffset(lowerLeftX + numberX, y);
                content.showText(number);
                content.endText();
                content.beginText();
                content.setFont(italic, SIZE);
                content.newLineAtOffset(lowerLeftX + dateX, y);
                content.showText(dateLine);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            PDResources resources = page.getResources();
            resources.getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream update = new ByteArrayOutputStream();
            document.saveIncremental(update);
            byte[] result = update.toByteArray();
            if (result.length < pdf.length || !java.util.Arrays.equals(result, 0, pdf.length, pdf, 0, pdf.length)) {
                throw new IllegalStateException("incremental update rewrote the signed bytes");
            }
            return result;
        } catch (IOException e) {
            throw new SigningException(SigningRefusal.PDF_UNREADABLE);
        }
    }

    private static float width(PDType0Font font, String text) {
        try {
            return font.getStringWidth(text) / 1000 * SIZE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
