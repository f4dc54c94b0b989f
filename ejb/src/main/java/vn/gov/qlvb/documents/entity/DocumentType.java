package vn.gov.qlvb.documents.entity;

/**
 * The 29 types of administrative document of Decree 30/2020 (Art. 7) with the abbreviations of
 * its Appendix III, used in the notation ({@code 15/QĐ-BNV}). Công văn and Thư công have no
 * abbreviation: their notation is {@code {number}/{AGENCY}-{UNIT}}.
 */
public enum DocumentType {
    NGHI_QUYET("NQ"),
    QUYET_DINH("QĐ"),
    CHI_THI("CT"),
    QUY_CHE("QC"),
    QUY_DINH("QyĐ"),
    THONG_CAO("TC"),
    THONG_BAO("TB"),
    HUONG_DAN("HD"),
    CHUONG_TRINH("CTr"),
    KE_HOACH("KH"),
    PHUONG_AN("PA"),
    DE_AN("ĐA"),
    DU_AN("DA"),
    BAO_CAO("BC"),
    BIEN_BAN("BB"),
    TO_TRINH("TTr"),
    HOP_DONG("HĐ"),
    CONG_VAN(null),
    CONG_DIEN("CĐ"),
    BAN_GHI_NHO("BGN"),
    BAN_THOA_THUAN("BTT"),
    GIAY_UY_QUYEN("GUQ"),
    GIAY_MOI("GM"),
    GIAY_GIOI_THIEU("GGT"),
    GIAY_NGHI_PHEP("GNP"),
    PHIEU_GUI("PG"),
    PHIEU_CHUYEN("PC"),
    PHIEU_BAO("PB"),
    THU_CONG(null);

    private final String abbreviation;

    DocumentType(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The abbreviation in the notation, or {@code null} for công văn and thư công. */
    public String abbreviation() {
        return abbreviation;
    }
}
