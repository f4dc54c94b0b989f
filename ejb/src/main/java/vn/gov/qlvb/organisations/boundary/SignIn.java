package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
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

    public void failed(String username) {
        account(username).ifPresent(a -> {
            a.recordFailedSignIn(Instant.now());
            if (a.isLocked(Instant.now())) {
                LOG.warning(() -> "Account " + a.getUsername() + " locked until " + a.getLockedUntil()
                        + " after repeated failed sign-ins");
            }
        });
    }

    public void succeeded(String username) {
        account(username).ifPresent(a -> a.recordSignIn(Instant.now()));
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
