package vn.gov.qlvb.registers.entity;

/** What a register records. */
public enum RegisterKind {
    /** Sổ đăng ký văn bản đến: arrival numbers. */
    INCOMING,
    /** Sổ đăng ký văn bản đi: issue numbers. */
    OUTGOING
}
