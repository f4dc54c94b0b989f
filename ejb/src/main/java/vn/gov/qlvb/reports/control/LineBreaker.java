package vn.gov.qlvb.reports.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a cell's text into lines no wider than a column: at spaces, at the text's own line
 * breaks, and inside a word only when the word alone is wider than the column. Widths are
 * additive (advance widths without kerning, as PDFBox measures them).
 */
final class LineBreaker {

    /** The printed width of a piece of text. */
    @FunctionalInterface
    interface Measure {
        float width(String text);
    }

    private final Measure measure;
    private final float spaceWidth;

    LineBreaker(Measure measure) {
        this.measure = measure;
        this.spaceWidth = measure.width(" ");
    }

    /** At least one line (an empty one for empty text). */
    List<String> lines(String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = measure.width(word);
                if (line.length() > 0 && lineWidth + spaceWidth + wordWidth <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += spaceWidth + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (wordWidth <= maxWidth) {
                    line.append(word);
                    lineWidth = wordWidth;
                } else {
                    lineWidth = breakWord(word, maxWidth, lines, line);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Cuts an over-long word between code points; the last piece stays in {@code line}. */
    private float breakWord(String word, float maxWidth, List<String> lines, StringBuilder line) {
        float width = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            String piece = new String(Character.toChars(cp));
            float w = measure.width(piece);
            if (line.length() > 0 && width + w > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(piece);
            width += w;
            i += Character.charCount(cp);
        }
        return width;
    }
}
