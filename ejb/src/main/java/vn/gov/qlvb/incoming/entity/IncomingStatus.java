package vn.gov.qlvb.incoming.entity;

/** Where an incoming document stands (Decree 30, Art. 20–24). */
public enum IncomingStatus {
    /** Received electronically through the exchange, not yet registered: no arrival number. */
    ARRIVED,
    /** Registered with its arrival number; waits to be presented. */
    REGISTERED,
    /** Presented to the agency leader (or sent to units by a routing rule); waits for direction. */
    PRESENTED,
    /** The leader gave a direction: lead, coordinating and informed units with deadlines. */
    DIRECTED,
    /** Units and staff are handling it. */
    IN_PROGRESS,
    /** The lead marked the whole document done. */
    COMPLETED,
    /** Refused and returned to the sender with a reason (invalid or mis-addressed). */
    RETURNED,
    /**
     * Recalled by its issuer (thu hồi): frozen with its metadata and the reason, out of every
     * list; no step is taken on it any more.
     */
    RECALLED
}
