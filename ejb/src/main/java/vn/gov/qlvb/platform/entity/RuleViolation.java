package vn.gov.qlvb.platform.entity;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused an operation. Carries a machine code for APIs, the offending field
 * (or {@code null}) and a message key that the UI and the REST API resolve in their resource
 * bundles. Thrown before anything is written, and rolls the transaction back in any case.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of refusal it is; APIs map it to an HTTP status. */
    public enum Kind {
        /** The input is malformed or incomplete (HTTP 400). */
        INVALID,
        /** The input clashes with what is stored, e.g. a duplicate identifier (HTTP 409). */
        CONFLICT,
        /** The thing does not exist or is not visible to the caller (HTTP 404). */
        NOT_FOUND,
        /** The caller may not do this (HTTP 403). */
        FORBIDDEN
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final Object[] arguments;

    public RuleViolation(Kind kind, String code, String field, Object... arguments) {
        super(code + (field == null ? "" : " [" + field + "]"));
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public static RuleViolation invalid(String code, String field, Object... arguments) {
        return new RuleViolation(Kind.INVALID, code, field, arguments);
    }

    public static RuleViolation conflict(String code, String field, Object... arguments) {
        return new RuleViolation(Kind.CONFLICT, code, field, arguments);
    }

    public static RuleViolation notFound(String code) {
        return new RuleViolation(Kind.NOT_FOUND, code, null);
    }

    public static RuleViolation forbidden(String code) {
        return new RuleViolation(Kind.FORBIDDEN, code, null);
    }

    public Kind kind() {
        return kind;
    }

    /** Stable machine code, also the message key in the resource bundles. */
    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
