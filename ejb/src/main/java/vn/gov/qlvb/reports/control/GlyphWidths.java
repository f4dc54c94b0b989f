package vn.gov.qlvb.reports.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The advance widths of Liberation Serif, which are those of Times New Roman: how wide a text
 * prints without a PDF document at hand. The Excel export uses them to give each row the height
 * its wrapped cells need, since neither Excel nor LibreOffice recomputes row heights when it
 * opens a file. Read once per JVM into an immutable table, so instances are thread-safe.
 */
final class GlyphWidths {

    /** Code points below this (Latin, Vietnamese, Greek, Cyrillic, punctuation) are tabled. */
    private static final int TABLED = 0x2200;

    private static final GlyphWidths REGULAR = load(RegisterFonts.regularFile());
    private static final GlyphWidths BOLD = load(RegisterFonts.boldFile());

    /** Widths in thousandths of an em; 0 where the font has no glyph. */
    private final float[] widths;

    private final float fallback;

    private GlyphWidths(float[] widths, float fallback) {
        this.widths = widths;
        this.fallback = fallback;
    }

    static GlyphWidths regular() {
        return REGULAR;
    }

    static GlyphWidths bold() {
        return BOLD;
    }

    /** The width of {@code text} at {@code size} (in the unit of the size: points, pixels). */
    float width(String text, float size) {
        float total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            float w = cp < TABLED ? widths[cp] : 0;
            total += w > 0 ? w : fallback;
            i += Character.charCount(cp);
        }
        return total / 1000f * size;
    }

    private static GlyphWidths load(byte[] file) {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            float scale = 1000f / ttf.getUnitsPerEm();
            float[] widths = new float[TABLED];
            for (int cp = 0; cp < TABLED; cp++) {
                int gid = cmap.getGlyphId(cp);
                widths[cp] = gid > 0 ? ttf.getAdvanceWidth(gid) * scale : 0;
            }
            // an unknown character prints as '?' in a PDF and as some glyph of similar width
            // (often wider: CJK, emoji) in a spreadsheet: count it as an em
            return new GlyphWidths(widths, 1000f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
