package vn.gov.qlvb.reports.control;

import java.text.Normalizer;

/**
 * Text as a renderer may print it. Vietnamese arrives from forms, imports and other agencies in
 * both Unicode forms; the decomposed one (a vowel followed by combining marks) prints as loose
 * marks in a PDF without a shaping engine and compares unequal in a spreadsheet, so every cell
 * is composed (NFC) first. Line breaks are kept; other control characters, which neither a PDF
 * content stream nor spreadsheet XML may carry, become spaces or vanish.
 */
final class PrintableText {

    private PrintableText() {}

    /** The cell's text in NFC with {@code \n} as the only line break; empty for {@code null}. */
    static String of(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                clean.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n') {
                clean.append('\n');
            } else if (c == '\t' || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                continue;
            } else {
                clean.append(c);
            }
        }
        return clean.toString().strip();
    }
}
