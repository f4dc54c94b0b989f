package vn.gov.qlvb.reports.entity;

import java.time.LocalDate;

/** How the typed entries turn their values into cell text: one format for every sheet. */
final class CellText {

    private CellText() {}

    /** "05/03/2026", or empty. */
    static String date(LocalDate date) {
        return date == null ? "" : ReportingPeriod.DAY.format(date);
    }

    /** The stripped text, or empty. */
    static String text(String text) {
        return text == null ? "" : text.strip();
    }

    /** The number, or empty. */
    static String number(Number number) {
        return number == null ? "" : number.toString();
    }

    /** The number when above zero, else empty (nothing is late by zero days). */
    static String positive(Integer number) {
        return number == null || number <= 0 ? "" : number.toString();
    }
}
