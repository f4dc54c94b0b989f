package vn.gov.qlvb.reports.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One line of the report on the handling of incoming documents (Báo cáo tình hình giải quyết
 * văn bản đến). Columns (1)-(5), (8) and (9) are those of the decree's follow-up register (Sổ
 * theo dõi giải quyết văn bản đến, Appendix IV.VIII); (6) and (7) are added for the report,
 * which Appendix VI names without giving columns.
 *
 * @param arrivalNumber (1) Số đến
 * @param document (2) Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn
 *     bản: see {@link #describe}
 * @param recipient (3) Đơn vị hoặc người nhận: the lead unit or person (chủ trì)
 * @param deadline (4) Thời hạn giải quyết
 * @param progress (5) Tiến độ giải quyết, e.g. "Đang giải quyết", "Đã giải quyết"
 * @param completedOn (6) Ngày hoàn thành
 * @param daysLate (7) Số ngày quá hạn: see {@link Lateness#daysLate}; shown only above zero
 * @param reply (8) Số, ký hiệu văn bản trả lời
 * @param note (9) Ghi chú
 */
public record IncomingHandlingEntry(
        long arrivalNumber,
        String document,
        String recipient,
        LocalDate deadline,
        String progress,
        LocalDate completedOn,
        Integer daysLate,
        String reply,
        String note)
        implements RegisterEntry {

    public IncomingHandlingEntry {
        if (arrivalNumber < 1) {
            throw new IllegalArgumentException("Arrival numbers start at 1, not " + arrivalNumber);
        }
    }

    /**
     * Column (2) from its parts, any of which may be missing: "Công văn số 12/UBND-VX ngày
     * 05/03/2026 của UBND huyện Bắc Mẫu".
     */
    public static String describe(String typeName, String numberAndNotation, LocalDate date, String issuer) {
        return Stream.of(
                        CellText.text(typeName),
                        numberAndNotation == null || numberAndNotation.isBlank()
                                ? ""
                                : "số " + numberAndNotation.strip(),
                        date == null ? "" : "ngày " + CellText.date(date),
                        issuer == null || issuer.isBlank() ? "" : "của " + issuer.strip())
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    @Override
    public List<String> cells() {
        return List.of(
                Long.toString(arrivalNumber),
                CellText.text(document),
                CellText.text(recipient),
                CellText.date(deadline),
                CellText.text(progress),
                CellText.date(completedOn),
                CellText.positive(daysLate),
                CellText.text(reply),
                CellText.text(note));
    }
}
