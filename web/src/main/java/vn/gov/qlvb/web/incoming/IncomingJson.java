package vn.gov.qlvb.web.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.incoming.boundary.IncomingForm;
import vn.gov.qlvb.incoming.entity.IncomingDetails;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.incoming.entity.ReceiptChannel;

/** An incoming document as the REST API reads and writes it (Appendix VI, Part II.II fields). */
public record IncomingJson(
        Long id,
        Long registerId,
        String registerName,
        Integer arrivalYear,
        Long arrivalNumber,
        Instant arrivalAt,
        ReceiptChannel channel,
        IncomingStatus status,
        DocumentType documentType,
        String codeNumber,
        String codeNotation,
        String numberAndNotation,
        LocalDate issuedDate,
        String issuerName,
        String issuerOrganId,
        String subject,
        String language,
        Integer pageCount,
        String description,
        String signerPosition,
        String signerName,
        Urgency urgency,
        Confidentiality confidentiality,
        String recipients,
        LocalDate dueDate,
        Boolean registerDespiteDuplicates,
        List<FileJson> files,
        Long replacedById) {

    /** An attached original file. */
    public record FileJson(Long id, String fileName, String mediaType, long size) {

        static FileJson of(Attachment a) {
            return new FileJson(a.getId(), a.getFileName(), a.getMediaType(), a.getSize());
        }
    }

    public static IncomingJson of(IncomingDocument d) {
        return new IncomingJson(
                d.getId(),
                d.getRegister() == null ? null : d.getRegister().getId(),
                d.getRegister() == null ? null : d.getRegister().getName(),
                d.getArrivalYear(),
                d.getArrivalNumber(),
                d.getArrivalAt(),
                d.getChannel(),
                d.getStatus(),
                d.getDocumentType(),
                d.getCodeNumber(),
                d.getCodeNotation(),
                d.numberAndNotation(),
                d.getIssuedDate(),
                d.getIssuerName(),
                d.getIssuerOrganId(),
                d.getSubject(),
                d.getLanguage(),
                d.getPageCount(),
                d.getDescription(),
                d.getSignerPosition(),
                d.getSignerName(),
                d.getUrgency(),
                d.getConfidentiality(),
                d.getRecipients(),
                d.getDueDate(),
                null,
                d.getAttachments().stream().map(FileJson::of).toList(),
                d.getReplacedById());
    }

    public IncomingDetails details() {
        return new IncomingDetails(
                documentType,
                codeNumber,
                codeNotation,
                issuedDate,
                issuerName,
                issuerOrganId,
                subject,
                language,
                pageCount,
                description,
                signerPosition,
                signerName,
                urgency,
                confidentiality,
                recipients,
                dueDate);
    }

    public IncomingForm form() {
        return new IncomingForm(
                registerId, channel, arrivalAt, details(), Boolean.TRUE.equals(registerDespiteDuplicates));
    }
}
