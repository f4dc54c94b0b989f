package vn.gov.qlvb.exchange.entity;

/** {@code StaffInfo}: the clerk who sent a package or a status. */
public record StaffInfo(String department, String staff, String email, String mobile) {}
