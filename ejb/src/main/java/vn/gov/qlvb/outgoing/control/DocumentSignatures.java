package vn.gov.qlvb.outgoing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.signing.boundary.PdfSigning;
import vn.gov.qlvb.signing.entity.ExternalSignature;
import vn.gov.qlvb.signing.entity.KeyAccess;
import vn.gov.qlvb.signing.entity.SealPlacement;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureForm;

/**
 * The one place where outgoing documents meet the cryptography, through the signing
 * capability's {@link PdfSigning}: the signer's PAdES signature with the block of the decree's
 * form, the issue number stamped on the signed PDF in an incremental revision (the signature
 * stays valid), and the agency's signature with its seal over a valid signer's signature.
 * Refusals are the signing capability's coded {@code signing.*} rule violations (wrong PIN,
 * expired, revoked or foreign certificate, no key, unreadable PDF) and change nothing.
 */
@Dependent
public class DocumentSignatures {

    @Inject
    PdfSigning signing;

    /**
     * The signer's signature, with their personal keystore opened by {@code pin}.
     *
     * @throws RuleViolation {@code signing.pin.required} without a PIN; the signing capability's
     *     refusals otherwise
     */
    public byte[] signAsSigner(byte[] pdf, long signerPersonId, SignatureAuthority authority, char[] pin) {
        if (pin == null || pin.length == 0) {
            throw RuleViolation.invalid("signing.pin.required", "pin");
        }
        return signing.signAsSigner(pdf, signerPersonId, blockOf(authority), new KeyAccess.PersonalKeystore(pin))
                .content();
    }

    /** First step of a signature with the signer's external key: what the key must sign. */
    public ExternalSignature prepareSigner(
            byte[] pdf, long signerPersonId, SignatureAuthority authority, List<byte[]> certificateChainDer) {
        return signing.prepareSignerSignature(pdf, signerPersonId, blockOf(authority), certificateChainDer);
    }

    /** Second step: the signed PDF from the value the external key computed. */
    public byte[] completeSigner(String preparationId, byte[] signatureValue) {
        return signing.completeSignerSignature(preparationId, signatureValue).content();
    }

    /** The number, notation and issue date placed on the signed PDF without breaking its signature. */
    public byte[] stampIssueNumber(
            byte[] signerSignedPdf, String numberAndNotation, LocalDate issueDate, String place) {
        return signing.stampIssueNumber(signerSignedPdf, numberAndNotation, issueDate, place);
    }

    /**
     * The agency's signature with its seal at real size over a third of the signer's image; refused
     * ({@code signing.SIGNER_SIGNATURE_MISSING}) unless the signer's signature validates.
     */
    public byte[] signAsAgency(byte[] issuedPdf, long agencyId) {
        return signing.signAsAgency(issuedPdf, agencyId, SealPlacement.standard())
                .content();
    }

    /**
     * The signing capability's block: the form, the authority without its abbreviation (the last
     * line of ours: a deputy of a committee signs "KT. CHỦ TỊCH", the "TM." line above it is not
     * printed by the signing capability), the position and the name.
     */
    static SignatureBlock blockOf(SignatureAuthority a) {
        String[] lines = a.authority().split("\n");
        String last = lines[lines.length - 1].strip();
        String authority = a.form().prefix() != null && last.startsWith(a.form().prefix())
                ? last.substring(a.form().prefix().length()).strip()
                : last;
        return new SignatureBlock(SignatureForm.valueOf(a.form().name()), authority, a.position(), a.signerName());
    }
}
