package vn.gov.qlvb.outgoing.entity;

import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;

/**
 * The description of a draft as its author writes it (Appendix VI, Part II.I); number, notation,
 * date and signer's block come later, from the signing and the issue.
 *
 * @param documentType tên loại văn bản
 * @param legalNormative whether it is a legal normative document (văn bản quy phạm pháp luật),
 *     numbered in the series of its type with the year in the notation
 * @param subject trích yếu nội dung (≤ 500)
 * @param urgency độ khẩn (Thường when absent)
 * @param confidentiality độ mật (none when absent)
 * @param recipientsText the printed "Nơi nhận" list (≤ 1000)
 * @param pageCount số trang (1–999), when known
 */
public record DraftDetails(
        DocumentType documentType,
        boolean legalNormative,
        String subject,
        Urgency urgency,
        Confidentiality confidentiality,
        String recipientsText,
        Integer pageCount) {}
