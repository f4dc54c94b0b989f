package vn.gov.qlvb.documents.entity;

/** Độ khẩn. The edXML {@code Priority} codes are the ordinals; 4 ("hỏa tốc hẹn giờ") reads as FLASH. */
public enum Urgency {
    /** Thường. */
    NORMAL,
    /** Khẩn. */
    URGENT,
    /** Thượng khẩn. */
    VERY_URGENT,
    /** Hỏa tốc. */
    FLASH;

    /** Whether the document stands out and sorts first (Khẩn and above). */
    public boolean isUrgent() {
        return this != NORMAL;
    }

    public static Urgency ofEdxmlPriority(int code) {
        return code >= 3 ? FLASH : values()[Math.max(0, code)];
    }
}
