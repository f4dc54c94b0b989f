package vn.gov.qlvb.reports.entity;

import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A register or report as data, ready for a renderer: the agency at the top left, the centred
 * title and subtitles, the table's columns and rows, closing notes under the table, and the
 * print mark in every page's footer. The capabilities that keep the documents (incoming,
 * outgoing) only produce the rows; the layouts of the law come from the factories below.
 *
 * <p>Everything but the rows is immutable. The rows are read <em>once</em>, in order, by a
 * renderer, so they may be a lazy source over a database cursor ({@code stream::iterator});
 * each row holds one cell per column ({@code null} cells print empty).
 *
 * @param agencyName the agency keeping the register, printed in capitals; a line break
 *     separates a superior agency's name from the agency's own ("UBND TỈNH MẪU\nVĂN PHÒNG")
 * @param title the centred title, e.g. "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"
 * @param subtitles centred lines under the title, e.g. "Năm 2026" and the period
 * @param columns at least one
 * @param rows the table body, read once
 * @param notes lines printed under the table, e.g. totals; may be empty
 * @param printMark who printed it and when, printed on every page
 */
public record RegisterSheet(
        String agencyName,
        String title,
        List<String> subtitles,
        List<Column> columns,
        Iterable<? extends List<String>> rows,
        List<String> notes,
        PrintMark printMark) {

    public RegisterSheet {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(printMark, "printMark");
        subtitles = List.copyOf(subtitles);
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
        if (agencyName.isBlank() || title.isBlank()) {
            throw new IllegalArgumentException("A register needs its agency's name and a title");
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A register needs at least one column");
        }
    }

    /**
     * One of the law's layouts with rows given as cells in the layout's column order; the
     * subtitles are the period's year and its dates.
     */
    public static RegisterSheet of(
            RegisterLayout layout,
            String agencyName,
            ReportingPeriod period,
            Iterable<? extends List<String>> rows,
            PrintMark printMark) {
        return new RegisterSheet(
                agencyName,
                layout.title(),
                List.of(period.yearLine(), period.rangeLine()),
                layout.columns(),
                rows,
                List.of(),
                printMark);
    }

    /** Sổ đăng ký văn bản đến (Decree 30, Appendix IV.VI). */
    public static RegisterSheet incomingRegister(
            String agencyName,
            ReportingPeriod period,
            Iterable<? extends IncomingRegisterEntry> entries,
            PrintMark printMark) {
        return of(RegisterLayout.INCOMING_REGISTER, agencyName, period, cellsOf(entries), printMark);
    }

    /** Sổ đăng ký văn bản đi (Decree 30, Appendix IV.I). */
    public static RegisterSheet outgoingRegister(
            String agencyName,
            ReportingPeriod period,
            Iterable<? extends OutgoingRegisterEntry> entries,
            PrintMark printMark) {
        return of(RegisterLayout.OUTGOING_REGISTER, agencyName, period, cellsOf(entries), printMark);
    }

    /** Báo cáo tình hình giải quyết văn bản đến (Decree 30, Appendix VI, Part I, V.2). */
    public static RegisterSheet incomingHandlingReport(
            String agencyName,
            ReportingPeriod period,
            Iterable<? extends IncomingHandlingEntry> entries,
            PrintMark printMark) {
        return of(RegisterLayout.INCOMING_HANDLING_REPORT, agencyName, period, cellsOf(entries), printMark);
    }

    /** Báo cáo tình hình giải quyết văn bản đi (Decree 30, Appendix VI, Part I, V.4). */
    public static RegisterSheet outgoingHandlingReport(
            String agencyName,
            ReportingPeriod period,
            Iterable<? extends OutgoingHandlingEntry> entries,
            PrintMark printMark) {
        return of(RegisterLayout.OUTGOING_HANDLING_REPORT, agencyName, period, cellsOf(entries), printMark);
    }

    /** The same sheet with these lines under the table (totals, remarks). */
    public RegisterSheet withNotes(List<String> notes) {
        return new RegisterSheet(agencyName, title, subtitles, columns, rows, notes, printMark);
    }

    /** The agency's name as printed: upper case, one element per line. */
    public List<String> agencyLines() {
        return agencyName
                .strip()
                .toUpperCase(Locale.forLanguageTag("vi"))
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static Iterable<List<String>> cellsOf(Iterable<? extends RegisterEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        return () -> {
            Iterator<? extends RegisterEntry> source = entries.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return source.hasNext();
                }

                @Override
                public List<String> next() {
                    return source.next().cells();
                }
            };
        };
    }
}
