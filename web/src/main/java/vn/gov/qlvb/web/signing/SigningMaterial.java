package vn.gov.qlvb.web.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * Who may enrol which signing material, and the files they send, shared by the REST API and the
 * page "Chữ ký số của tôi": a person their own keystore and signature image; a clerk or an
 * administrator their agency's seal; an administrator of the whole province the server's token
 * keys, the trust anchors and the revocation lists (they are the server's, not one agency's).
 */
final class SigningMaterial {

    /** Largest keystore, certificate or revocation list accepted. */
    static final int MAX_KEY_BYTES = 256 * 1024;

    /** Largest signature or seal image accepted. */
    static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

    private SigningMaterial() {}

    /** @throws RuleViolation {@code access.denied} unless a clerk or an administrator */
    static void requireSealKeeper(Caller caller) {
        if (!caller.has(Role.CLERK) && !caller.isAdmin()) {
            throw RuleViolation.forbidden("access.denied");
        }
    }

    /** @throws RuleViolation {@code access.denied} unless an administrator of the whole province */
    static void requireTrustAdministrator(Caller caller) {
        if (!caller.isAdmin() || !caller.provinceWide()) {
            throw RuleViolation.forbidden("access.denied");
        }
    }

    /**
     * The bytes of an uploaded file, at most {@code max}: none or more is
     * {@code signing.INVALID_MATERIAL}.
     */
    static byte[] read(InputStream in, int max) {
        if (in == null) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        try (in) {
            byte[] content = in.readNBytes(max + 1);
            if (content.length == 0 || content.length > max) {
                throw new SigningException(SigningRefusal.INVALID_MATERIAL);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Same for a body already read. */
    static byte[] check(byte[] content, int max) {
        if (content == null || content.length == 0 || content.length > max) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        return content;
    }

    /** @throws RuleViolation {@code signing.pin.required} (field {@code pin}) when blank */
    static char[] pin(String pin) {
        if (pin == null || pin.isEmpty()) {
            throw RuleViolation.invalid("signing.pin.required", "pin");
        }
        return pin.toCharArray();
    }
}
