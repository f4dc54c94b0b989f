package vn.gov.qlvb.outgoing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** III.1.c: the number and notation as Decree 30 writes them. */
class NotationTest {

    @Test
    void IIIc_aTypedDocumentReadsNumberTypeAgency() {
        assertEquals(
                "15/QĐ-UBND",
                Notation.of(15, 2026, DocumentType.QUYET_DINH, false, "UBND", "TH")
                        .numberAndNotation());
        assertEquals(
                "07/TTr-SNV",
                Notation.of(7, 2026, DocumentType.TO_TRINH, false, "snv", null).numberAndNotation());
    }

    @Test
    void IIIc_aCongVanReadsNumberAgencyUnit() {
        assertEquals(
                "05/UBND-TH",
                Notation.of(5, 2026, DocumentType.CONG_VAN, false, "UBND", "th").numberAndNotation());
        assertEquals(
                "12/UBND",
                Notation.of(12, 2026, DocumentType.CONG_VAN, false, "UBND", null)
                        .numberAndNotation());
    }

    @Test
    void IIIc_numbersBelowTenHaveALeadingZeroAndLargeOnesStayAsTheyAre() {
        assertEquals(
                "01",
                Notation.of(1, 2026, DocumentType.THONG_BAO, false, "UBND", null)
                        .printedNumber());
        assertEquals(
                "1234",
                Notation.of(1234, 2026, DocumentType.THONG_BAO, false, "UBND", null)
                        .printedNumber());
    }

    @Test
    void IIIc_aLegalNormativeDocumentCarriesItsYear() {
        assertEquals(
                "01/2026/QĐ-UBND",
                Notation.of(1, 2026, DocumentType.QUYET_DINH, true, "UBND", "TH")
                        .numberAndNotation());
    }

    @Test
    void spacesAreDroppedAndCodesUpperCased() {
        assertEquals(
                "03/UBND-VX",
                Notation.of(3, 2026, DocumentType.CONG_VAN, false, "ub nd", "v x")
                        .numberAndNotation());
    }

    @Test
    void anAgencyWithoutShortNameCannotBeWritten() {
        RuleViolation v =
                assertThrows(RuleViolation.class, () -> Notation.of(1, 2026, DocumentType.CONG_VAN, false, " ", "TH"));
        assertEquals("outgoing.agency.noAbbreviation", v.code());
    }
}
