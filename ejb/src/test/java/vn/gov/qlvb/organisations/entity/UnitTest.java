package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    private final Agency province =
            new Agency(OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false);

    @Test
    void unitBelongsToItsAgencyAndIsActive() {
        Unit unit = new Unit(province, "VP", "Văn phòng UBND tỉnh");

        assertSame(province, unit.getAgency());
        assertEquals("VP", unit.getCode());
        assertEquals("Văn phòng UBND tỉnh", unit.getName());
        assertTrue(unit.isActive());
    }

    @Test
    void agencyIsRequired() {
        assertRefused("field.required", "agency", () -> new Unit(null, "VP", "Văn phòng"));
    }

    @ParameterizedTest
    @CsvSource({"vp,VP", "' Vx ',VX", "kt2,KT2", "'\tth\n',TH"})
    void codeIsStrippedAndUpperCased(String given, String stored) {
        assertEquals(stored, new Unit(province, given, "Phòng").getCode());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void codeIsRequired(String code) {
        assertRefused("field.required", "code", () -> new Unit(province, code, "Phòng"));
    }

    @Test
    void codeOf20CharactersIsAccepted() {
        assertEquals("A".repeat(20), new Unit(province, "a".repeat(20), "Phòng").getCode());
    }

    @Test
    void codeLongerThan20CharactersIsRefused() {
        var v = assertRefused("field.tooLong", "code", () -> new Unit(province, "A".repeat(21), "Phòng"));
        assertEquals(20, v.arguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"UBND-VX", "V P", "VX/1", "TH.", "K_T", "VP!"})
    void codeWithOtherThanLettersAndDigitsIsMalformed(String code) {
        assertRefused("unit.code.malformed", "code", () -> new Unit(province, code, "Phòng"));
    }

    /**
     * The code pattern is {@code [\p{Lu}\p{Nd}]+} after upper-casing: any Unicode letter counts,
     * so the Vietnamese letters of real notations (Ban Thi đua - Khen thưởng: {@code TĐKT}) are
     * accepted and upper-cased with their marks.
     */
    @ParameterizedTest
    @CsvSource({"tđkt,TĐKT", "TĐKT,TĐKT", "phòng1,PHÒNG1", "ưu,ƯU"})
    void vietnameseLettersAreAcceptedAndUpperCased(String given, String stored) {
        assertEquals(stored, new Unit(province, given, "Ban Thi đua - Khen thưởng").getCode());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " "})
    void nameIsRequired(String name) {
        assertRefused("field.required", "name", () -> new Unit(province, "VP", name));
    }

    @Test
    void nameLongerThan255CharactersIsRefused() {
        var v = assertRefused("field.tooLong", "name", () -> new Unit(province, "VP", "P".repeat(256)));
        assertEquals(255, v.arguments()[0]);
    }

    @Test
    void refusedChangeLeavesTheUnitAsItWas() {
        Unit unit = new Unit(province, "VP", "Văn phòng");

        assertRefused("field.required", "name", () -> unit.change("TH", " "));

        assertEquals("VP", unit.getCode());
        assertEquals("Văn phòng", unit.getName());
    }

    @Test
    void changeReplacesCodeAndStrippedName() {
        Unit unit = new Unit(province, "VP", "Văn phòng");

        unit.change("th", "  Phòng Tổng hợp ");

        assertEquals("TH", unit.getCode());
        assertEquals("Phòng Tổng hợp", unit.getName());
    }

    @Test
    void deactivateAndReactivate() {
        Unit unit = new Unit(province, "VP", "Văn phòng");

        unit.deactivate();
        assertFalse(unit.isActive());
        assertEquals(ActiveStatus.INACTIVE, unit.getStatus());

        unit.reactivate();
        assertTrue(unit.isActive());
    }
}
