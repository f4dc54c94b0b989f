package vn.gov.qlvb.signing.entity;

import java.io.Serializable;

/**
 * What the signer's visible signature shows (Decree 30, Appendix I, II.7): the authority line
 * (the form's abbreviation and the authority, e.g. "KT. CHỦ TỊCH"), the signer's own position
 * when it differs ("PHÓ CHỦ TỊCH"), the signature image, and the signer's name.
 *
 * @param form how the signer signs (KT., TM., TUQ., TL. or directly)
 * @param authority the head's title or the collective's name, e.g. "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"
 * @param position the signer's own position, e.g. "PHÓ CHỦ TỊCH"; may equal the authority for
 *     {@link SignatureForm#DIRECT} and then is printed once
 * @param signerName the signer's full name as printed under the image
 */
public record SignatureBlock(SignatureForm form, String authority, String position, String signerName)
        implements Serializable {

    public SignatureBlock {
        if (form == null) {
            throw new IllegalArgumentException("signature form missing");
        }
        if (signerName == null || signerName.isBlank()) {
            throw new IllegalArgumentException("signer name missing");
        }
        authority = authority == null ? "" : authority.strip();
        position = position == null ? "" : position.strip();
        signerName = signerName.strip();
    }

    /** The first line: the form and the authority ("KT. CHỦ TỊCH"), or the position when direct. */
    public String authorityLine() {
        if (form == SignatureForm.DIRECT) {
            return authority.isEmpty() ? position : authority;
        }
        return form.abbreviation() + " " + authority;
    }

    /** The second line: the signer's own position, or empty when the first line already says it. */
    public String positionLine() {
        return position.equals(authorityLine()) || position.equals(authority) ? "" : position;
    }
}
