package vn.gov.qlvb.organisations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A person's sign-in account with its roles. The server's security realm reads
 * {@code password_hash}, {@code status} and {@code locked_until} directly (config/cli/server.cli):
 * an account signs in only while active and not locked.
 *
 * <p>Lockout: after {@value #MAX_FAILED_ATTEMPTS} failed sign-ins in a row the account is
 * locked for {@link #LOCK_DURATION}; a successful sign-in resets the count.
 */
@Entity
@Table(name = "qlvb_account")
@NamedQuery(name = Account.BY_USERNAME, query = "SELECT a FROM Account a WHERE a.username = :username")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "qlvb_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "username", length = 60, nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", length = 100, nullable = false)
    private String passwordHash;

    @OneToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qlvb_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_code", length = 20, nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private ActiveStatus status = ActiveStatus.ACTIVE;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Account() {}

    /**
     * @param passwordHash the password already hashed (modular crypt form), never clear text
     */
    public Account(String username, String passwordHash, Person person, Set<Role> roles) {
        this.username = normaliseUsername(username);
        if (person == null) {
            throw RuleViolation.invalid("field.required", "person");
        }
        this.person = person;
        this.passwordHash = passwordHash;
        this.passwordChangedAt = Instant.now();
        grant(roles);
    }

    /** Usernames are 3–60 characters of lower-case letters, digits, '.', '_' or '-'. */
    public static String normaliseUsername(String username) {
        if (username == null || username.isBlank()) {
            throw RuleViolation.invalid("field.required", "username");
        }
        String u = username.strip().toLowerCase(Locale.ROOT);
        if (u.length() < 3 || u.length() > 60 || !u.matches("[a-z0-9._-]+")) {
            throw RuleViolation.invalid("account.username.malformed", "username");
        }
        return u;
    }

    /** Replaces the roles; an account has at least one. */
    public void grant(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw RuleViolation.invalid("account.roles.required", "roles");
        }
        this.roles = EnumSet.copyOf(newRoles);
    }

    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.passwordChangedAt = Instant.now();
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    /** Counts a failed sign-in; the fifth in a row locks the account. */
    public void recordFailedSignIn(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
        }
    }

    public void recordSignIn(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** An administrator lifts a lock before it expires. */
    public void unlock() {
        lockedUntil = null;
        failedAttempts = 0;
    }

    public void deactivate() {
        status = ActiveStatus.INACTIVE;
    }

    public void reactivate() {
        status = ActiveStatus.ACTIVE;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Person getPerson() {
        return person;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public ActiveStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == ActiveStatus.ACTIVE;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }
}
