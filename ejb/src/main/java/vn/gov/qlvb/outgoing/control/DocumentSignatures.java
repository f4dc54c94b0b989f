package vn.gov.qlvb.outgoing.control;

import jakarta.enterprise.context.Dependent;
import java.time.LocalDate;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The one place where outgoing documents meet the cryptography: the signer's signature, the
 * issue number stamped on the signed PDF, and the agency's signature. Everything else in this
 * capability sees only bytes in and bytes out.
 *
 * <p>INTERIM, until the signing capability ({@code vn.gov.qlvb.signing.boundary.PdfSigning},
 * built on its own branch) is merged: every method checks what it can without keys (a PDF, a
 * PIN given) and hands the bytes back unchanged, so the lifecycle, the versions and the dispatch
 * work end to end. Wiring the real calls changes this class only:
 *
 * <ul>
 *   <li>{@link #signAsSigner} → {@code PdfSigning.signAsSigner(pdf, signerId, new
 *       SignatureBlock(form, authority, position, name), new PersonalKeystore(pin))};
 *   <li>{@link #stampIssueNumber} → {@code PdfSigning.stampIssueNumber(…)};
 *   <li>{@link #signAsAgency} → {@code PdfSigning.signAsAgency(pdf, agencyId, …)} after
 *       {@code PdfSigning.validate(pdf)} confirmed the signer's signature.
 * </ul>
 */
@Dependent
public class DocumentSignatures {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    /**
     * The signer's signature on the PDF, with the block of the decree's form.
     *
     * @throws RuleViolation {@code outgoing.sign.notPdf} when the file is not a PDF;
     *     {@code signing.pin.required} without a PIN
     */
    public byte[] signAsSigner(byte[] pdf, long signerPersonId, SignatureAuthority block, char[] pin) {
        requirePdf(pdf);
        if (pin == null || pin.length == 0) {
            throw RuleViolation.invalid("signing.pin.required", "pin");
        }
        return pdf;
    }

    /** The number, notation and issue date placed on the signed PDF without breaking its signature. */
    public byte[] stampIssueNumber(
            byte[] signerSignedPdf, String numberAndNotation, LocalDate issueDate, String place) {
        requirePdf(signerSignedPdf);
        return signerSignedPdf;
    }

    /**
     * The agency's signature, only over a valid signer's signature.
     *
     * @throws RuleViolation {@code outgoing.signerSignatureMissing} when the signer's signature
     *     does not validate
     */
    public byte[] signAsAgency(byte[] issuedPdf, long agencyId) {
        requirePdf(issuedPdf);
        return issuedPdf;
    }

    private static void requirePdf(byte[] bytes) {
        if (bytes == null || bytes.length < PDF_MAGIC.length) {
            throw RuleViolation.conflict("outgoing.sign.notPdf", "file");
        }
        for (int i = 0; i < PDF_MAGIC.length; i++) {
            if (bytes[i] != PDF_MAGIC[i]) {
                throw RuleViolation.conflict("outgoing.sign.notPdf", "file");
            }
        }
    }
}
