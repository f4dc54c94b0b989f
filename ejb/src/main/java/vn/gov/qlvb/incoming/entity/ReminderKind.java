package vn.gov.qlvb.incoming.entity;

/** Who or what sent a reminder. */
public enum ReminderKind {
    /** Sent by a leader or a unit head. */
    MANUAL,
    /** Sent by the system one working day before the deadline (once per assignment). */
    BEFORE_DEADLINE,
    /** Sent by the system after the deadline passed with the work not done (once per assignment). */
    AFTER_DEADLINE
}
