package vn.gov.qlvb.reports.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the incoming register (Sổ đăng ký văn bản đến, Decree 30, Appendix IV.VI), its
 * ten columns in the decree's order. Only the arrival date and number are required.
 *
 * @param arrivalDate (1) Ngày đến
 * @param arrivalNumber (2) Số đến
 * @param author (3) Tác giả: the issuing agency, organisation or person
 * @param numberAndNotation (4) Số, ký hiệu văn bản, e.g. "12/UBND-VX"
 * @param documentDate (5) Ngày tháng văn bản
 * @param typeAndSubject (6) Tên loại và trích yếu nội dung văn bản
 * @param recipient (7) Đơn vị hoặc người nhận
 * @param transferDate (8) Ngày chuyển
 * @param acknowledgement (9) Ký nhận: who acknowledged receipt (on paper, a signature)
 * @param note (10) Ghi chú
 */
public record IncomingRegisterEntry(
        LocalDate arrivalDate,
        long arrivalNumber,
        String author,
        String numberAndNotation,
        LocalDate documentDate,
        String typeAndSubject,
        String recipient,
        LocalDate transferDate,
        String acknowledgement,
        String note)
        implements RegisterEntry {

    public IncomingRegisterEntry {
        if (arrivalDate == null) {
            throw new IllegalArgumentException("An incoming register line needs its arrival date");
        }
        if (arrivalNumber < 1) {
            throw new IllegalArgumentException("Arrival numbers start at 1, not " + arrivalNumber);
        }
    }

    @Override
    public List<String> cells() {
        return List.of(
                CellText.date(arrivalDate),
                Long.toString(arrivalNumber),
                CellText.text(author),
                CellText.text(numberAndNotation),
                CellText.date(documentDate),
                CellText.text(typeAndSubject),
                CellText.text(recipient),
                CellText.date(transferDate),
                CellText.text(acknowledgement),
                CellText.text(note));
    }
}
