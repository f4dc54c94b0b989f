package vn.gov.qlvb.web.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.outgoing.boundary.DraftForm;
import vn.gov.qlvb.outgoing.entity.Annex;
import vn.gov.qlvb.outgoing.entity.DraftDetails;
import vn.gov.qlvb.outgoing.entity.DraftVersion;
import vn.gov.qlvb.outgoing.entity.OpinionRequest;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.OutgoingStatus;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.outgoing.entity.ReviewStep;

/**
 * An outgoing document as the REST API reads and writes it (Appendix VI, Part II.I). Written:
 * the draft's fields, {@code signerId}, {@code recipientOrganIds}, {@code answersIncomingIds};
 * the rest is read only.
 */
public record OutgoingJson(
        Long id,
        OutgoingStatus status,
        DocumentType documentType,
        String documentTypeName,
        Boolean legalNormative,
        String subject,
        Urgency urgency,
        Confidentiality confidentiality,
        Long signerId,
        String signerName,
        String recipientsText,
        Integer pageCount,
        List<String> recipientOrganIds,
        List<Long> answersIncomingIds,
        Long authorId,
        String authorName,
        String draftingUnit,
        List<StepJson> reviewSteps,
        Long currentReviewerId,
        String returnReason,
        String opinionSummary,
        String signatureForm,
        String signatureAuthority,
        Instant signedAt,
        Long registerId,
        String registerName,
        Integer issueYear,
        Long issueNumber,
        String numberAndNotation,
        Instant issuedAt,
        LocalDate issueDate,
        Instant agencySignedAt,
        Instant recalledAt,
        String recallReason,
        Long replacesId,
        Long replacedById,
        Integer latestVersion,
        List<AnnexJson> annexes,
        Instant updatedAt) {

    /** A step of the review chain. */
    public record StepJson(String kind, Long reviewerId, String reviewerName) {

        static StepJson of(ReviewStep s) {
            return new StepJson(s.getKind().name(), s.getReviewerId(), s.getReviewerName());
        }
    }

    /** A version of the main file: who made it, when, what it is. */
    public record VersionJson(
            int number,
            String stage,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            String author,
            Instant createdAt) {

        static VersionJson of(DraftVersion v) {
            return new VersionJson(
                    v.getNumber(),
                    v.getStage().name(),
                    v.getFile().getFileName(),
                    v.getFile().getMediaType(),
                    v.getFile().getSize(),
                    v.getFile().getContent().getSha256(),
                    v.getAuthorName(),
                    v.getCreatedAt());
        }
    }

    /**
     * An attachment in a separate file (phụ lục), numbered from 1: as uploaded, and whether the
     * agency signed it (the file served is then the signed copy).
     */
    public record AnnexJson(int number, String fileName, String mediaType, long size, boolean agencySigned) {

        static AnnexJson of(int number, Annex a) {
            return new AnnexJson(
                    number,
                    a.getFile().getFileName(),
                    a.getFile().getMediaType(),
                    a.getIssuedFile().getSize(),
                    a.getSignedFile() != null);
        }
    }

    /** Each attachment in a separate file of the document, numbered from 1. */
    public static List<AnnexJson> annexesOf(OutgoingDocument d) {
        List<Annex> annexes = d.getAnnexes();
        return java.util.stream.IntStream.range(0, annexes.size())
                .mapToObj(i -> AnnexJson.of(i + 1, annexes.get(i)))
                .toList();
    }

    /** One recipient and where its copy stands. */
    public record RecipientJson(
            String organId,
            String name,
            boolean internal,
            String status,
            Long incomingId,
            String reason,
            Instant updatedAt,
            String changeAnswer,
            String changeNote,
            Instant changeAt) {

        static RecipientJson of(Recipient r) {
            return new RecipientJson(
                    r.getAgency().getOrganId().value(),
                    r.getAgency().getName(),
                    r.isInternal(),
                    r.getStatus().name(),
                    r.getIncomingId(),
                    r.getReason(),
                    r.getUpdatedAt(),
                    r.getChangeAnswer() == null ? null : r.getChangeAnswer().name(),
                    r.getChangeNote(),
                    r.getChangeAt());
        }
    }

    /** A request for opinion and its answer. */
    public record OpinionJson(
            Long id,
            Long personId,
            Long unitId,
            String addressee,
            LocalDate deadline,
            String answer,
            String comment,
            String answeredBy,
            Instant answeredAt) {

        static OpinionJson of(OpinionRequest o) {
            return new OpinionJson(
                    o.getId(),
                    o.getPerson() == null ? null : o.getPerson().getId(),
                    o.getUnit() == null ? null : o.getUnit().getId(),
                    o.getAddresseeName(),
                    o.getDeadline(),
                    o.getAnswer() == null ? null : o.getAnswer().name(),
                    o.getComment(),
                    o.getAnsweredByName(),
                    o.getAnsweredAt());
        }
    }

    public static OutgoingJson of(OutgoingDocument d) {
        return new OutgoingJson(
                d.getId(),
                d.getStatus(),
                d.getDocumentType(),
                d.getDocumentType().legalName(),
                d.isLegalNormative(),
                d.getSubject(),
                d.getUrgency(),
                d.getConfidentiality(),
                d.getSigner().getId(),
                d.getSigner().getFullName(),
                d.getRecipientsText(),
                d.getPageCount(),
                d.getRecipients().stream()
                        .filter(Recipient::isActive)
                        .map(r -> r.getAgency().getOrganId().value())
                        .toList(),
                d.getAnswers().stream().map(a -> a.getId()).toList(),
                d.getAuthor().getId(),
                d.getAuthorName(),
                d.getDraftingUnit() == null ? null : d.getDraftingUnit().getName(),
                d.getReviewSteps().stream().map(StepJson::of).toList(),
                d.getCurrentReviewerId(),
                d.getReturnReason(),
                d.getOpinionSummary(),
                d.getSignatureForm() == null ? null : d.getSignatureForm().name(),
                d.getSignatureAuthority(),
                d.getSignedAt(),
                d.getRegister() == null ? null : d.getRegister().getId(),
                d.getRegister() == null ? null : d.getRegister().getName(),
                d.getIssueYear(),
                d.getIssueNumber(),
                d.getNotation(),
                d.getIssuedAt(),
                d.issueDate(),
                d.getAgencySignedAt(),
                d.getRecalledAt(),
                d.getRecallReason(),
                d.getReplaces() == null ? null : d.getReplaces().getId(),
                d.getReplacedById(),
                d.latestVersion().map(DraftVersion::getNumber).orElse(null),
                annexesOf(d),
                d.getUpdatedAt());
    }

    public DraftForm form() {
        return new DraftForm(
                new DraftDetails(
                        documentType,
                        Boolean.TRUE.equals(legalNormative),
                        subject,
                        urgency,
                        confidentiality,
                        recipientsText,
                        pageCount),
                signerId,
                recipientOrganIds,
                answersIncomingIds);
    }
}
