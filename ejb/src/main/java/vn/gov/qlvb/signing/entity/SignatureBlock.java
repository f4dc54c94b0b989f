package vn.gov.qlvb.signing.entity;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the signer's visible signature shows (Decree 30, Appendix I, II.7): for a deputy of a
 * collective the collective's line ("TM. ỦY BAN NHÂN DÂN"), the authority line (the form's
 * abbreviation and the authority, e.g. "KT. CHỦ TỊCH"), the signer's own position when it differs
 * ("PHÓ CHỦ TỊCH"), the signature image, and the signer's name.
 *
 * @param form how the signer signs (KT., TM., TUQ., TL. or directly)
 * @param authority the head's title or the collective's name, e.g. "CHỦ TỊCH", "ỦY BAN NHÂN DÂN"
 * @param position the signer's own position, e.g. "PHÓ CHỦ TỊCH"; may equal the authority for
 *     {@link SignatureForm#DIRECT} and then is printed once
 * @param signerName the signer's full name as printed under the image
 * @param collective the collective a deputy signs for under a collective regime, printed as a
 *     "TM." line above the "KT." line, e.g. "ỦY BAN NHÂN DÂN"; empty otherwise
 */
public record SignatureBlock(
        SignatureForm form, String authority, String position, String signerName, String collective)
        implements Serializable {

    /** A block without a collective's line. */
    public SignatureBlock(SignatureForm form, String authority, String position, String signerName) {
        this(form, authority, position, signerName, null);
    }

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
        collective = collective == null ? "" : collective.strip();
    }

    /** The line above the authority line for a deputy of a collective ("TM. ỦY BAN NHÂN DÂN"), or empty. */
    public String collectiveLine() {
        return collective.isEmpty() || form == SignatureForm.TM
                ? ""
                : SignatureForm.TM.abbreviation() + " " + collective;
    }

    /** The printed lines above the image, top down, without empty ones. */
    public List<String> lines() {
        return Stream.of(collectiveLine(), authorityLine(), positionLine())
                .filter(l -> !l.isEmpty())
                .toList();
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
