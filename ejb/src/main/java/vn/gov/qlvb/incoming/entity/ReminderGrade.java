package vn.gov.qlvb.incoming.entity;

/** The escalating grades of a reminder (đôn đốc), counted in the statistics. */
public enum ReminderGrade {
    /** Nhắc nhở: a reminder; automatic reminders are of this grade. */
    NOTICE,
    /** Phê bình: a criticism. */
    CRITICISM,
    /** Kiểm điểm: a demand for a self-criticism review. */
    REVIEW
}
