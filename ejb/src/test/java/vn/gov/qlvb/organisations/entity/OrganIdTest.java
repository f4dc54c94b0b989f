package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganIdTest {

    @Test
    void wellFormedIdentifierIsAcceptedAsGiven() {
        OrganId id = OrganId.of("000.00.01.H99");

        assertEquals("000.00.01.H99", id.value());
        assertEquals("000.00.01.H99", id.toString());
        assertEquals("H99", id.levelOneCode());
        assertTrue(OrganId.isWellFormed("000.00.01.H99"));
    }

    @Test
    void surroundingBlanksAreIgnoredAndLettersUpperCased() {
        OrganId id = OrganId.of("  000.00.01.h99\t");

        assertEquals("000.00.01.H99", id.value());
        assertEquals(OrganId.of("000.00.01.H99"), id);
        assertEquals(OrganId.of("000.00.01.H99").hashCode(), id.hashCode());
        assertTrue(OrganId.isWellFormed(" 000.00.01.h99 "));
    }

    @Test
    void identifiersWithDifferentDigitsDiffer() {
        assertFalse(OrganId.of("000.00.01.H99").equals(OrganId.of("000.00.02.H99")));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t \n"})
    void missingIdentifierIsRequired(String text) {
        assertRefused("organId.required", "organId", () -> OrganId.of(text));
        assertFalse(OrganId.isWellFormed(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "000.00.00.H9", // 12 characters: level-1 code too short
                "00.00.00.H99", // 12 characters: level-4 group too short
                "000.00.00.H999", // 14 characters: level-1 code too long
                "0000.00.00.H99", // 14 characters: level-4 group too long
                "0A0.00.00.H99", // letter in the level-4 group
                "000.0B.00.H99", // letter in the level-3 group
                "000.00.C0.H99", // letter in the level-2 group
                "000.00.00.HH9", // letter where the level-1 digits go
                "000.00.00.999", // level-1 code without its letter
                "000.00.00.Đ99", // a Vietnamese letter is not A-Z
                "000-00-00-H99", // wrong separators
                "000.00.00H99", // a separator missing
                "000.00.00.H99.000", // too long: an extra group
                "000.00.00.H99000000000000000000000000", // longer than the 35-character column
                "000.00 .00.H99" // a blank inside
            })
    void malformedIdentifierIsRefused(String text) {
        assertRefused("organId.malformed", "organId", () -> OrganId.of(text));
        assertFalse(OrganId.isWellFormed(text));
    }

    @Test
    void refusalNamesTheTextAsGiven() {
        var violation = assertRefused("organId.malformed", "organId", () -> OrganId.of("000.00.00.h9"));

        assertEquals("000.00.00.h9", violation.arguments()[0]);
    }
}
