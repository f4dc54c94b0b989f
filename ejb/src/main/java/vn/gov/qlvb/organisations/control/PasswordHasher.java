package vn.gov.qlvb.organisations.control;

import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Hashes passwords with bcrypt through Elytron, in the modular crypt form that the server's
 * {@code jdbc-realm} reads ({@code modular-crypt-mapper}), so the application and the realm
 * agree by construction. Also holds the password policy.
 */
public final class PasswordHasher {

    /** bcrypt cost: 2^10 rounds, about 60 ms on the reference machine. */
    public static final int COST = 10;

    public static final int MIN_LENGTH = 8;
    private static final Provider PROVIDER = WildFlyElytronPasswordProvider.getInstance();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHasher() {}

    /**
     * Checks the policy: at least 8 characters, at most 128, with a letter and a digit.
     *
     * @throws RuleViolation {@code password.weak}
     */
    public static void checkPolicy(String clear) {
        if (clear == null
                || clear.length() < MIN_LENGTH
                || clear.length() > 128
                || clear.chars().noneMatch(Character::isLetter)
                || clear.chars().noneMatch(Character::isDigit)) {
            throw RuleViolation.invalid("password.weak", "password", MIN_LENGTH);
        }
    }

    public static String hash(String clear) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        RANDOM.nextBytes(salt);
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password password = factory.generatePassword(new EncryptablePasswordSpec(
                    clear.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(password);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt unavailable", e);
        }
    }

    public static boolean matches(String clear, String hash) {
        if (clear == null || hash == null) {
            return false;
        }
        try {
            Password stored = ModularCrypt.decode(hash);
            PasswordFactory factory = PasswordFactory.getInstance(stored.getAlgorithm(), PROVIDER);
            return factory.verify(factory.translate(stored), clear.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
