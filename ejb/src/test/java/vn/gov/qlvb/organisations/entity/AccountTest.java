package vn.gov.qlvb.organisations.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.platform.entity.RuleViolationAssertions.assertRefused;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    private static final String HASH = "$2a$10$abcdefghijklmnopqrstuu0123456789abcdefghijklmnopqrstu";
    private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

    private final Agency province =
            new Agency(OrganId.of("000.00.00.H99"), "Ủy ban nhân dân tỉnh Mẫu", AgencyLevel.PROVINCE, null, false);
    private final Person clerk = new Person("Nguyễn Thị Văn Thư", "Văn thư", province, null);

    private Account account() {
        return new Account("vanthu", HASH, clerk, Set.of(Role.CLERK));
    }

    private static void fail(Account account, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedSignIn(at);
        }
    }

    @Nested
    class Username {

        @ParameterizedTest
        @CsvSource({"VanThu,vanthu", "'  nguyen.van_an-2 ',nguyen.van_an-2", "ABC,abc"})
        void usernameIsStrippedAndLowerCased(String given, String stored) {
            assertEquals(stored, Account.normaliseUsername(given));
            assertEquals(stored, new Account(given, HASH, clerk, Set.of(Role.CLERK)).getUsername());
        }

        @Test
        void usernameOf3To60CharactersIsAccepted() {
            assertEquals("abc", Account.normaliseUsername("abc"));
            assertEquals("a".repeat(60), Account.normaliseUsername("a".repeat(60)));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void usernameIsRequired(String username) {
            assertRefused("field.required", "username", () -> Account.normaliseUsername(username));
            assertRefused("field.required", "username", () -> new Account(username, HASH, clerk, Set.of(Role.CLERK)));
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "ab", // too short
                    "a b c", // blank inside
                    "nguyễn", // Vietnamese letter
                    "an@mau.gov.vn", // e-mail address
                    "van+thu",
                    "Đoàn"
                })
        void malformedUsernameIsRefused(String username) {
            assertRefused("account.username.malformed", "username", () -> Account.normaliseUsername(username));
        }

        @Test
        void usernameLongerThan60CharactersIsMalformed() {
            assertRefused("account.username.malformed", "username", () -> Account.normaliseUsername("a".repeat(61)));
        }

        @Test
        void blanksAroundTheUsernameDoNotCountTowardsItsLength() {
            assertEquals("ab1", Account.normaliseUsername("  ab1  "));
            assertRefused("account.username.malformed", "username", () -> Account.normaliseUsername("  ab  "));
        }
    }

    @Nested
    class Creation {

        @Test
        void newAccountIsActiveUnlockedWithItsRoles() {
            Account account = new Account("vanthu", HASH, clerk, Set.of(Role.CLERK, Role.SPECIALIST));

            assertEquals(HASH, account.getPasswordHash());
            assertEquals(clerk, account.getPerson());
            assertEquals(EnumSet.of(Role.CLERK, Role.SPECIALIST), account.getRoles());
            assertTrue(account.has(Role.CLERK));
            assertFalse(account.has(Role.ADMIN));
            assertTrue(account.isActive());
            assertFalse(account.isLocked(NOW));
            assertEquals(0, account.getFailedAttempts());
            assertNull(account.getLastSignInAt());
        }

        @Test
        void personIsRequired() {
            assertRefused("field.required", "person", () -> new Account("vanthu", HASH, null, Set.of(Role.CLERK)));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void atLeastOneRoleIsRequired(Set<Role> roles) {
            assertRefused("account.roles.required", "roles", () -> new Account("vanthu", HASH, clerk, roles));
        }

        @ParameterizedTest
        @NullAndEmptySource
        void grantingNoRoleIsRefusedAndKeepsTheRoles(Set<Role> roles) {
            Account account = account();

            assertRefused("account.roles.required", "roles", () -> account.grant(roles));

            assertEquals(EnumSet.of(Role.CLERK), account.getRoles());
        }

        @Test
        void grantReplacesTheRoles() {
            Account account = account();

            account.grant(Set.of(Role.LEADER, Role.ADMIN));

            assertEquals(EnumSet.of(Role.LEADER, Role.ADMIN), account.getRoles());
            assertFalse(account.has(Role.CLERK));
        }

        @Test
        void rolesHandedOutAreACopy() {
            Account account = account();

            account.getRoles().add(Role.ADMIN);

            assertFalse(account.has(Role.ADMIN));
        }
    }

    @Nested
    class Lockout {

        @Test
        void fourFailuresInARowDoNotLock() {
            Account account = account();

            fail(account, 4, NOW);

            assertFalse(account.isLocked(NOW));
            assertEquals(4, account.getFailedAttempts());
            assertNull(account.getLockedUntil());
        }

        @Test
        void fifthFailureInARowLocksForFifteenMinutes() {
            Account account = account();

            fail(account, 5, NOW);

            assertEquals(Duration.ofMinutes(15), Account.LOCK_DURATION);
            assertEquals(NOW.plus(Duration.ofMinutes(15)), account.getLockedUntil());
            assertTrue(account.isLocked(NOW));
            assertTrue(account.isLocked(NOW.plus(Duration.ofMinutes(15)).minusMillis(1)));
            assertEquals(0, account.getFailedAttempts());
        }

        @Test
        void lockExpiresAfterFifteenMinutes() {
            Account account = account();
            fail(account, 5, NOW);

            assertFalse(account.isLocked(NOW.plus(Duration.ofMinutes(15))));
            assertFalse(account.isLocked(NOW.plus(Duration.ofHours(1))));
        }

        @Test
        void lockIsTakenFromTheFifthFailure() {
            Account account = account();
            fail(account, 4, NOW);

            Instant fifth = NOW.plus(Duration.ofMinutes(3));
            account.recordFailedSignIn(fifth);

            assertEquals(fifth.plus(Account.LOCK_DURATION), account.getLockedUntil());
        }

        @Test
        void successfulSignInResetsTheCount() {
            Account account = account();
            fail(account, 4, NOW);

            account.recordSignIn(NOW);
            fail(account, 4, NOW);

            assertFalse(account.isLocked(NOW));
            assertEquals(4, account.getFailedAttempts());
            assertEquals(NOW, account.getLastSignInAt());
        }

        @Test
        void afterAnExpiredLockTheCountStartsAgain() {
            Account account = account();
            fail(account, 5, NOW);
            Instant later = NOW.plus(Duration.ofMinutes(20));

            fail(account, 4, later);
            assertFalse(account.isLocked(later));

            account.recordFailedSignIn(later);
            assertTrue(account.isLocked(later));
        }

        @Test
        void changingThePasswordResetsTheLock() {
            Account account = account();
            fail(account, 5, NOW);
            String newHash = HASH.replace("abc", "xyz");

            account.changePassword(newHash);

            assertFalse(account.isLocked(NOW));
            assertNull(account.getLockedUntil());
            assertEquals(0, account.getFailedAttempts());
            assertEquals(newHash, account.getPasswordHash());
            assertNotEquals(HASH, account.getPasswordHash());
        }

        @Test
        void changingThePasswordResetsTheCount() {
            Account account = account();
            fail(account, 4, NOW);

            account.changePassword(HASH);
            account.recordFailedSignIn(NOW);

            assertFalse(account.isLocked(NOW));
            assertEquals(1, account.getFailedAttempts());
        }

        @Test
        void administratorUnlocksBeforeTheLockExpires() {
            Account account = account();
            fail(account, 5, NOW);

            account.unlock();

            assertFalse(account.isLocked(NOW));
            assertNull(account.getLockedUntil());
            assertEquals(0, account.getFailedAttempts());
        }
    }

    @Test
    void deactivateAndReactivate() {
        Account account = account();

        account.deactivate();
        assertFalse(account.isActive());
        assertEquals(ActiveStatus.INACTIVE, account.getStatus());

        account.reactivate();
        assertTrue(account.isActive());
    }
}
