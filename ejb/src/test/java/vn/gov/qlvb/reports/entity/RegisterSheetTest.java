package vn.gov.qlvb.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegisterSheetTest {

    @Test
    void theFactoriesTakeTitleColumnsAndPeriodFromTheLayout() {
        RegisterSheet sheet =
                RegisterSheet.outgoingRegister("UBND tỉnh Mẫu", ReportingPeriod.year(2026), List.of(), Fixture.MARK);

        assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐI", sheet.title());
        assertEquals(RegisterLayout.OUTGOING_REGISTER.columns(), sheet.columns());
        assertEquals(List.of("Năm 2026", "Từ ngày 01/01/2026 đến ngày 31/12/2026"), sheet.subtitles());
        assertEquals(List.of(), sheet.notes());
    }

    @Test
    void entriesBecomeCellsInTheDecreesOrderAsTheyAreRead() {
        List<String> read = new ArrayList<>();
        Stream<IncomingRegisterEntry> entries = Stream.of(new IncomingRegisterEntry(
                        LocalDate.of(2026, 3, 5),
                        42,
                        " Bộ Nội vụ ",
                        "15/QĐ-BNV",
                        LocalDate.of(2026, 3, 2),
                        "Quyết định ban hành quy chế",
                        "Văn phòng",
                        null,
                        null,
                        null))
                .peek(entry -> read.add("read"));

        RegisterSheet sheet = RegisterSheet.incomingRegister(
                "UBND tỉnh Mẫu", ReportingPeriod.year(2026), entries::iterator, Fixture.MARK);
        assertEquals(List.of(), read, "nothing is read before rendering");

        List<List<String>> rows = new ArrayList<>();
        sheet.rows().forEach(rows::add);
        assertEquals(
                List.of(List.of(
                        "05/03/2026",
                        "42",
                        "Bộ Nội vụ",
                        "15/QĐ-BNV",
                        "02/03/2026",
                        "Quyết định ban hành quy chế",
                        "Văn phòng",
                        "",
                        "",
                        "")),
                rows);
    }

    @Test
    void theAgencyPrintsInCapitalsOneLinePerLevel() {
        RegisterSheet sheet = RegisterSheet.incomingRegister(
                "Ủy ban nhân dân tỉnh Mẫu\n  Văn phòng \n", ReportingPeriod.year(2026), List.of(), Fixture.MARK);
        assertEquals(List.of("ỦY BAN NHÂN DÂN TỈNH MẪU", "VĂN PHÒNG"), sheet.agencyLines());
    }

    @Test
    void aSheetNeedsAgencyTitleAndColumns() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegisterSheet(
                        " ", "T", List.of(), List.of(Column.text("A", 1)), List.of(), List.of(), Fixture.MARK));
        assertThrows(
                IllegalArgumentException.class,
                () -> new RegisterSheet("A", "T", List.of(), List.of(), List.of(), List.of(), Fixture.MARK));
        assertThrows(IllegalArgumentException.class, () -> Column.text("Số đến", 0));
        assertThrows(IllegalArgumentException.class, () -> Column.centred(" ", 1));
    }

    @Test
    void periodsPrintTheirYearAndDates() {
        ReportingPeriod quarter = new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        assertEquals("Năm 2026", quarter.yearLine());
        assertEquals("Từ ngày 01/01/2026 đến ngày 31/03/2026", quarter.rangeLine());
        assertEquals(
                "Năm 2025 - 2026",
                new ReportingPeriod(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31)).yearLine());
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReportingPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));
    }

    @Test
    void thePrintMarkIsInVietnamTime() {
        assertEquals(
                "In từ hệ thống QLVB lúc 00:30 ngày 06/03/2026 bởi Trần Thị Thư",
                new PrintMark(" Trần Thị Thư ", Instant.parse("2026-03-05T17:30:00Z")).text());
        assertThrows(IllegalArgumentException.class, () -> new PrintMark("  ", Instant.now()));
    }

    @Test
    void lateByCountsCalendarDaysPastTheDeadline() {
        LocalDate deadline = LocalDate.of(2026, 3, 10);
        assertEquals(0, Lateness.daysLate(null, null, deadline.plusDays(9)));
        assertEquals(0, Lateness.daysLate(deadline, deadline, deadline.plusDays(9)));
        assertEquals(3, Lateness.daysLate(deadline, deadline.plusDays(3), deadline.plusDays(9)));
        assertEquals(9, Lateness.daysLate(deadline, null, deadline.plusDays(9)), "open work counts to today");
        assertEquals(0, Lateness.daysLate(deadline, null, deadline.minusDays(1)));
    }

    @Test
    void handlingReportLinesDescribeTheDocumentAndShowOnlyRealDelays() {
        assertEquals(
                "Công văn số 12/UBND-VX ngày 05/03/2026 của UBND huyện Bắc Mẫu",
                IncomingHandlingEntry.describe("Công văn", "12/UBND-VX", Fixture.DAY, "UBND huyện Bắc Mẫu"));
        assertEquals(
                "Tờ trình của Sở Tài chính", IncomingHandlingEntry.describe("Tờ trình", " ", null, "Sở Tài chính"));

        IncomingHandlingEntry onTime =
                new IncomingHandlingEntry(5, "x", "y", Fixture.DAY, "Đã giải quyết", Fixture.DAY, 0, null, null);
        IncomingHandlingEntry late =
                new IncomingHandlingEntry(6, "x", "y", Fixture.DAY, "Đang giải quyết", null, 4, null, null);
        assertEquals("", onTime.cells().get(6));
        assertEquals("4", late.cells().get(6));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IncomingHandlingEntry(0, null, null, null, null, null, null, null, null));
    }

    @Test
    void registerLinesNeedTheirKeys() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IncomingRegisterEntry(null, 1, null, null, null, null, null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new IncomingRegisterEntry(Fixture.DAY, 0, null, null, null, null, null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new OutgoingRegisterEntry(" ", null, null, null, null, null, null, null, null, null));
    }
}
