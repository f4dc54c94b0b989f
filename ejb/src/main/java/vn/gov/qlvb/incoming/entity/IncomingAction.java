package vn.gov.qlvb.incoming.entity;

/** What happened to an incoming document; one history entry each. */
public enum IncomingAction {
    /** Arrived through the exchange. */
    RECEIVED,
    /** Registered with its arrival number. */
    REGISTERED,
    /** Description corrected by the clerk. */
    UPDATED,
    /** An original file attached. */
    FILE_ATTACHED,
    /** Opened by a person. */
    VIEWED,
    /** A file downloaded or shown. */
    DOWNLOADED,
    /** Presented to the leader or sent to units. */
    PRESENTED,
    /** The leader's direction (ý kiến chỉ đạo). */
    DIRECTED,
    /** Redistributed to staff. */
    ASSIGNED,
    /** Progress recorded. */
    PROGRESS,
    /** A file of a part's result attached by its assignee. */
    RESULT_ATTACHED,
    /** An extension of the deadline asked. */
    EXTENSION_REQUESTED,
    /** The asked extension granted by the assigner: the deadline moved. */
    EXTENSION_GRANTED,
    /** The asked extension refused by the assigner. */
    EXTENSION_REFUSED,
    /** Returned by a handler with a reason. */
    HANDLER_RETURNED,
    /** A reminder (nhắc nhở, phê bình, kiểm điểm). */
    REMINDED,
    /** One assignee finished their part. */
    ASSIGNMENT_COMPLETED,
    /** Completed as a whole by the lead or the leader. */
    COMPLETED,
    /** Returned to the sender with a reason. */
    RETURNED_TO_SENDER,
    /** Recalled by its issuer: frozen and out of the lists. */
    RECALLED,
    /** The sender updated what it sent (its data, its recipients) through the exchange. */
    UPDATED_BY_SENDER,
    /** Replaced by a newer document of the same issuer (the old copy), or replacing one (the new). */
    REPLACED
}
