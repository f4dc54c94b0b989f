package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.CENTRAL;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.COMMUNE;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.DISTRICT;
import static vn.gov.qlvb.organisations.entity.AgencyLevel.PROVINCE;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyTest {

    private static final String PROVINCE_NAME = "Ủy ban nhân dân tỉnh Mẫu";

    private static Agency agency(String organId, AgencyLevel level, Agency parent) {
        return new Agency(OrganId.of(organId), "Cơ quan " + organId, level, parent, false);
    }

    private static Agency province() {
        return new Agency(OrganId.of("000.00.00.H99"), PROVINCE_NAME, PROVINCE, null, false);
    }

    @Nested
    class Creation {

        @Test
        void newAgencyIsActiveHostedHereWithEmptyContacts() {
            Agency agency = province();

            assertEquals(OrganId.of("000.00.00.H99"), agency.getOrganId());
            assertEquals(PROVINCE_NAME, agency.getName());
            assertNull(agency.getShortName());
            assertEquals(PROVINCE, agency.getLevel());
            assertNull(agency.getParent());
            assertFalse(agency.isRemote());
            assertTrue(agency.isActive());
            assertEquals(ActiveStatus.ACTIVE, agency.getStatus());
            assertNotNull(agency.getContacts());
            assertNull(agency.getContacts().getEmail());
            assertNotNull(agency.getCreatedAt());
            assertEquals(agency.getCreatedAt(), agency.getUpdatedAt());
            assertNull(agency.getId());
        }

        @Test
        void levelIsRequired() {
            assertRefused(
                    "field.required",
                    "level",
                    () -> new Agency(OrganId.of("000.00.00.H99"), PROVINCE_NAME, null, null, false));
        }

        @Test
        void nameIsRequired() {
            assertRefused(
                    "field.required",
                    "name",
                    () -> new Agency(OrganId.of("000.00.00.H99"), " ", PROVINCE, null, false));
        }

        @Test
        void agencyIsNotCreatedBelowALowerLevel() {
            Agency district = agency("000.00.01.H99", DISTRICT, null);

            assertRefused("agency.parent.level", "level", () -> agency("000.00.02.H99", PROVINCE, district));
        }
    }

    @Nested
    class Rename {

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void fullNameIsRequired(String name) {
            Agency agency = province();

            assertRefused("field.required", "name", () -> agency.rename(name, "UBND"));
            assertEquals(PROVINCE_NAME, agency.getName());
        }

        @Test
        void fullNameOf255CharactersIsAccepted() {
            Agency agency = province();
            String name = "Đ".repeat(255);

            agency.rename(name, null);

            assertEquals(name, agency.getName());
        }

        @Test
        void fullNameLongerThan255CharactersIsRefused() {
            Agency agency = province();

            var violation = assertRefused("field.tooLong", "name", () -> agency.rename("Đ".repeat(256), null));
            assertEquals(255, violation.arguments()[0]);
            assertEquals(PROVINCE_NAME, agency.getName());
        }

        @Test
        void shortNameOf50CharactersIsAccepted() {
            Agency agency = province();

            agency.rename(PROVINCE_NAME, "Ư".repeat(50));

            assertEquals("Ư".repeat(50), agency.getShortName());
        }

        @Test
        void shortNameLongerThan50CharactersIsRefused() {
            Agency agency = province();

            var violation =
                    assertRefused("field.tooLong", "shortName", () -> agency.rename(PROVINCE_NAME, "Ư".repeat(51)));
            assertEquals(50, violation.arguments()[0]);
        }

        @Test
        void namesAreStrippedAndABlankShortNameIsNone() {
            Agency agency = province();

            agency.rename("  Sở Nội vụ tỉnh Mẫu ", " SNV ");
            assertEquals("Sở Nội vụ tỉnh Mẫu", agency.getName());
            assertEquals("SNV", agency.getShortName());

            agency.rename("Sở Nội vụ tỉnh Mẫu", "  ");
            assertNull(agency.getShortName());
        }

        @Test
        void blanksAroundTheNameDoNotCountTowardsItsLength() {
            Agency agency = province();

            agency.rename("  " + "a".repeat(255) + "  ", null);

            assertEquals(255, agency.getName().length());
        }
    }

    @Nested
    class MoveUnder {

        @Test
        void agencyMayNotBeItsOwnParent() {
            Agency agency = province();

            assertRefused("agency.parent.cycle", "parentOrganId", () -> agency.moveUnder(agency));
            assertNull(agency.getParent());
        }

        @Test
        void agencyMayNotMoveUnderItsDescendant() {
            Agency top = province();
            Agency child = agency("000.00.01.H99", PROVINCE, top);
            Agency grandChild = agency("000.01.01.H99", PROVINCE, child);

            assertRefused("agency.parent.cycle", "parentOrganId", () -> top.moveUnder(grandChild));
            assertRefused("agency.parent.cycle", "parentOrganId", () -> top.moveUnder(child));
            assertNull(top.getParent());
        }

        @Test
        void cycleIsFoundThroughAnotherCopyOfTheSameAgency() {
            // the parent chain was loaded separately: it holds a different instance with the same id
            Agency top = Persisted.withId(province(), 1);
            Agency topCopy = Persisted.withId(province(), 1);
            Agency child = Persisted.withId(agency("000.00.01.H99", PROVINCE, topCopy), 2);

            assertRefused("agency.parent.cycle", "parentOrganId", () -> top.moveUnder(child));
        }

        @Test
        void cycleRuleComesBeforeTheLevelRule() {
            Agency top = province();
            Agency district = agency("000.01.01.H99", DISTRICT, top);

            assertRefused("agency.parent.cycle", "parentOrganId", () -> top.moveUnder(district));
        }

        @Test
        void agencyMayNotMoveUnderALowerLevel() {
            Agency province = province();
            Agency commune = agency("001.01.01.H99", COMMUNE, null);

            assertRefused("agency.parent.level", "level", () -> province.moveUnder(commune));
            assertNull(province.getParent());
        }

        @Test
        void agencyMovesUnderTheSameOrAHigherLevel() {
            Agency ministry = agency("000.00.00.G01", CENTRAL, null);
            Agency province = province();
            Agency department = agency("000.00.01.H99", PROVINCE, null);

            department.moveUnder(province);
            assertSame(province, department.getParent());

            department.moveUnder(ministry);
            assertSame(ministry, department.getParent());
        }

        @Test
        void agencyMovesToTheTop() {
            Agency province = province();
            Agency department = agency("000.00.01.H99", PROVINCE, province);

            department.moveUnder(null);

            assertNull(department.getParent());
        }
    }

    @Nested
    class ChangeLevel {

        @Test
        void levelIsRequired() {
            Agency agency = province();

            assertRefused("field.required", "level", () -> agency.changeLevel(null));
            assertEquals(PROVINCE, agency.getLevel());
        }

        @Test
        void levelMayNotRiseAboveTheParentsLevel() {
            Agency province = province();
            Agency district = agency("000.01.01.H99", DISTRICT, province);

            assertRefused("agency.parent.level", "level", () -> district.changeLevel(CENTRAL));
            assertEquals(DISTRICT, district.getLevel());
        }

        @Test
        void levelMayChangeWithinTheParentsLevelOrBelow() {
            Agency province = province();
            Agency district = agency("000.01.01.H99", DISTRICT, province);

            district.changeLevel(PROVINCE);
            assertEquals(PROVINCE, district.getLevel());
            district.changeLevel(COMMUNE);
            assertEquals(COMMUNE, district.getLevel());
        }

        @Test
        void agencyAtTheTopMayTakeAnyLevel() {
            Agency agency = province();

            agency.changeLevel(CENTRAL);

            assertEquals(CENTRAL, agency.getLevel());
        }
    }

    @Nested
    class Relocate {

        @Test
        void parentAndLevelAreCheckedInTheStateTheyEndIn() {
            Agency province = province();
            Agency district = agency("000.00.31.H99", DISTRICT, province);
            Agency department = agency("000.00.01.H99", PROVINCE, province);

            // A provincial department becomes a district-level office under a district: valid
            // once both change, though neither change alone would be.
            department.relocate(district, DISTRICT);

            assertSame(district, department.getParent());
            assertEquals(DISTRICT, department.getLevel());
        }

        @Test
        void aRefusedRelocationChangesNothing() {
            Agency province = province();
            Agency district = agency("000.00.31.H99", DISTRICT, province);
            Agency department = agency("000.00.01.H99", PROVINCE, province);

            assertRefused("agency.parent.level", "level", () -> department.relocate(district, PROVINCE));
            assertSame(province, department.getParent());
            assertEquals(PROVINCE, department.getLevel());
        }

        @Test
        void aCycleIsRefusedWhateverTheLevel() {
            Agency province = province();
            Agency district = agency("000.00.31.H99", DISTRICT, province);

            assertRefused("agency.parent.cycle", "parentOrganId", () -> province.relocate(district, COMMUNE));
        }
    }

    @Nested
    class MarkRemote {

        @Test
        void remoteAgencyKeepsItsPartnerSystem() {
            Agency agency = province();

            agency.markRemote(true, "  vpcp.lgsp  ");

            assertTrue(agency.isRemote());
            assertEquals("vpcp.lgsp", agency.getPartnerSystemId());
        }

        @Test
        void agencyHostedHereHasNoPartnerSystem() {
            Agency agency = province();
            agency.markRemote(true, "vpcp.lgsp");

            agency.markRemote(false, "vpcp.lgsp");

            assertFalse(agency.isRemote());
            assertNull(agency.getPartnerSystemId());
        }

        @Test
        void blankPartnerSystemIsNone() {
            Agency agency = province();

            agency.markRemote(true, " ");

            assertTrue(agency.isRemote());
            assertNull(agency.getPartnerSystemId());
        }
    }

    @Nested
    class IsAncestorOrSelfOf {

        private final Agency province = Persisted.withId(province(), 1);
        private final Agency department = Persisted.withId(agency("000.00.01.H99", PROVINCE, province), 2);
        private final Agency district = Persisted.withId(agency("000.01.00.H99", DISTRICT, province), 3);
        private final Agency commune = Persisted.withId(agency("001.01.00.H99", COMMUNE, district), 4);

        @Test
        void agencyIsAncestorOrSelfOfItself() {
            assertTrue(district.isAncestorOrSelfOf(district));
        }

        @Test
        void agencyIsAncestorOfEveryAgencyBelowIt() {
            assertTrue(province.isAncestorOrSelfOf(department));
            assertTrue(province.isAncestorOrSelfOf(district));
            assertTrue(province.isAncestorOrSelfOf(commune));
            assertTrue(district.isAncestorOrSelfOf(commune));
        }

        @Test
        void agencyIsNotAncestorOfItsParentOrSiblings() {
            assertFalse(district.isAncestorOrSelfOf(province));
            assertFalse(commune.isAncestorOrSelfOf(district));
            assertFalse(department.isAncestorOrSelfOf(district));
            assertFalse(department.isAncestorOrSelfOf(commune));
        }

        @Test
        void agencyIsAncestorOfAnotherCopyOfItsDescendant() {
            Agency communeCopy = Persisted.withId(agency("001.01.00.H99", COMMUNE, district), 4);

            assertTrue(province.isAncestorOrSelfOf(communeCopy));
        }

        @Test
        void noAgencyIsBelowNothing() {
            assertFalse(province.isAncestorOrSelfOf(null));
        }
    }

    @Nested
    class Lifecycle {

        @Test
        void deactivatedAgencyIsInactive() {
            Agency agency = province();

            agency.deactivate();

            assertFalse(agency.isActive());
            assertEquals(ActiveStatus.INACTIVE, agency.getStatus());
        }

        @Test
        void reactivatedAgencyIsActiveAgain() {
            Agency agency = province();
            agency.deactivate();

            agency.reactivate();

            assertTrue(agency.isActive());
            assertEquals(ActiveStatus.ACTIVE, agency.getStatus());
        }

        @Test
        void updateContactsReplacesThemAndNoneMeansEmpty() {
            Agency agency = province();

            agency.updateContacts(new Contacts(null, "0236 3822 222", null, null, null));
            assertEquals("0236 3822 222", agency.getContacts().getPhone());

            agency.updateContacts(null);
            assertNull(agency.getContacts().getPhone());
        }
    }
}
