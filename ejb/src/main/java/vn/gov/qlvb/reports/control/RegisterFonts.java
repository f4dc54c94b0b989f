package vn.gov.qlvb.reports.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The typeface of printed registers: Liberation Serif 2.1 (regular and bold), metric-compatible
 * with Times New Roman, which Decree 30 prescribes for documents but which may not be
 * redistributed. It covers Vietnamese (Latin Extended Additional, precomposed) and is licensed
 * under the SIL Open Font License 1.1, whose notice sits in each font's name table. The files
 * come from the Maven artifact {@code com.mpobjects.jasperreports.font:
 * jasperreports-fonts-liberation} on the class path; nothing of JasperReports is used.
 *
 * <p>The files are read once per JVM; each PDF parses its own {@link TrueTypeFont} (PDFBox fonts
 * are not thread-safe) and embeds the subset it uses.
 */
final class RegisterFonts {

    static final String FOLDER = "/com/mpobjects/jasperreports/fonts/liberation/";
    static final String REGULAR_FILE = FOLDER + "LiberationSerif-Regular.ttf";
    static final String BOLD_FILE = FOLDER + "LiberationSerif-Bold.ttf";

    /** A font of one document, and whether it has a glyph for a character. */
    record Face(PDType0Font font, CmapLookup cmap) {

        /** The text with every character the font lacks replaced by '?'. */
        String printable(String text) {
            StringBuilder out = null;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int n = Character.charCount(cp);
                boolean known = cp == '\n' || cmap.getGlyphId(cp) > 0;
                if (!known && out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (out != null) {
                    if (known) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append('?');
                    }
                }
                i += n;
            }
            return out == null ? text : out.toString();
        }

        /** Width in points at the given size. */
        float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Face regular;
    private final Face bold;

    private RegisterFonts(Face regular, Face bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The regular font file, read once from the class path. */
    static byte[] regularFile() {
        return Files.REGULAR;
    }

    /** The bold font file, read once from the class path. */
    static byte[] boldFile() {
        return Files.BOLD;
    }

    /** Loads both faces into {@code document}, which closes them. */
    static RegisterFonts loadInto(PDDocument document) throws IOException {
        return new RegisterFonts(face(document, Files.REGULAR), face(document, Files.BOLD));
    }

    Face regular() {
        return regular;
    }

    Face bold() {
        return bold;
    }

    private static Face face(PDDocument document, byte[] file) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
        document.registerTrueTypeFontForClosing(ttf);
        // No glyph substitution: text is NFC, so every Vietnamese letter is one precomposed
        // glyph and "ccmp" has nothing to do; without ligatures the printed widths are the
        // measured ones; and PDFBox's Latin substitution compiles regular expressions on
        // every showText, which made a register ten times slower.
        ttf.setEnableGsub(false);
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        return new Face(PDType0Font.load(document, ttf, true), cmap);
    }

    /** The font files, read from the class path on first use. */
    private static final class Files {
        static final byte[] REGULAR = read(REGULAR_FILE);
        static final byte[] BOLD = read(BOLD_FILE);

        private static byte[] read(String resource) {
            try (InputStream in = RegisterFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is not on the class path:"
                            + " the jar com.mpobjects.jasperreports.font:jasperreports-fonts-liberation is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
