package vn.gov.qlvb.incoming.entity;

/** The part an assignee plays in handling an incoming document (the leader's direction). */
public enum AssignmentRole {
    /** Chủ trì: the one unit or person responsible for the result; exactly one per direction. */
    LEAD,
    /** Phối hợp: contributes to the lead's work by its own deadline. */
    COORDINATING,
    /** Để biết: informed only; nothing to do, no deadline. */
    INFORMED
}
