package vn.gov.qlvb.reports.entity;

import java.util.Objects;

/**
 * One column of a register or report: its heading as the decree prints it, its width relative
 * to the other columns of the sheet, and how its cells align.
 *
 * @param heading the heading, e.g. "Số đến"; not blank
 * @param width a positive weight; a renderer shares the printable width in these proportions
 * @param alignment how the body cells of the column align (headings are always centred)
 */
public record Column(String heading, double width, Alignment alignment) {

    /** How the body cells of a column align. */
    public enum Alignment {
        /** Text from the left edge: names, subjects, notes. */
        START,
        /** Centred: dates, numbers, short codes. */
        CENTRE
    }

    public Column {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(alignment, "alignment");
        if (heading.isBlank()) {
            throw new IllegalArgumentException("A column needs a heading");
        }
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("Column '" + heading + "' needs a positive width, not " + width);
        }
    }

    /** A column of running text, aligned at the start. */
    public static Column text(String heading, double width) {
        return new Column(heading, width, Alignment.START);
    }

    /** A column of dates, numbers or codes, centred. */
    public static Column centred(String heading, double width) {
        return new Column(heading, width, Alignment.CENTRE);
    }
}
