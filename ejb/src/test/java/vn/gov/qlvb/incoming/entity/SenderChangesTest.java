package vn.gov.qlvb.incoming.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** An electronic arrival takes its sender's update, or is replaced by a newer document (issue 5). */
class SenderChangesTest {

    private final Fixture f = new Fixture();

    private IncomingDocument arrived() {
        return Fixture.withId(
                IncomingDocument.arrived(f.province, f.details(), "edxml/X", Fixture.ARRIVAL, Fixture.NOW), 300);
    }

    private IncomingDetails sent(String subject, String recipients) {
        return new IncomingDetails(
                DocumentType.CONG_VAN,
                "12",
                "UBND-VX",
                LocalDate.of(2026, 2, 27),
                "Người gửi khác",
                null,
                subject,
                "English",
                3,
                "mô tả của người gửi",
                "Chủ tịch",
                "Nguyễn Văn A",
                Urgency.URGENT,
                Confidentiality.NONE,
                recipients,
                null);
    }

    @Test
    void anUpdateOfTheRecipientsChangesOnlyTheRecipients() {
        IncomingDocument d = arrived();
        List<String> changed =
                d.updateFromSender(sent("Chủ đề khác", "UBND tỉnh Bên Kia; Sở Nội vụ"), false, true, Fixture.NOW);
        assertEquals(List.of("recipients"), changed);
        assertEquals("UBND tỉnh Bên Kia; Sở Nội vụ", d.getRecipients());
        assertEquals("Về việc báo cáo tình hình", d.getSubject(), "the data did not change");
    }

    @Test
    void anUpdateOfTheDataTakesTheSendersFieldsAndKeepsTheRecipientsOwn() {
        IncomingDocument d = arrived();
        List<String> changed = d.updateFromSender(sent("Chủ đề đã sửa", null), true, false, Fixture.NOW);
        assertEquals(List.of("subject", "pageCount", "signerPosition", "signerName", "urgency"), changed);
        assertEquals("Chủ đề đã sửa", d.getSubject());
        assertEquals("Ủy ban nhân dân huyện Đông Sơn", d.getIssuerName(), "the issuer stays");
        assertEquals("Tiếng Việt", d.getLanguage(), "the recipient's own description stays");
        assertNull(d.getRecipients());
    }

    @Test
    void aReturnedOrRecalledCopyTakesNoUpdate() {
        IncomingDocument returned = arrived();
        returned.refuse("Gửi nhầm", Fixture.NOW);
        RuleViolation e = assertThrows(
                RuleViolation.class, () -> returned.updateFromSender(sent("X", "Y"), true, true, Fixture.NOW));
        assertEquals("incoming.update.notPossible", e.code());
        IncomingDocument recalled = arrived();
        recalled.recall("Thu hồi", Fixture.NOW);
        assertEquals(
                "incoming.update.notPossible",
                assertThrows(
                                RuleViolation.class,
                                () -> recalled.updateFromSender(sent("X", "Y"), false, true, Fixture.NOW))
                        .code());
    }

    @Test
    void anUpdateThatBreaksTheChecksIsRefusedAndChangesNothing() {
        IncomingDocument d = arrived();
        IncomingDetails blank = sent(" ", null);
        assertThrows(RuleViolation.class, () -> d.updateFromSender(blank, true, false, Fixture.NOW));
        assertEquals("Về việc báo cáo tình hình", d.getSubject());
    }

    @Test
    void aReplacedCopyIsFrozenAndPointsToTheNewerOne() {
        IncomingDocument old = arrived();
        IncomingDocument newer = Fixture.withId(
                IncomingDocument.arrived(f.province, f.details(), "edxml/Y", Fixture.ARRIVAL, Fixture.NOW), 301);
        old.replacedBy(newer, "Được thay thế bởi văn bản số 13/UBND-VX", Fixture.NOW);
        assertEquals(IncomingStatus.RECALLED, old.getStatus());
        assertEquals(301L, old.getReplacedById());
        assertEquals("Được thay thế bởi văn bản số 13/UBND-VX", old.getRecallReason());
        assertEquals(
                "incoming.replace.notPossible",
                assertThrows(RuleViolation.class, () -> old.replacedBy(newer, "lần nữa", Fixture.NOW))
                        .code());
    }
}
