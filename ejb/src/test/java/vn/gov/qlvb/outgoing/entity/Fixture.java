package vn.gov.qlvb.outgoing.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.files.entity.StoredFile;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;

/** Test fixture: the demo province's people and outgoing documents at each step. */
final class Fixture {

    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    final Agency province = withId(
            new Agency(OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false), 1);
    final Agency department = withId(
            new Agency(OrganId.of("000.00.01.H99"), "Sở Nội vụ tỉnh Mẫu", AgencyLevel.PROVINCE, province, false), 2);
    final Unit general = withId(new Unit(province, "TH", "Phòng Tổng hợp"), 20);
    final Person chairman = withId(new Person("Lê Văn Lãnh", "Chủ tịch", province, null), 10);
    final Person head = withId(new Person("Đỗ Thị Hương", "Trưởng phòng", province, general), 11);
    final Person specialist = withId(new Person("Vũ Văn Chuyên", "Chuyên viên", province, general), 12);
    final Person outsider = withId(new Person("Đặng Thị Nội", "Văn thư", department, null), 14);
    final Register ordinary = withId(new Register(province, RegisterKind.OUTGOING, "Sổ văn bản đi", false), 30);
    final Register secret = withId(new Register(province, RegisterKind.OUTGOING, "Sổ văn bản đi mật", true), 31);
    final Register decisions = withId(Register.forLegalNormative(province, DocumentType.QUYET_DINH), 32);
    private long nextAttachment = 500;

    {
        province.rename(province.getName(), "UBND");
    }

    DraftDetails details(DocumentType type, Confidentiality level) {
        return new DraftDetails(type, false, "Về việc báo cáo tình hình", Urgency.NORMAL, level, "Như trên", 2);
    }

    OutgoingDocument draft() {
        return withId(new OutgoingDocument(specialist, chairman, details(DocumentType.CONG_VAN, null), NOW), 100);
    }

    Attachment pdf() {
        StoredFile content = new StoredFile("a".repeat(64), 10, "application/pdf", NOW);
        return withId(new Attachment("du-thao.pdf", content, specialist.getId(), NOW), nextAttachment++);
    }

    OutgoingDocument inReview() {
        OutgoingDocument d = draft();
        d.addDraftVersion(pdf(), specialist.getId(), specialist.getFullName(), NOW);
        d.submit(
                java.util.List.of(
                        new ReviewStep(ReviewStepKind.UNIT_HEAD, head.getId(), head.getFullName()),
                        new ReviewStep(ReviewStepKind.LEADER, chairman.getId(), chairman.getFullName())),
                NOW);
        return d;
    }

    OutgoingDocument approved() {
        OutgoingDocument d = inReview();
        d.approve(head.getId(), NOW);
        d.approve(chairman.getId(), NOW);
        return d;
    }

    OutgoingDocument signed() {
        OutgoingDocument d = approved();
        d.sign(
                chairman.getId(),
                SignatureAuthority.of(
                        SignatureAuthority.Standing.HEAD, "Chủ tịch", "Lê Văn Lãnh", "Ủy ban nhân dân", "Chủ tịch"),
                pdf(),
                NOW);
        return d;
    }

    OutgoingDocument issued() {
        OutgoingDocument d = signed();
        d.issue(ordinary, Notation.of(5, 2026, DocumentType.CONG_VAN, false, "UBND", "TH"), 3, NOW);
        d.addNumberedVersion(pdf(), 3, "Trần Thị Thư", NOW);
        return d;
    }

    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
