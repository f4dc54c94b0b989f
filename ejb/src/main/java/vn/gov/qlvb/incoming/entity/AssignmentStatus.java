package vn.gov.qlvb.incoming.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an assignment stands. {@code ASSIGNED} and {@code IN_PROGRESS} are open (they are in
 * someone's work list); the other three are final.
 *
 * <pre>
 * ASSIGNED ──progress / redistribute──▶ IN_PROGRESS ──complete──▶ COMPLETED
 *     │                                     │
 *     └──────────── give back ──────────────┴──▶ RETURNED
 * any open one ── the document is completed by its lead ──▶ CLOSED
 * </pre>
 *
 * An extension request does not change the status: it is pending beside it until the assigner
 * grants or refuses it.
 */
public enum AssignmentStatus {
    /** Given by a direction or by a unit head; the assignee has not started: "to process". */
    ASSIGNED,
    /** The assignee recorded progress or, as a unit head, redistributed it to staff. */
    IN_PROGRESS,
    /** The assignee finished their part. */
    COMPLETED,
    /** The assignee gave it back to the assigner with a reason. */
    RETURNED,
    /** Left open when the whole document was completed; nothing more is expected. */
    CLOSED;

    /** The statuses of work still expected. */
    public static final Set<AssignmentStatus> OPEN = EnumSet.of(ASSIGNED, IN_PROGRESS);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
