package vn.gov.qlvb.organisations.entity;

/** Whether a directory entry (agency, unit, person, account) is in use. */
public enum ActiveStatus {
    /** In use: appears in lists and pickers, an account may sign in. */
    ACTIVE,
    /** Deactivated by an administrator: kept for history, hidden from pickers, cannot sign in. */
    INACTIVE
}
