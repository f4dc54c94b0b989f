package vn.gov.qlvb.outgoing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.OrganId;

/** The sender's row keeps an external recipient's answer to an update or a replacement (15, 16). */
class RecipientChangeAnswerTest {

    private final Fixture f = new Fixture();
    private final Agency remote =
            new Agency(OrganId.of("000.00.00.H98"), "UBND tỉnh Bên Kia", AgencyLevel.PROVINCE, null, true);

    @Test
    void anUpdateAwaitsItsAnswerThenKeepsIt() {
        Recipient r = new Recipient(f.draft(), remote, Fixture.NOW);
        r.queueForExchange(Fixture.NOW);
        assertNull(r.getChangeAnswer());
        r.changeSent("Điều chỉnh nơi nhận: + Sở Nội vụ", Fixture.NOW);
        assertTrue(r.awaitsChangeAnswer());
        assertEquals(ChangeAnswer.AWAITING, r.getChangeAnswer());
        assertTrue(r.changeAnswered(true, "", Fixture.NOW));
        assertEquals(ChangeAnswer.ACCEPTED, r.getChangeAnswer());
        assertEquals(
                "Điều chỉnh nơi nhận: + Sở Nội vụ", r.getChangeNote(), "an answer without reason keeps what changed");
        assertFalse(r.changeAnswered(true, "", Fixture.NOW), "the same answer again changes nothing");
        assertEquals(RecipientStatus.QUEUED_FOR_EXCHANGE, r.getStatus(), "the copy's status is not the answer");
    }

    @Test
    void aRefusalKeepsItsReason() {
        Recipient r = new Recipient(f.draft(), remote, Fixture.NOW);
        r.changeSent("Thay thế", Fixture.NOW);
        assertTrue(r.changeAnswered(false, "Không có văn bản này tại nơi nhận", Fixture.NOW));
        assertEquals(ChangeAnswer.REFUSED, r.getChangeAnswer());
        assertEquals("Không có văn bản này tại nơi nhận", r.getChangeNote());
        assertFalse(r.awaitsChangeAnswer());
    }

    @Test
    void aRecipientThatGotTheDocumentIsToldOfItsReplacement() {
        Recipient r = new Recipient(f.draft(), remote, Fixture.NOW);
        assertFalse(r.holdsCopy(), "nothing sent yet");
        r.queueForExchange(Fixture.NOW);
        assertTrue(r.holdsCopy());
        r.follow(RecipientStatus.REFUSED, "Gửi nhầm", Fixture.NOW);
        assertTrue(r.holdsCopy(), "a refused copy is still there, returned");
        r.follow(RecipientStatus.RECALLED, "Thu hồi", Fixture.NOW);
        assertFalse(r.holdsCopy());
    }
}
