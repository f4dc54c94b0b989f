package vn.gov.qlvb.outgoing.entity;

import java.util.Locale;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * What the signature block of a document says (Decree 30, Appendix I, item 7): the form of
 * signature, the authority line above the position, the position and the signer's name.
 *
 * @param form the form of signature
 * @param authority the line(s) printed above the position, e.g. {@code TM. ỦY BAN NHÂN DÂN} or
 *     {@code KT. GIÁM ĐỐC}; empty for a direct signature
 * @param position the signer's position, printed in upper case ({@code PHÓ CHỦ TỊCH})
 * @param signerName the signer's full name
 */
public record SignatureAuthority(SignatureForm form, String authority, String position, String signerName) {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** How the signer stands towards the agency's head, from their role and delegations. */
    public enum Standing {
        /** The agency's head (Chủ tịch, Giám đốc). */
        HEAD,
        /** A deputy of the head (Phó Chủ tịch, Phó Giám đốc). */
        DEPUTY,
        /** Holds a written, time-limited authorisation (ủy quyền) of the head in force today. */
        DELEGATE,
        /** A unit head signing by order of the head (Chánh Văn phòng, Trưởng phòng). */
        UNIT_HEAD
    }

    /**
     * The block of a signer.
     *
     * <ol>
     *   <li>under a collective regime (an Ủy ban nhân dân) the head signs {@code TM.} the
     *       collective, and a deputy adds {@code KT.} the head under that line;
     *   <li>otherwise the head signs directly and a deputy signs {@code KT.} the head;
     *   <li>a delegate signs {@code TUQ.} the head; a unit head signs {@code TL.} the head.
     * </ol>
     *
     * @param collectiveName the collective's name when the agency works under a collective regime
     *     ({@code Ủy ban nhân dân}), else {@code null}
     * @param headPosition the head's position ({@code Chủ tịch}, {@code Giám đốc})
     */
    public static SignatureAuthority of(
            Standing standing, String position, String signerName, String collectiveName, String headPosition) {
        if (standing == null) {
            throw RuleViolation.conflict("outgoing.signer.notCompetent", "signerId");
        }
        String head = upper(headPosition == null || headPosition.isBlank() ? "Thủ trưởng cơ quan" : headPosition);
        String collective = collectiveName == null || collectiveName.isBlank() ? null : upper(collectiveName);
        String pos = upper(position == null || position.isBlank() ? headPosition : position);
        return switch (standing) {
            case HEAD -> collective == null
                    ? new SignatureAuthority(SignatureForm.DIRECT, "", pos, signerName)
                    : new SignatureAuthority(SignatureForm.TM, "TM. " + collective, pos, signerName);
            case DEPUTY -> new SignatureAuthority(
                    SignatureForm.KT,
                    (collective == null ? "" : "TM. " + collective + "\n") + "KT. " + head,
                    pos,
                    signerName);
            case DELEGATE -> new SignatureAuthority(SignatureForm.TUQ, "TUQ. " + head, pos, signerName);
            case UNIT_HEAD -> new SignatureAuthority(SignatureForm.TL, "TL. " + head, pos, signerName);
        };
    }

    private static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(VI);
    }
}
