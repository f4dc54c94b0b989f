package vn.gov.qlvb.exchange.entity;

import jakarta.ejb.ApplicationException;

/**
 * A refused package or partner call with its {@link PackageRefusal} and a message in English
 * for the partner's operators. Rolls the transaction back: a refusal stores nothing.
 */
@ApplicationException(rollback = true)
public class PackageRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final PackageRefusal refusal;

    public PackageRefusedException(PackageRefusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public PackageRefusedException(PackageRefusal refusal, String message, Throwable cause) {
        super(message, cause);
        this.refusal = refusal;
    }

    public PackageRefusal refusal() {
        return refusal;
    }
}
