package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactsTest {

    private static String email(int length) {
        String domain = "@mau.gov.vn";
        return "v".repeat(length - domain.length()) + domain;
    }

    private static String website(int length) {
        String prefix = "https://";
        return prefix + "w".repeat(length - prefix.length());
    }

    @Test
    void everyPartIsOptional() {
        Contacts none = new Contacts();
        Contacts nulls = new Contacts(null, null, null, null, null);

        for (Contacts c : new Contacts[] {none, nulls}) {
            assertAll(
                    () -> assertNull(c.getAddress()),
                    () -> assertNull(c.getPhone()),
                    () -> assertNull(c.getFax()),
                    () -> assertNull(c.getEmail()),
                    () -> assertNull(c.getWebsite()));
        }
    }

    @Test
    void blankPartsAreNone() {
        Contacts c = new Contacts(" ", "", "\t", "  ", " ");

        assertAll(
                () -> assertNull(c.getAddress()),
                () -> assertNull(c.getPhone()),
                () -> assertNull(c.getFax()),
                () -> assertNull(c.getEmail()),
                () -> assertNull(c.getWebsite()));
    }

    @Test
    void givenPartsAreKeptStripped() {
        Contacts c = new Contacts(
                " Số 1 Trần Hưng Đạo, thành phố Mẫu ",
                " +84 (238) 3844-001 ",
                " 0238.3844.002 ",
                " ubnd@mau.gov.vn ",
                " https://mau.gov.vn ");

        assertAll(
                () -> assertEquals("Số 1 Trần Hưng Đạo, thành phố Mẫu", c.getAddress()),
                () -> assertEquals("+84 (238) 3844-001", c.getPhone()),
                () -> assertEquals("0238.3844.002", c.getFax()),
                () -> assertEquals("ubnd@mau.gov.vn", c.getEmail()),
                () -> assertEquals("https://mau.gov.vn", c.getWebsite()));
    }

    @Test
    void addressUpTo500CharactersIsAccepted() {
        assertEquals(
                500,
                new Contacts("ư".repeat(500), null, null, null, null)
                        .getAddress()
                        .length());
    }

    @Test
    void addressLongerThan500CharactersIsRefused() {
        var v = assertRefused("field.tooLong", "address", () -> new Contacts("ư".repeat(501), null, null, null, null));
        assertEquals(500, v.arguments()[0]);
    }

    @Test
    void phoneUpTo30CharactersIsAccepted() {
        assertEquals(
                30,
                new Contacts(null, "0".repeat(30), null, null, null).getPhone().length());
    }

    @Test
    void phoneLongerThan30CharactersIsRefused() {
        var v = assertRefused("field.tooLong", "phone", () -> new Contacts(null, "0".repeat(31), null, null, null));
        assertEquals(30, v.arguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0238 3844 001", "+84-238-3844-001", "(0238) 3844.001"})
    void phoneOfDigitsAndPunctuationIsAccepted(String phone) {
        assertEquals(phone, new Contacts(null, phone, null, null, null).getPhone());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0238 3844 001 ext", "số 0238", "0238/3844", "0238_3844"})
    void phoneWithOtherCharactersIsMalformed(String phone) {
        assertRefused("phone.malformed", "phone", () -> new Contacts(null, phone, null, null, null));
    }

    @Test
    void faxUpTo30CharactersIsAccepted() {
        assertEquals(
                30,
                new Contacts(null, null, "1".repeat(30), null, null).getFax().length());
    }

    @Test
    void faxLongerThan30CharactersIsRefused() {
        var v = assertRefused("field.tooLong", "fax", () -> new Contacts(null, null, "1".repeat(31), null, null));
        assertEquals(30, v.arguments()[0]);
    }

    @Test
    void faxWithOtherCharactersIsMalformedAndNamedFax() {
        assertRefused("phone.malformed", "fax", () -> new Contacts(null, null, "fax: 0238", null, null));
    }

    @Test
    void emailUpTo254CharactersIsAccepted() {
        assertEquals(
                254, new Contacts(null, null, null, email(254), null).getEmail().length());
    }

    @Test
    void emailLongerThan254CharactersIsRefused() {
        var v = assertRefused("field.tooLong", "email", () -> new Contacts(null, null, null, email(255), null));
        assertEquals(254, v.arguments()[0]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ubnd", "ubnd@mau", "@mau.gov.vn", "ubnd@", "ubnd@@mau.gov.vn", "van thu@mau.gov.vn"})
    void malformedEmailIsRefused(String email) {
        assertRefused("email.malformed", "email", () -> new Contacts(null, null, null, email, null));
    }

    @Test
    void websiteUpTo254CharactersIsAccepted() {
        assertEquals(
                254,
                new Contacts(null, null, null, null, website(254)).getWebsite().length());
    }

    @Test
    void websiteLongerThan254CharactersIsRefused() {
        var v = assertRefused("field.tooLong", "website", () -> new Contacts(null, null, null, null, website(255)));
        assertEquals(254, v.arguments()[0]);
    }

    @Test
    void websiteHasNoFormatOfItsOwn() {
        assertEquals("mau.gov.vn", new Contacts(null, null, null, null, "mau.gov.vn").getWebsite());
    }
}
