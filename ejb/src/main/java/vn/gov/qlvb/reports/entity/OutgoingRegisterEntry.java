package vn.gov.qlvb.reports.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the outgoing register (Sổ đăng ký văn bản đi, Decree 30, Appendix IV.I), its ten
 * columns in the decree's order. Only the number and notation is required.
 *
 * @param numberAndNotation (1) Số, ký hiệu văn bản, e.g. "15/QĐ-UBND"
 * @param documentDate (2) Ngày tháng văn bản
 * @param typeAndSubject (3) Tên loại và trích yếu nội dung văn bản
 * @param signer (4) Người ký
 * @param recipients (5) Nơi nhận văn bản
 * @param fileCopyHolder (6) Đơn vị, người nhận bản lưu
 * @param copies (7) Số lượng bản
 * @param transferDate (8) Ngày chuyển
 * @param acknowledgement (9) Ký nhận
 * @param note (10) Ghi chú
 */
public record OutgoingRegisterEntry(
        String numberAndNotation,
        LocalDate documentDate,
        String typeAndSubject,
        String signer,
        String recipients,
        String fileCopyHolder,
        Integer copies,
        LocalDate transferDate,
        String acknowledgement,
        String note)
        implements RegisterEntry {

    public OutgoingRegisterEntry {
        if (numberAndNotation == null || numberAndNotation.isBlank()) {
            throw new IllegalArgumentException("An outgoing register line needs its number and notation");
        }
        if (copies != null && copies < 0) {
            throw new IllegalArgumentException("A negative number of copies: " + copies);
        }
    }

    @Override
    public List<String> cells() {
        return List.of(
                CellText.text(numberAndNotation),
                CellText.date(documentDate),
                CellText.text(typeAndSubject),
                CellText.text(signer),
                CellText.text(recipients),
                CellText.text(fileCopyHolder),
                CellText.number(copies),
                CellText.date(transferDate),
                CellText.text(acknowledgement),
                CellText.text(note));
    }
}
