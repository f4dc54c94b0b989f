package vn.gov.qlvb.outgoing.entity;

/**
 * The forms of signature of Decree 30, Appendix I, printed above the position in the signature
 * block.
 */
public enum SignatureForm {
    /** The head signs in their own name; nothing printed before the position. */
    DIRECT(null),
    /** Ký thay: a deputy signs for the head. */
    KT("KT."),
    /** Thay mặt: the head signs on behalf of a collective (Ủy ban nhân dân, a council). */
    TM("TM."),
    /** Thừa ủy quyền: signed under a written, time-limited authorisation of the head. */
    TUQ("TUQ."),
    /** Thừa lệnh: a unit head signs by order of the head. */
    TL("TL.");

    private final String prefix;

    SignatureForm(String prefix) {
        this.prefix = prefix;
    }

    /** The abbreviation printed before the authority ("KT."), or {@code null}. */
    public String prefix() {
        return prefix;
    }
}
