package vn.gov.qlvb.reports.entity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The dates a register or report covers, both included. Registers are kept per calendar year
 * (numbers restart on 1 January), so a period usually lies within one year, but a report may
 * span two.
 */
public record ReportingPeriod(LocalDate from, LocalDate to) {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** The whole calendar year. */
    public static ReportingPeriod year(int year) {
        return new ReportingPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** "Năm 2026", or "Năm 2025 - 2026" for a period across the new year. */
    public String yearLine() {
        return from.getYear() == to.getYear()
                ? "Năm " + from.getYear()
                : "Năm " + from.getYear() + " - " + to.getYear();
    }

    /** "Từ ngày 01/01/2026 đến ngày 31/03/2026". */
    public String rangeLine() {
        return "Từ ngày " + DAY.format(from) + " đến ngày " + DAY.format(to);
    }
}
