package vn.gov.qlvb.incoming.entity;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;

/** Test fixture: a small agency with units and people, and incoming documents at each step. */
final class Fixture {

    static final Instant ARRIVAL = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate ARRIVAL_DATE = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    final Agency province = withId(
            new Agency(OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false), 1);
    final Agency department = withId(
            new Agency(OrganId.of("000.00.01.H99"), "Sở Nội vụ tỉnh Mẫu", AgencyLevel.PROVINCE, province, false), 2);
    final Unit general = withId(new Unit(province, "TH", "Phòng Tổng hợp"), 20);
    final Unit economy = withId(new Unit(province, "KT", "Phòng Kinh tế"), 21);
    final Unit otherAgencysUnit = withId(new Unit(department, "VP", "Văn phòng Sở"), 22);
    final Person chairman = withId(new Person("Lê Văn Lãnh", "Chủ tịch", province, null), 10);
    final Person head = withId(new Person("Đỗ Thị Hương", "Trưởng phòng", province, general), 11);
    final Person specialist = withId(new Person("Vũ Văn Chuyên", "Chuyên viên", province, general), 12);
    final Person economist = withId(new Person("Bùi Thị Lan", "Chuyên viên", province, economy), 13);
    final Person outsider = withId(new Person("Đặng Thị Nội", "Văn thư", department, otherAgencysUnit), 14);
    final Register register = withId(new Register(province, RegisterKind.INCOMING, "Sổ văn bản đến", false), 30);

    IncomingDetails details() {
        return new IncomingDetails(
                DocumentType.CONG_VAN,
                "12",
                "UBND-VX",
                LocalDate.of(2026, 2, 27),
                "Ủy ban nhân dân huyện Đông Sơn",
                null,
                "Về việc báo cáo tình hình",
                null,
                2,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    IncomingDocument registered() {
        IncomingDocument d =
                withId(IncomingDocument.received(province, ReceiptChannel.PAPER, details(), ARRIVAL, NOW), 100);
        d.register(register, 1, 5, NOW);
        return d;
    }

    IncomingDocument presented() {
        IncomingDocument d = registered();
        d.present(chairman.getId(), NOW);
        return d;
    }

    IncomingDocument directed() {
        IncomingDocument d = presented();
        d.direct(chairman.getId(), "Giao Phòng Tổng hợp chủ trì", NOW);
        return d;
    }

    Assignment unitLead(IncomingDocument d, LocalDate deadline) {
        return withId(Assignment.directed(d, AssignmentRole.LEAD, general, null, deadline, chairman, null, NOW), 200);
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
