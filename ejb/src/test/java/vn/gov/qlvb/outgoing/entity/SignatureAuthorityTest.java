package vn.gov.qlvb.outgoing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority.Standing;

/** The forms of signature of Decree 30, Appendix I. */
class SignatureAuthorityTest {

    @Test
    void theChairmanOfACommitteeSignsOnBehalfOfTheCollective() {
        SignatureAuthority a =
                SignatureAuthority.of(Standing.HEAD, "Chủ tịch", "Lê Văn Lãnh", "Ủy ban nhân dân", "Chủ tịch");
        assertEquals(SignatureForm.TM, a.form());
        assertEquals("TM. ỦY BAN NHÂN DÂN", a.authority());
        assertEquals("CHỦ TỊCH", a.position());
    }

    @Test
    void aDeputyOfACommitteeSignsForTheChairmanUnderTheCollective() {
        SignatureAuthority a =
                SignatureAuthority.of(Standing.DEPUTY, "Phó Chủ tịch", "Phạm Minh Phó", "Ủy ban nhân dân", "Chủ tịch");
        assertEquals(SignatureForm.KT, a.form());
        assertEquals("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", a.authority());
        assertEquals("PHÓ CHỦ TỊCH", a.position());
    }

    @Test
    void aDirectorSignsDirectlyAndADeputySignsKt() {
        assertEquals(
                SignatureForm.DIRECT,
                SignatureAuthority.of(Standing.HEAD, "Giám đốc", "Trịnh Văn Vụ", null, "Giám đốc")
                        .form());
        SignatureAuthority deputy = SignatureAuthority.of(Standing.DEPUTY, "Phó Giám đốc", "A", null, "Giám đốc");
        assertEquals("KT. GIÁM ĐỐC", deputy.authority());
    }

    @Test
    void aDelegateSignsTuqAndAUnitHeadSignsTl() {
        assertEquals(
                "TUQ. CHỦ TỊCH",
                SignatureAuthority.of(Standing.DELEGATE, "Chánh Văn phòng", "B", "Ủy ban nhân dân", "Chủ tịch")
                        .authority());
        SignatureAuthority tl =
                SignatureAuthority.of(Standing.UNIT_HEAD, "Chánh Văn phòng", "Hoàng Văn Trưởng", null, "Chủ tịch");
        assertEquals(SignatureForm.TL, tl.form());
        assertEquals("TL. CHỦ TỊCH", tl.authority());
    }
}
