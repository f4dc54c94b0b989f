package vn.gov.qlvb.signing.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * What the signing needs to know about where things are on a PDF's pages: the size of pages,
 * where a text is printed (the signer's name, the label "Số:"), where the signer's signature
 * field is. Positions are PDF points with the origin at the top left of the page, as DSS places
 * visible signatures.
 */
public final class PdfLayout {

    /** A rectangle on a page (1-based), origin top left. */
    public record Area(int page, float x, float y, float width, float height) {}

    private final byte[] pdf;
    private final List<PDRectangle> pages = new ArrayList<>();

    private PdfLayout(byte[] pdf) {
        this.pdf = pdf;
    }

    /** Reads the page sizes; a file PDFBox cannot open is {@link SigningRefusal#PDF_UNREADABLE}. */
    public static PdfLayout of(byte[] pdf) {
        PdfLayout layout = new PdfLayout(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                layout.pages.add(page.getCropBox());
            }
        } catch (IOException | RuntimeException e) {
            throw new SigningException(SigningRefusal.PDF_UNREADABLE);
        }
        if (layout.pages.isEmpty()) {
            throw new SigningException(SigningRefusal.PDF_UNREADABLE);
        }
        return layout;
    }

    public int pageCount() {
        return pages.size();
    }

    public float pageWidth(int page) {
        return pages.get(page - 1).getWidth();
    }

    public float pageHeight(int page) {
        return pages.get(page - 1).getHeight();
    }

    /**
     * Where {@code text} is printed last on {@code page} (compared in NFC, ignoring case and
     * runs of blanks): the box from the top of its tallest glyph to its baseline.
     */
    public Optional<Area> find(String text, int page) {
        String wanted = normal(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        List<TextPosition> glyphs = new ArrayList<>();
        StringBuilder chars = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) {
                    for (TextPosition position : positions) {
                        for (char c : normal(position.getUnicode()).toCharArray()) {
                            glyphs.add(position);
                            chars.append(c);
                        }
                    }
                    glyphs.add(null);
                    chars.append(' ');
                }
            };
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String all = chars.toString().replaceAll("\\s", " ");
        int at = lastIndexIgnoringBlankRuns(all, wanted);
        if (at < 0) {
            return Optional.empty();
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float baseline = -Float.MAX_VALUE;
        int matched = 0;
        for (int i = at; i < all.length() && matched < wanted.replace(" ", "").length(); i++) {
            TextPosition glyph = glyphs.get(i);
            if (all.charAt(i) == ' ' || glyph == null) {
                continue;
            }
            matched++;
            left = Math.min(left, glyph.getXDirAdj());
            right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
            top = Math.min(top, glyph.getYDirAdj() - glyph.getHeightDir());
            baseline = Math.max(baseline, glyph.getYDirAdj());
        }
        return Optional.of(new Area(page, left, top, right - left, baseline - top));
    }

    private static int lastIndexIgnoringBlankRuns(String haystack, String needle) {
        String compactNeedle = needle.replace(" ", "");
        for (int start = haystack.length() - 1; start >= 0; start--) {
            int i = start;
            int j = 0;
            while (i < haystack.length() && j < compactNeedle.length()) {
                char c = haystack.charAt(i);
                if (c == ' ') {
                    i++;
                    continue;
                }
                if (c != compactNeedle.charAt(j)) {
                    break;
                }
                i++;
                j++;
            }
            if (j == compactNeedle.length() && haystack.charAt(start) != ' ') {
                return start;
            }
        }
        return -1;
    }

    private static String normal(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /**
     * The visible widget of the first signed signature field (the signer's), if it has a visible
     * rectangle.
     */
    public Optional<Area> firstSignatureWidget() {
        List<Area> widgets = signatureWidgets();
        return widgets.isEmpty() ? Optional.empty() : Optional.of(widgets.get(0));
    }

    /** The visible widgets of the signed signature fields, in the form's field order. */
    public List<Area> signatureWidgets() {
        List<Area> areas = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm(null);
            if (form == null) {
                return areas;
            }
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField signature && signature.getValue() != null) {
                    for (PDAnnotationWidget widget : signature.getWidgets()) {
                        areaOf(document, widget).ifPresent(areas::add);
                    }
                }
            }
            return areas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Area> areaOf(PDDocument document, PDAnnotationWidget widget) throws IOException {
        PDRectangle rectangle = widget.getRectangle();
        if (rectangle == null || rectangle.getWidth() <= 0 || rectangle.getHeight() <= 0) {
            return Optional.empty();
        }
        int index = 0;
        for (PDPage page : document.getPages()) {
            index++;
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation.getCOSObject() == widget.getCOSObject()) {
                    float height = page.getCropBox().getHeight();
                    float bottom = page.getCropBox().getLowerLeftY();
                    return Optional.of(new Area(
                            index,
                            rectangle.getLowerLeftX() - page.getCropBox().getLowerLeftX(),
                            height - (rectangle.getUpperRightY() - bottom),
                            rectangle.getWidth(),
                            rectangle.getHeight()));
                }
            }
        }
        return Optional.empty();
    }
}
