package vn.gov.qlvb.organisations.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String PASSWORD = "VanThu@2026";

    @ParameterizedTest
    @ValueSource(strings = {"abcdefg1", "12345678a", "Mật khẩu 2026", "VanThu@2026"})
    void passwordOfEightCharactersWithALetterAndADigitPasses(String password) {
        assertDoesNotThrow(() -> PasswordHasher.checkPolicy(password));
    }

    @Test
    void passwordOf128CharactersPasses() {
        assertDoesNotThrow(() -> PasswordHasher.checkPolicy("a1".repeat(64)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "", //
                "abcdef1", // seven characters
                "abcdefgh", // no digit
                "12345678", // no letter
                "!@#$%^&*()", // neither
            })
    void weakPasswordIsRefused(String password) {
        var v = assertRefused("password.weak", "password", () -> PasswordHasher.checkPolicy(password));
        assertEquals(PasswordHasher.MIN_LENGTH, v.arguments()[0]);
    }

    @Test
    void passwordLongerThan128CharactersIsRefused() {
        assertRefused("password.weak", "password", () -> PasswordHasher.checkPolicy("a1".repeat(64) + "x"));
    }

    @Test
    void hashIsBcryptInModularCryptFormWithTheConfiguredCost() {
        String hash = PasswordHasher.hash(PASSWORD);

        assertTrue(hash.matches("\\$2[aby]?\\$10\\$[./A-Za-z0-9]{53}"), hash);
        assertTrue(hash.length() <= 100, "fits qlvb_account.password_hash");
    }

    @Test
    void hashMatchesThePasswordItWasMadeFrom() {
        assertTrue(PasswordHasher.matches(PASSWORD, PasswordHasher.hash(PASSWORD)));
    }

    @Test
    void vietnamesePasswordMatches() {
        String password = "Mật khẩu 2026";

        assertTrue(PasswordHasher.matches(password, PasswordHasher.hash(password)));
    }

    @Test
    void hashDoesNotMatchAnotherPassword() {
        String hash = PasswordHasher.hash(PASSWORD);

        assertFalse(PasswordHasher.matches("VanThu@2027", hash));
        assertFalse(PasswordHasher.matches("vanthu@2026", hash));
        assertFalse(PasswordHasher.matches("", hash));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "VanThu@2026", "$2a$10$tooShort", "$1$abc$def", "{bcrypt}x"})
    void garbageHashMatchesNothing(String hash) {
        assertFalse(PasswordHasher.matches(PASSWORD, hash));
    }

    @Test
    void missingPasswordOrHashMatchesNothing() {
        String hash = PasswordHasher.hash(PASSWORD);

        assertFalse(PasswordHasher.matches(null, hash));
        assertFalse(PasswordHasher.matches(PASSWORD, null));
    }

    @Test
    void twoHashesOfTheSamePasswordDifferByTheirSalt() {
        String first = PasswordHasher.hash(PASSWORD);
        String second = PasswordHasher.hash(PASSWORD);

        assertNotEquals(first, second);
        assertTrue(PasswordHasher.matches(PASSWORD, first));
        assertTrue(PasswordHasher.matches(PASSWORD, second));
    }
}
