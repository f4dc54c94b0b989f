package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonTest {

    private final Agency province = Persisted.withId(
            new Agency(OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false), 1);
    private final Agency department = Persisted.withId(
            new Agency(OrganId.of("000.00.01.H99"), "Sở Nội vụ tỉnh Mẫu", AgencyLevel.PROVINCE, province, false), 2);
    private final Unit office = Persisted.withId(new Unit(province, "VP", "Văn phòng UBND tỉnh"), 10);
    private final Unit departmentOffice = Persisted.withId(new Unit(department, "VP", "Văn phòng Sở"), 11);

    private Person person() {
        return new Person("Nguyễn Văn An", "Chánh Văn phòng", province, office);
    }

    @Nested
    class Rename {

        @Test
        void namesAreStrippedAndABlankPositionIsNone() {
            Person person = person();

            person.rename("  Trần Thị Bình ", " Chuyên viên ");
            assertEquals("Trần Thị Bình", person.getFullName());
            assertEquals("Chuyên viên", person.getPosition());

            person.rename("Trần Thị Bình", "  ");
            assertNull(person.getPosition());
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "  "})
        void fullNameIsRequired(String fullName) {
            Person person = person();

            assertRefused("field.required", "fullName", () -> person.rename(fullName, null));
            assertEquals("Nguyễn Văn An", person.getFullName());
        }

        @Test
        void fullNameOf150CharactersIsAccepted() {
            Person person = person();

            person.rename("ễ".repeat(150), null);

            assertEquals(150, person.getFullName().length());
        }

        @Test
        void fullNameLongerThan150CharactersIsRefused() {
            Person person = person();

            var v = assertRefused("field.tooLong", "fullName", () -> person.rename("ễ".repeat(151), null));
            assertEquals(150, v.arguments()[0]);
        }

        @Test
        void positionLongerThan150CharactersIsRefused() {
            Person person = person();

            var v = assertRefused("field.tooLong", "position", () -> person.rename("Nguyễn Văn An", "p".repeat(151)));
            assertEquals(150, v.arguments()[0]);
            assertEquals("Chánh Văn phòng", person.getPosition());
        }
    }

    @Nested
    class PlaceIn {

        @Test
        void personIsPlacedInAUnitOfTheirAgency() {
            Person person = person();

            person.placeIn(department, departmentOffice);

            assertSame(department, person.getAgency());
            assertSame(departmentOffice, person.getUnit());
        }

        @Test
        void personMayBelongToNoUnit() {
            Person person = person();

            person.placeIn(department, null);

            assertSame(department, person.getAgency());
            assertNull(person.getUnit());
        }

        @Test
        void agencyIsRequired() {
            Person person = person();

            assertRefused("field.required", "agency", () -> person.placeIn(null, office));
            assertSame(province, person.getAgency());
        }

        @Test
        void unitOfAnotherAgencyIsRefused() {
            Person person = person();

            assertRefused("person.unit.otherAgency", "unit", () -> person.placeIn(province, departmentOffice));
            assertSame(office, person.getUnit());
        }

        @Test
        void unitOfAnotherAgencyIsRefusedOnCreation() {
            assertRefused(
                    "person.unit.otherAgency", "unit", () -> new Person("Nguyễn Văn An", null, department, office));
        }

        @Test
        void unitOfAnotherCopyOfTheSameAgencyIsAccepted() {
            Agency provinceCopy = Persisted.withId(
                    new Agency(
                            OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false),
                    1);
            Person person = person();

            person.placeIn(provinceCopy, office);

            assertSame(office, person.getUnit());
        }
    }

    @Nested
    class UpdateContacts {

        @Test
        void contactsAreStrippedAndBlanksAreNone() {
            Person person = person();

            person.updateContacts(" an.nv@mau.gov.vn ", " 0912 345 678 ");
            assertEquals("an.nv@mau.gov.vn", person.getEmail());
            assertEquals("0912 345 678", person.getPhone());

            person.updateContacts(" ", null);
            assertNull(person.getEmail());
            assertNull(person.getPhone());
        }

        @ParameterizedTest
        @ValueSource(strings = {"an.nv", "an.nv@mau", "an nv@mau.gov.vn", "an@@mau.gov.vn"})
        void malformedEmailIsRefused(String email) {
            Person person = person();
            person.updateContacts("an.nv@mau.gov.vn", "0912345678");

            assertRefused("email.malformed", "email", () -> person.updateContacts(email, "0912000000"));
            assertEquals("an.nv@mau.gov.vn", person.getEmail());
            assertEquals("0912345678", person.getPhone());
        }

        @Test
        void emailLongerThan254CharactersIsRefusedAsTooLong() {
            Person person = person();
            String email = "a".repeat(255 - "@mau.gov.vn".length()) + "@mau.gov.vn";

            assertRefused("field.tooLong", "email", () -> person.updateContacts(email, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0912-ABC", "số 0912", "0912/345"})
        void malformedPhoneIsRefused(String phone) {
            Person person = person();

            assertRefused("phone.malformed", "phone", () -> person.updateContacts(null, phone));
        }

        @Test
        void phoneLongerThan30CharactersIsRefusedAsTooLong() {
            Person person = person();

            assertRefused("field.tooLong", "phone", () -> person.updateContacts(null, "0".repeat(31)));
        }
    }

    @Test
    void deactivateAndReactivate() {
        Person person = person();
        assertTrue(person.isActive());

        person.deactivate();
        assertFalse(person.isActive());
        assertEquals(ActiveStatus.INACTIVE, person.getStatus());

        person.reactivate();
        assertTrue(person.isActive());
    }
}
