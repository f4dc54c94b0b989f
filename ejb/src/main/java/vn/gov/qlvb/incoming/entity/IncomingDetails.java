package vn.gov.qlvb.incoming.entity;

import java.time.LocalDate;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;

/**
 * The description of an incoming document as the clerk enters it: the input fields of Decree 30,
 * Appendix VI, Part II.II (the arrival date and number are the register's).
 *
 * @param documentType tên loại văn bản (TypeName)
 * @param codeNumber số của văn bản (CodeNumber, ≤ 11)
 * @param codeNotation ký hiệu của văn bản (CodeNotation, ≤ 30)
 * @param issuedDate ngày, tháng, năm văn bản (IssuedDate)
 * @param issuerName tên cơ quan ban hành (OrganName, ≤ 200)
 * @param issuerOrganId mã định danh của cơ quan ban hành, when known
 * @param subject trích yếu nội dung (Subject, ≤ 500)
 * @param language ngôn ngữ (Language, ≤ 30)
 * @param pageCount số trang (PageAmount, 1–999)
 * @param description ghi chú (Description, ≤ 500)
 * @param signerPosition chức vụ người ký (≤ 100)
 * @param signerName họ tên người ký (≤ 50)
 * @param urgency độ khẩn
 * @param confidentiality độ mật
 * @param recipients đơn vị hoặc người nhận (ToPlaces, ≤ 1000)
 * @param dueDate thời hạn giải quyết (DueDate)
 */
public record IncomingDetails(
        DocumentType documentType,
        String codeNumber,
        String codeNotation,
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
        LocalDate dueDate) {}
