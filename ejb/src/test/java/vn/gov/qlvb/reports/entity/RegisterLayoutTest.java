package vn.gov.qlvb.reports.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The registers' columns are the decree's (Appendix IV), word for word and in its order. */
class RegisterLayoutTest {

    @Test
    void incomingRegisterHasTheTenItemsOfAppendixFourSectionSix() {
        assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", RegisterLayout.INCOMING_REGISTER.title());
        assertEquals(
                List.of(
                        "Ngày đến",
                        "Số đến",
                        "Tác giả",
                        "Số, ký hiệu văn bản",
                        "Ngày tháng văn bản",
                        "Tên loại và trích yếu nội dung văn bản",
                        "Đơn vị hoặc người nhận",
                        "Ngày chuyển",
                        "Ký nhận",
                        "Ghi chú"),
                headings(RegisterLayout.INCOMING_REGISTER));
    }

    @Test
    void outgoingRegisterHasTheTenItemsOfAppendixFourSectionOne() {
        assertEquals("SỔ ĐĂNG KÝ VĂN BẢN ĐI", RegisterLayout.OUTGOING_REGISTER.title());
        assertEquals(
                List.of(
                        "Số, ký hiệu văn bản",
                        "Ngày tháng văn bản",
                        "Tên loại và trích yếu nội dung văn bản",
                        "Người ký",
                        "Nơi nhận văn bản",
                        "Đơn vị, người nhận bản lưu",
                        "Số lượng bản",
                        "Ngày chuyển",
                        "Ký nhận",
                        "Ghi chú"),
                headings(RegisterLayout.OUTGOING_REGISTER));
    }

    @Test
    void incomingReportKeepsTheFollowUpRegistersColumnsInOrder() {
        List<String> followUp = List.of(
                "Số đến",
                "Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản",
                "Đơn vị hoặc người nhận",
                "Thời hạn giải quyết",
                "Tiến độ giải quyết",
                "Số, ký hiệu văn bản trả lời",
                "Ghi chú");
        List<String> report = headings(RegisterLayout.INCOMING_HANDLING_REPORT);
        assertEquals(followUp, report.stream().filter(followUp::contains).toList());
        assertEquals(
                List.of("Ngày hoàn thành", "Số ngày quá hạn"),
                report.stream().filter(h -> !followUp.contains(h)).toList());
    }

    @Test
    void everyEntryHasACellPerColumnOfItsLayout() {
        assertEquals(
                RegisterLayout.INCOMING_REGISTER.columns().size(),
                new IncomingRegisterEntry(Fixture.DAY, 1, null, null, null, null, null, null, null, null)
                        .cells()
                        .size());
        assertEquals(
                RegisterLayout.OUTGOING_REGISTER.columns().size(),
                new OutgoingRegisterEntry("1/QĐ-UBND", null, null, null, null, null, null, null, null, null)
                        .cells()
                        .size());
        assertEquals(
                RegisterLayout.INCOMING_HANDLING_REPORT.columns().size(),
                new IncomingHandlingEntry(1, null, null, null, null, null, null, null, null)
                        .cells()
                        .size());
        assertEquals(
                RegisterLayout.OUTGOING_HANDLING_REPORT.columns().size(),
                new OutgoingHandlingEntry(null, null, null, null, null, null, null, null, null, null, null)
                        .cells()
                        .size());
    }

    @Test
    void weightsAddUpToAHundred() {
        for (RegisterLayout layout : RegisterLayout.values()) {
            assertEquals(
                    100, layout.columns().stream().mapToDouble(Column::width).sum(), 0.001, layout.name());
        }
    }

    private static List<String> headings(RegisterLayout layout) {
        return layout.columns().stream().map(Column::heading).toList();
    }
}
