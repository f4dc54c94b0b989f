package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 6);
    private static final Instant NOW = Instant.parse("2026-03-03T08:00:00Z");

    private final Agency province = Persisted.withId(
            new Agency(OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false), 1);
    private final Agency department = Persisted.withId(
            new Agency(OrganId.of("000.00.01.H99"), "Sở Nội vụ tỉnh Mẫu", AgencyLevel.PROVINCE, province, false), 2);
    private final Person chairman = Persisted.withId(new Person("Lê Văn Chủ", "Chủ tịch", province, null), 10);
    private final Person viceChairman =
            Persisted.withId(new Person("Phạm Thị Phó", "Phó Chủ tịch", province, null), 11);
    private final Person director = Persisted.withId(new Person("Hoàng Văn Giám", "Giám đốc Sở", department, null), 12);

    private Delegation delegation() {
        return new Delegation(chairman, viceChairman, FROM, TO, " Đi công tác nước ngoài ");
    }

    @Test
    void delegationHoldsBothPersonsThePeriodAndTheStrippedReason() {
        Delegation d = delegation();

        assertSame(chairman, d.getDelegator());
        assertSame(viceChairman, d.getDelegate());
        assertEquals(FROM, d.getValidFrom());
        assertEquals(TO, d.getValidTo());
        assertEquals("Đi công tác nước ngoài", d.getReason());
        assertNull(d.getRevokedAt());
    }

    @Test
    void blankReasonIsNone() {
        assertNull(new Delegation(chairman, viceChairman, FROM, TO, "  ").getReason());
        assertNull(new Delegation(chairman, viceChairman, FROM, TO, null).getReason());
    }

    @Test
    void reasonLongerThan500CharactersIsRefused() {
        var v = assertRefused(
                "field.tooLong", "reason", () -> new Delegation(chairman, viceChairman, FROM, TO, "ư".repeat(501)));
        assertEquals(500, v.arguments()[0]);
    }

    @Test
    void bothPersonsAreRequired() {
        assertRefused("field.required", "delegator", () -> new Delegation(null, viceChairman, FROM, TO, null));
        assertRefused("field.required", "delegate", () -> new Delegation(chairman, null, FROM, TO, null));
    }

    @Test
    void leaderMayNotDelegateToThemselves() {
        assertRefused("delegation.self", "delegate", () -> new Delegation(chairman, chairman, FROM, TO, null));
    }

    @Test
    void leaderMayNotDelegateToAnotherCopyOfThemselves() {
        Person chairmanCopy = Persisted.withId(new Person("Lê Văn Chủ", "Chủ tịch", province, null), 10);

        assertRefused("delegation.self", "delegate", () -> new Delegation(chairman, chairmanCopy, FROM, TO, null));
    }

    @Test
    void delegateMustWorkInTheSameAgency() {
        assertRefused("delegation.otherAgency", "delegate", () -> new Delegation(chairman, director, FROM, TO, null));
    }

    @Test
    void sameAgencyIsRecognisedById() {
        Agency provinceCopy = Persisted.withId(
                new Agency(OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false),
                1);
        Person deputy = Persisted.withId(new Person("Phạm Thị Phó", "Phó Chủ tịch", provinceCopy, null), 11);

        assertSame(deputy, new Delegation(chairman, deputy, FROM, TO, null).getDelegate());
    }

    @Test
    void periodIsRequired() {
        assertRefused("field.required", "validFrom", () -> new Delegation(chairman, viceChairman, null, TO, null));
        assertRefused("field.required", "validTo", () -> new Delegation(chairman, viceChairman, FROM, null, null));
    }

    @Test
    void periodMayNotEndBeforeItStarts() {
        assertRefused(
                "delegation.period.reversed", "validTo", () -> new Delegation(chairman, viceChairman, TO, FROM, null));
    }

    @Test
    void periodOfOneDayIsAccepted() {
        Delegation d = new Delegation(chairman, viceChairman, FROM, FROM, null);

        assertTrue(d.isInForceOn(FROM));
        assertFalse(d.isInForceOn(FROM.plusDays(1)));
    }

    @Test
    void delegationIsInForceOnBothBoundaryDaysAndBetween() {
        Delegation d = delegation();

        assertTrue(d.isInForceOn(FROM));
        assertTrue(d.isInForceOn(FROM.plusDays(2)));
        assertTrue(d.isInForceOn(TO));
    }

    @Test
    void delegationIsNotInForceOutsideItsPeriod() {
        Delegation d = delegation();

        assertFalse(d.isInForceOn(FROM.minusDays(1)));
        assertFalse(d.isInForceOn(TO.plusDays(1)));
    }

    @Test
    void revokedDelegationIsNoLongerInForce() {
        Delegation d = delegation();

        d.revoke(NOW);

        assertEquals(NOW, d.getRevokedAt());
        assertFalse(d.isInForceOn(FROM));
        assertFalse(d.isInForceOn(TO));
    }

    @Test
    void delegationIsRevokedOnlyOnce() {
        Delegation d = delegation();
        d.revoke(NOW);

        assertRefused("delegation.alreadyRevoked", null, () -> d.revoke(NOW.plusSeconds(60)));
        assertEquals(NOW, d.getRevokedAt());
    }
}
