package vn.gov.qlvb.signing.entity;

/**
 * What the agency's signature on an attachment in a separate file shows (Decree 30, Appendix I,
 * II.8.b and III.1.d): no image, at the top right of the first page, the number and notation of
 * the main document and the signing time (ISO 8601, Vietnam time zone), Times New Roman 10.
 *
 * @param numberAndNotation the main document's number and notation, e.g. "12/QĐ-UBND"
 */
public record AttachmentStamp(String numberAndNotation) {

    public AttachmentStamp {
        if (numberAndNotation == null || numberAndNotation.isBlank()) {
            throw new IllegalArgumentException("number and notation missing");
        }
        numberAndNotation = numberAndNotation.strip();
    }
}
