package vn.gov.qlvb.platform.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 as the system writes it down (lowercase hex), and the links of its append-only
 * histories: each entry's hash covers its own fields and the previous entry's hash, so that
 * changing or removing an entry breaks every later link.
 */
public final class Sha256 {

    /** The "previous hash" of a history's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private Sha256() {}

    /** The hex SHA-256 of the bytes. */
    public static String hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hash of a history entry: its fields as text ({@code "null"} for none), then the
     * previous entry's hash, separated by the unit separator U+001F, in UTF-8.
     */
    public static String link(String previousHash, Object... fields) {
        StringBuilder content = new StringBuilder();
        for (Object field : fields) {
            content.append(field).append('\u001f');
        }
        content.append(previousHash);
        return hex(content.toString().getBytes(StandardCharsets.UTF_8));
    }
}
