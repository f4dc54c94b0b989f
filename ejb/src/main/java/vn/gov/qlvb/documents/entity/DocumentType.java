package vn.gov.qlvb.documents.entity;

/**
 * The 29 types of administrative document of Decree 30/2020 (Art. 7) with the abbreviations of
 * its Appendix III, used in the notation ({@code 15/QĐ-BNV}). Công văn and Thư công have no
 * abbreviation: their notation is {@code {number}/{AGENCY}-{UNIT}}.
 */
public enum DocumentType {
    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_VAN("Công văn", null),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    THU_CONG("Thư công", null);

    private final String legalName;
    private final String abbreviation;

    DocumentType(String legalName, String abbreviation) {
        this.legalName = legalName;
        this.abbreviation = abbreviation;
    }

    /**
     * The type's name in the decree's words, for registers and documents that are printed in
     * Vietnamese whatever the reader's UI language.
     */
    public String legalName() {
        return legalName;
    }

    /** The abbreviation in the notation, or {@code null} for công văn and thư công. */
    public String abbreviation() {
        return abbreviation;
    }
}
