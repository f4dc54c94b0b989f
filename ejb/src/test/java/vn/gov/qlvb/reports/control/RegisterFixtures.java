package vn.gov.qlvb.reports.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import vn.gov.qlvb.reports.entity.IncomingRegisterEntry;
import vn.gov.qlvb.reports.entity.PrintMark;
import vn.gov.qlvb.reports.entity.RegisterSheet;
import vn.gov.qlvb.reports.entity.ReportingPeriod;

/** Registers made up in the tests: Vietnamese text with every kind of diacritic. */
final class RegisterFixtures {

    static final String AGENCY = "Ủy ban nhân dân tỉnh Mẫu";
    static final ReportingPeriod PERIOD = new ReportingPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
    static final PrintMark MARK = new PrintMark("Trần Thị Thư", Instant.parse("2026-04-02T07:05:00Z"));

    static final List<IncomingRegisterEntry> THREE = List.of(
            new IncomingRegisterEntry(
                    LocalDate.of(2026, 1, 5),
                    1,
                    "Bộ Nội vụ",
                    "15/QĐ-BNV",
                    LocalDate.of(2026, 1, 2),
                    "Quyết định về việc ban hành Quy chế công tác văn thư, lưu trữ của cơ quan",
                    "Văn phòng",
                    LocalDate.of(2026, 1, 5),
                    "Hoàng Văn Trưởng",
                    "Khẩn"),
            new IncomingRegisterEntry(
                    LocalDate.of(2026, 1, 6),
                    2,
                    "Sở Tài chính tỉnh Mẫu",
                    "05/STC-NS",
                    LocalDate.of(2026, 1, 4),
                    "Công văn V/v hướng dẫn quyết toán ngân sách năm 2025; đề nghị gửi báo cáo trước ngày 20/01",
                    "Phòng Tổng hợp",
                    LocalDate.of(2026, 1, 7),
                    "Đỗ Thị Hương",
                    ""),
            new IncomingRegisterEntry(
                    LocalDate.of(2026, 1, 8),
                    3,
                    "Ủy ban nhân dân huyện Bắc Mẫu",
                    "12/UBND-VX",
                    LocalDate.of(2026, 1, 7),
                    "Báo cáo tình hình phòng, chống lũ lụt ở xã Đắk Pờ Cơ, Ấp Ễnh Ương, Thượng Ỷ",
                    "Phó Chủ tịch Phạm Minh Phó",
                    null,
                    null,
                    "Mật: không gửi qua mạng"));

    private RegisterFixtures() {}

    static RegisterSheet threeRows() {
        return RegisterSheet.incomingRegister(AGENCY, PERIOD, THREE, MARK);
    }

    /** {@code count} made-up lines, generated as they are read (nothing held in memory). */
    static Iterable<IncomingRegisterEntry> generated(int count) {
        return () -> new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public IncomingRegisterEntry next() {
                int n = next++;
                LocalDate day = LocalDate.of(2026, 1, 1).plusDays(n % 360);
                return new IncomingRegisterEntry(
                        day,
                        n,
                        "Sở Giáo dục và Đào tạo " + (n % 7),
                        n + "/SGDĐT-VP",
                        day.minusDays(2),
                        "Công văn số " + n + " về việc triển khai nhiệm vụ trọng tâm, bảo đảm an toàn"
                                + " thông tin và chuyển đổi số năm học " + (2025 + n % 3),
                        "Phòng Tổng hợp",
                        day.plusDays(1),
                        "Nguyễn Văn Ấn",
                        n % 10 == 0 ? "Hỏa tốc" : "");
            }
        };
    }
}
