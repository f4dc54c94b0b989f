package vn.gov.qlvb.reports.entity;

import static vn.gov.qlvb.reports.entity.Column.centred;
import static vn.gov.qlvb.reports.entity.Column.text;

import java.util.List;

/**
 * The four outputs that Decree 30 requires of the system (Appendix VI, Part I, V), with the
 * title and columns each is printed with. The registers use the decree's own column headings
 * (Appendix IV.I and IV.VI, the minimum ten items each); the appendices give no columns for the
 * reports, so theirs are chosen as documented on {@link IncomingHandlingEntry} and
 * {@link OutgoingHandlingEntry}. Widths are weights that add up to 100.
 */
public enum RegisterLayout {

    /** Sổ đăng ký văn bản đến (Appendix IV.VI); lines are {@link IncomingRegisterEntry}. */
    INCOMING_REGISTER(
            "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN",
            List.of(
                    centred("Ngày đến", 7),
                    centred("Số đến", 6),
                    text("Tác giả", 13),
                    centred("Số, ký hiệu văn bản", 11),
                    centred("Ngày tháng văn bản", 8),
                    text("Tên loại và trích yếu nội dung văn bản", 25),
                    text("Đơn vị hoặc người nhận", 11),
                    centred("Ngày chuyển", 7),
                    text("Ký nhận", 6),
                    text("Ghi chú", 6))),

    /** Sổ đăng ký văn bản đi (Appendix IV.I); lines are {@link OutgoingRegisterEntry}. */
    OUTGOING_REGISTER(
            "SỔ ĐĂNG KÝ VĂN BẢN ĐI",
            List.of(
                    centred("Số, ký hiệu văn bản", 10),
                    centred("Ngày tháng văn bản", 8),
                    text("Tên loại và trích yếu nội dung văn bản", 24),
                    text("Người ký", 11),
                    text("Nơi nhận văn bản", 14),
                    text("Đơn vị, người nhận bản lưu", 10),
                    centred("Số lượng bản", 5),
                    centred("Ngày chuyển", 7),
                    text("Ký nhận", 6),
                    text("Ghi chú", 5))),

    /**
     * Báo cáo tình hình giải quyết văn bản đến; the columns of the follow-up register
     * (Appendix IV.VIII) with the completion date and the delay added; lines are
     * {@link IncomingHandlingEntry}.
     */
    INCOMING_HANDLING_REPORT(
            "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN",
            List.of(
                    centred("Số đến", 6),
                    text("Tên loại, số, ký hiệu, ngày, tháng và tên cơ quan, tổ chức ban hành văn bản", 28),
                    text("Đơn vị hoặc người nhận", 13),
                    centred("Thời hạn giải quyết", 8),
                    text("Tiến độ giải quyết", 12),
                    centred("Ngày hoàn thành", 8),
                    centred("Số ngày quá hạn", 6),
                    centred("Số, ký hiệu văn bản trả lời", 11),
                    text("Ghi chú", 8))),

    /** Báo cáo tình hình giải quyết văn bản đi; lines are {@link OutgoingHandlingEntry}. */
    OUTGOING_HANDLING_REPORT(
            "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐI",
            List.of(
                    centred("Số, ký hiệu văn bản", 9),
                    centred("Ngày tháng văn bản", 7),
                    text("Tên loại và trích yếu nội dung văn bản", 21),
                    text("Đơn vị soạn thảo", 10),
                    text("Người ký", 9),
                    text("Nơi nhận văn bản", 11),
                    centred("Thời hạn giải quyết", 7),
                    text("Tiến độ giải quyết", 10),
                    centred("Ngày hoàn thành", 7),
                    centred("Số ngày quá hạn", 5),
                    text("Ghi chú", 4)));

    private final String title;
    private final List<Column> columns;

    RegisterLayout(String title, List<Column> columns) {
        this.title = title;
        this.columns = columns;
    }

    /** The title as printed, in capitals: "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN". */
    public String title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }
}
