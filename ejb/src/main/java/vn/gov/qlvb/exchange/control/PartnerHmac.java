package vn.gov.qlvb.exchange.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * The HMAC headers every partner call carries, made and checked the same way on both sides:
 * {@code X-System-Id}, {@code X-Timestamp} (Unix seconds) and {@code X-Signature} = Base64 of
 * HMAC-SHA256 with the partner's secret over
 * {@code systemId + "\n" + timestamp + "\n" + hex(SHA-256(body))} (an empty body for GET).
 *
 * <p>Checking a call:
 *
 * <ol>
 *   <li>the three headers are present and the timestamp is a number;
 *   <li>the timestamp is at most 5 minutes from the server's clock;
 *   <li>the signature equals the expected one (compared in constant time).
 * </ol>
 *
 * Each failure is {@code UNAUTHORIZED}; replays inside the window are caught by the boundary
 * (a signature is accepted once).
 */
public final class PartnerHmac {

    public static final String SYSTEM_ID = "X-System-Id";
    public static final String TIMESTAMP = "X-Timestamp";
    public static final String SIGNATURE = "X-Signature";

    /** How far the caller's clock may be from ours. */
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private PartnerHmac() {}

    /** The three header values for a call with {@code body} at {@code now}. */
    public static String[] headers(String systemId, byte[] secret, byte[] body, Instant now) {
        String timestamp = String.valueOf(now.getEpochSecond());
        return new String[] {systemId, timestamp, signature(systemId, timestamp, secret, body)};
    }

    public static String signature(String systemId, String timestamp, byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            String material = systemId + "\n" + timestamp + "\n" + hexSha256(body);
            return Base64.getEncoder().encodeToString(mac.doFinal(material.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing", e);
        }
    }

    /** Checks the timestamp window and the signature of a call; see the class comment. */
    public static void verify(
            String systemId, String timestamp, String signature, byte[] secret, byte[] body, Instant now) {
        if (systemId == null || timestamp == null || signature == null) {
            throw unauthorized("the headers X-System-Id, X-Timestamp and X-Signature are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw unauthorized("X-Timestamp is not Unix seconds");
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(WINDOW) > 0) {
            throw unauthorized("X-Timestamp is more than 5 minutes from the server's time");
        }
        byte[] expected = signature(systemId, timestamp.strip(), secret, body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().getBytes(StandardCharsets.US_ASCII))) {
            throw unauthorized("X-Signature does not match");
        }
    }

    public static String hexSha256(byte[] body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PackageRefusedException unauthorized(String message) {
        return new PackageRefusedException(PackageRefusal.UNAUTHORIZED, message);
    }
}
