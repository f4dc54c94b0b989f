package vn.gov.qlvb.outgoing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority;
import vn.gov.qlvb.outgoing.entity.SignatureAuthority.Standing;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureForm;

/** The signature block handed to the signing capability, for each form of signature. */
class DocumentSignaturesTest {

    @Test
    void theChairmanSignsOnBehalfOfTheCommittee() {
        SignatureBlock b = DocumentSignatures.blockOf(
                SignatureAuthority.of(Standing.HEAD, "Chủ tịch", "Lê Văn Lãnh", "Ủy ban nhân dân", "Chủ tịch"));
        assertEquals(SignatureForm.TM, b.form());
        assertEquals("TM. ỦY BAN NHÂN DÂN", b.authorityLine());
        assertEquals("CHỦ TỊCH", b.positionLine());
    }

    @Test
    void aDeputyOfTheCommitteeSignsForTheChairman() {
        SignatureBlock b = DocumentSignatures.blockOf(
                SignatureAuthority.of(Standing.DEPUTY, "Phó Chủ tịch", "Phạm Minh Phó", "Ủy ban nhân dân", "Chủ tịch"));
        assertEquals("KT. CHỦ TỊCH", b.authorityLine());
        assertEquals("PHÓ CHỦ TỊCH", b.positionLine());
    }

    @Test
    void aDirectorSignsInHisOwnRight() {
        SignatureBlock b = DocumentSignatures.blockOf(
                SignatureAuthority.of(Standing.HEAD, "Giám đốc", "Trịnh Văn Vụ", null, "Giám đốc"));
        assertEquals(SignatureForm.DIRECT, b.form());
        assertEquals("GIÁM ĐỐC", b.authorityLine());
    }

    @Test
    void aUnitHeadSignsByOrder() {
        SignatureBlock b = DocumentSignatures.blockOf(
                SignatureAuthority.of(Standing.UNIT_HEAD, "Chánh Văn phòng", "Hoàng Văn Trưởng", null, "Chủ tịch"));
        assertEquals("TL. CHỦ TỊCH", b.authorityLine());
        assertEquals("CHÁNH VĂN PHÒNG", b.positionLine());
    }
}
