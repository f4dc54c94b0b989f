package vn.gov.qlvb.signing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.signing.entity.AttachmentStamp;
import vn.gov.qlvb.signing.entity.ExternalSignature;
import vn.gov.qlvb.signing.entity.KeyAccess;
import vn.gov.qlvb.signing.entity.SealPlacement;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SignedPdf;
import vn.gov.qlvb.signing.entity.SigningException;

/**
 * Signs PDFs as Decree 30 wants them (PAdES, visible signatures of Appendix I): the signer's
 * signature, the number stamped afterwards without breaking it, the agency's signature with its
 * seal, and the agency's signature on attachments. Refusals are {@link SigningException}s and
 * change nothing.
 */
@Stateless
@PermitAll
public class PdfSigning {

    /** Signs as the person with a key the server can use. */
    public SignedPdf signAsSigner(byte[] pdf, long signerPersonId, SignatureBlock block, KeyAccess access) {
        throw new UnsupportedOperationException("not yet");
    }

    /** First step of a signature made outside the server. */
    public ExternalSignature prepareSignerSignature(
            byte[] pdf, long signerPersonId, SignatureBlock block, List<byte[]> certificateChainDer) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Second step of a signature made outside the server. */
    public SignedPdf completeSignerSignature(String preparationId, byte[] signatureValue) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The agency's signature with its seal, over a PDF that carries a valid signer's signature. */
    public SignedPdf signAsAgency(byte[] signerSignedPdf, long agencyId, SealPlacement placement) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The agency's signature on an attachment in a separate file. */
    public SignedPdf signAttachment(byte[] pdf, long agencyId, AttachmentStamp stamp) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes the number and the place and date onto a signed PDF, keeping its signature valid. */
    public byte[] stampIssueNumber(
            byte[] signerSignedPdf, String numberAndNotation, LocalDate issueDate, String placeName) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Each signature of a PDF, in signing order. */
    public List<SignatureCheck> validate(byte[] pdf) {
        throw new UnsupportedOperationException("not yet");
    }
}
