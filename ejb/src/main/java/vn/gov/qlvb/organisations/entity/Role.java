package vn.gov.qlvb.organisations.entity;

/**
 * What an account may do inside its agency. The constant name is the role name the server's
 * security realm grants, and the one used in {@code @RolesAllowed}.
 */
public enum Role {
    /** Văn thư: receives, registers, numbers, applies the agency signature, dispatches. */
    CLERK,
    /** Lãnh đạo cơ quan: directs incoming documents, approves and signs outgoing ones. */
    LEADER,
    /** Lãnh đạo đơn vị: distributes to staff, reviews drafts. */
    UNIT_HEAD,
    /** Chuyên viên: handles documents, drafts replies, carries out tasks. */
    SPECIALIST,
    /** Thư ký lãnh đạo: enters a leader's paper decisions on the leader's behalf. */
    SECRETARY,
    /** Quản trị: agencies, units, accounts, roles, registers, certificates, settings. */
    ADMIN;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CLERK = "CLERK";
        public static final String LEADER = "LEADER";
        public static final String UNIT_HEAD = "UNIT_HEAD";
        public static final String SPECIALIST = "SPECIALIST";
        public static final String SECRETARY = "SECRETARY";
        public static final String ADMIN = "ADMIN";

        private Names() {}
    }
}
