package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import vn.gov.qlvb.organisations.entity.Account;

/**
 * Sign-in bookkeeping around the server's authentication: counts failures, locks an account
 * after {@value Account#MAX_FAILED_ATTEMPTS} in a row (the security realm then refuses it until
 * the lock expires) and records successful sign-ins. Callers are not yet authenticated.
 */
@Stateless
@PermitAll
public class SignIn {

    private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

    @PersistenceContext
    EntityManager em;

    /** Whether the account exists and is locked now. */
    public boolean isLocked(String username) {
        return account(username).map(a -> a.isLocked(Instant.now())).orElse(false);
    }

    /** Counts a failure; the account row is locked so concurrent failures all count. */
    public void failed(String username) {
        account(username).ifPresent(found -> {
            em.lock(found, LockModeType.PESSIMISTIC_WRITE);
            em.refresh(found);
            Account a = found;
            a.recordFailedSignIn(Instant.now());
            if (a.isLocked(Instant.now())) {
                LOG.warning(() -> "Account " + a.getUsername() + " locked until " + a.getLockedUntil()
                        + " after repeated failed sign-ins");
            }
        });
    }

    /**
     * Resets the failure count and notes the time. A bulk update, without the version check:
     * an API client signing every call with HTTP Basic must not collide with itself.
     */
    public void succeeded(String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        em.createNativeQuery("UPDATE qlvb_account SET failed_attempts = 0, locked_until = NULL, last_sign_in_at = ?"
                        + " WHERE username = ?")
                .setParameter(1, java.sql.Timestamp.from(Instant.now()))
                .setParameter(2, username.strip().toLowerCase(java.util.Locale.ROOT))
                .executeUpdate();
    }

    private Optional<Account> account(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream()
                .findFirst();
    }
}
