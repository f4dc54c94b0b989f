package vn.gov.qlvb.exchange.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * Partner secrets are HMAC keys the server must use in clear, so they cannot be hashed: they are
 * stored encrypted with AES-256-GCM (random 12-byte IV stored first, 128-bit tag) under the
 * server key {@code qlvb.exchange.partner-secret-key} (MicroProfile Config, Base64 of 32 bytes;
 * environment {@code QLVB_EXCHANGE_PARTNER_SECRET_KEY}). In demo mode ({@code qlvb.demo-data})
 * a fixed demo key is used when none is configured; elsewhere registering or checking a partner
 * without it is refused ({@code exchange.secretKey.missing}). A database dump alone does not
 * reveal the secrets.
 */
public final class PartnerSecrets {

    static final String CONFIG_KEY = "qlvb.exchange.partner-secret-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public PartnerSecrets(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the partner secret key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The server's key from the configuration (or the demo key in demo mode). */
    public static PartnerSecrets fromConfig(Config config) {
        Optional<String> configured = config.getOptionalValue(CONFIG_KEY, String.class);
        if (configured.isPresent()) {
            return new PartnerSecrets(
                    Base64.getDecoder().decode(configured.get().strip()));
        }
        if (Boolean.getBoolean("qlvb.demo-data")) {
            return new PartnerSecrets(sha256("QLVB demo exchange key, never in production"));
        }
        throw RuleViolation.conflict("exchange.secretKey.missing", null);
    }

    public byte[] encrypt(String secret) {
        try {
            byte[] iv = new byte[12];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing", e);
        }
    }

    /** The secret in clear, for the HMAC; empty when the stored value does not open with this key. */
    public Optional<byte[]> decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, stored, 0, 12));
            return Optional.of(cipher.doFinal(stored, 12, stored.length - 12));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
