package vn.gov.qlvb.platform.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Asserts that a business rule refused an operation with the expected code and field. */
public final class RuleViolationAssertions {

    private RuleViolationAssertions() {}

    /** Runs {@code action}, expects an {@link RuleViolation.Kind#INVALID} refusal and returns it. */
    public static RuleViolation assertRefused(String code, String field, Executable action) {
        RuleViolation violation = assertThrows(RuleViolation.class, action);
        assertAll(
                () -> assertEquals(code, violation.code(), "code"),
                () -> assertEquals(field, violation.field(), "field"),
                () -> assertEquals(RuleViolation.Kind.INVALID, violation.kind(), "kind"));
        return violation;
    }
}
