package vn.gov.qlvb.exchange.entity;

/** Where a received package stands for systems that pull it (getReceivedEdocList → getEdoc → updateStatus). */
public enum PullStatus {
    /** Received; listed by getReceivedEdocList until acknowledged. */
    PENDING,
    /** Acknowledged with updateStatus {@code done}. */
    DONE,
    /** Acknowledged with updateStatus {@code fail}: the puller could not take it; listed again. */
    FAILED
}
