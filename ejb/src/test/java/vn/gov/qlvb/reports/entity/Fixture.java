package vn.gov.qlvb.reports.entity;

import java.time.Instant;
import java.time.LocalDate;

final class Fixture {

    static final LocalDate DAY = LocalDate.of(2026, 3, 5);
    static final PrintMark MARK = new PrintMark("Trần Thị Thư", Instant.parse("2026-03-05T17:30:00Z"));

    private Fixture() {}
}
