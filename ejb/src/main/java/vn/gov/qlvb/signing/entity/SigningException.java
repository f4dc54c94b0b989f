package vn.gov.qlvb.signing.entity;

import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A refused signing operation, with its {@link SigningRefusal}. A {@link RuleViolation} (code
 * {@code signing.<REFUSAL>}), so the UI and the REST API map it like every other refusal; like
 * them it rolls the transaction back: a refusal changes nothing.
 */
public class SigningException extends RuleViolation {

    private static final long serialVersionUID = 1L;

    private final SigningRefusal refusal;

    public SigningException(SigningRefusal refusal, Object... arguments) {
        super(kindOf(refusal), "signing." + refusal.name(), null, arguments);
        this.refusal = refusal;
    }

    public SigningRefusal refusal() {
        return refusal;
    }

    private static Kind kindOf(SigningRefusal refusal) {
        return switch (refusal) {
            case NO_KEY -> Kind.NOT_FOUND;
            case CERTIFICATE_NOT_OF_SIGNER -> Kind.FORBIDDEN;
            case WRONG_PIN, PDF_UNREADABLE, INVALID_MATERIAL -> Kind.INVALID;
            default -> Kind.CONFLICT;
        };
    }
}
