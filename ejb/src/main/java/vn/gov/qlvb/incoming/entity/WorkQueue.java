package vn.gov.qlvb.incoming.entity;

/**
 * The work list an assignment is on, derived from its role and status and stored beside them so
 * that each list and its count read one index: (assignee, queue, urgency, deadline).
 */
public enum WorkQueue {
    /** Chờ xử lý: assigned for work (lead or coordinating), not started. */
    TO_PROCESS,
    /** Đang xử lý: progress recorded or redistributed, not finished. */
    IN_PROGRESS,
    /** Đã xử lý: completed, given back or closed. */
    DONE,
    /** Để biết: given for information only, whatever its status. */
    FOR_INFORMATION;

    /** The queue of an assignment with this role and status. */
    public static WorkQueue of(AssignmentRole role, AssignmentStatus status) {
        if (role == AssignmentRole.INFORMED) {
            return FOR_INFORMATION;
        }
        return switch (status) {
            case ASSIGNED -> TO_PROCESS;
            case IN_PROGRESS -> IN_PROGRESS;
            case COMPLETED, RETURNED, CLOSED -> DONE;
        };
    }

    /** Whether work is still expected on the parts of this queue (they can be overdue). */
    public boolean isOpen() {
        return this == TO_PROCESS || this == IN_PROGRESS;
    }
}
