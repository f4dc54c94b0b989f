package vn.gov.qlvb.signing.entity;

/**
 * The signer's authority as Decree 30, Appendix I, II.7.b writes it in front of the title of the
 * head of the agency (or of the collective).
 */
public enum SignatureForm {
    /** The head of the agency signs in his or her own right: no abbreviation. */
    DIRECT(""),
    /** "KT." (ký thay): a deputy signs in place of the head, e.g. "KT. CHỦ TỊCH". */
    KT("KT."),
    /**
     * "TM." (thay mặt): the signer signs on behalf of a collective body or of the agency, e.g.
     * "TM. ỦY BAN NHÂN DÂN".
     */
    TM("TM."),
    /** "TUQ." (thừa ủy quyền): signed under a written authorisation of the head. */
    TUQ("TUQ."),
    /** "TL." (thừa lệnh): signed by order of the head, e.g. a chief of office. */
    TL("TL.");

    private final String abbreviation;

    SignatureForm(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    /** The abbreviation as printed ("KT.", "TM."…), empty for {@link #DIRECT}. */
    public String abbreviation() {
        return abbreviation;
    }
}
