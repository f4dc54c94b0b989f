package vn.gov.qlvb.outgoing.entity;

/** Who reviews at one step of a review chain. */
public enum ReviewStepKind {
    /** The head of the drafting unit (trưởng phòng). */
    UNIT_HEAD,
    /** The head of the agency's office (chánh văn phòng), unit code {@code VP}. */
    OFFICE,
    /** The leader who will sign. */
    LEADER
}
