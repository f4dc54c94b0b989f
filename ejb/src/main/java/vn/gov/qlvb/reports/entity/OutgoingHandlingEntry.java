package vn.gov.qlvb.reports.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the report on the handling of outgoing documents (Báo cáo tình hình giải quyết
 * văn bản đi). Appendix VI names the report without giving columns; these follow the outgoing
 * register (Appendix IV.I) for the document and add what handling means for it: the drafting
 * unit, the deadline (for a reply or for issuing), the progress, the completion and the delay.
 *
 * @param numberAndNotation (1) Số, ký hiệu văn bản (empty while the draft has no number)
 * @param documentDate (2) Ngày tháng văn bản
 * @param typeAndSubject (3) Tên loại và trích yếu nội dung văn bản
 * @param draftingUnit (4) Đơn vị soạn thảo
 * @param signer (5) Người ký
 * @param recipients (6) Nơi nhận văn bản
 * @param deadline (7) Thời hạn giải quyết
 * @param progress (8) Tiến độ giải quyết, e.g. "Đang trình ký", "Đã phát hành", the
 *     recipients' processing status
 * @param completedOn (9) Ngày hoàn thành
 * @param daysLate (10) Số ngày quá hạn: see {@link Lateness#daysLate}; shown only above zero
 * @param note (11) Ghi chú
 */
public record OutgoingHandlingEntry(
        String numberAndNotation,
        LocalDate documentDate,
        String typeAndSubject,
        String draftingUnit,
        String signer,
        String recipients,
        LocalDate deadline,
        String progress,
        LocalDate completedOn,
        Integer daysLate,
        String note)
        implements RegisterEntry {

    @Override
    public List<String> cells() {
        return List.of(
                CellText.text(numberAndNotation),
                CellText.date(documentDate),
                CellText.text(typeAndSubject),
                CellText.text(draftingUnit),
                CellText.text(signer),
                CellText.text(recipients),
                CellText.date(deadline),
                CellText.text(progress),
                CellText.date(completedOn),
                CellText.positive(daysLate),
                CellText.text(note));
    }
}
