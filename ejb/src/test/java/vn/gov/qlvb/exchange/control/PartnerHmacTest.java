package vn.gov.qlvb.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

class PartnerHmacTest {

    private static final byte[] SECRET = "bí-mật-chung-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY = "<edXML/>".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void signatureIsHmacSha256OverSystemTimestampAndBodyHash() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String expected = Base64.getEncoder()
                .encodeToString(mac.doFinal(
                        ("nghean\n1795428000\n" + PartnerHmac.hexSha256(BODY)).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, PartnerHmac.signature("nghean", "1795428000", SECRET, BODY));
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", PartnerHmac.hexSha256(new byte[0]));
    }

    @Test
    void goodHeadersPass() {
        String[] h = PartnerHmac.headers("nghean", SECRET, BODY, NOW.minusSeconds(299));
        PartnerHmac.verify(h[0], h[1], h[2], SECRET, BODY, NOW);
    }

    @Test
    void badHmacIsUnauthorized() {
        String[] h = PartnerHmac.headers("nghean", "khác-khác-khác-khác".getBytes(StandardCharsets.UTF_8), BODY, NOW);
        refused(() -> PartnerHmac.verify(h[0], h[1], h[2], SECRET, BODY, NOW));
    }

    @Test
    void changedBodyIsUnauthorized() {
        String[] h = PartnerHmac.headers("nghean", SECRET, BODY, NOW);
        refused(() ->
                PartnerHmac.verify(h[0], h[1], h[2], SECRET, "<edXML></edXML>".getBytes(StandardCharsets.UTF_8), NOW));
    }

    @Test
    void otherSystemIdIsUnauthorized() {
        String[] h = PartnerHmac.headers("nghean", SECRET, BODY, NOW);
        refused(() -> PartnerHmac.verify("caobang", h[1], h[2], SECRET, BODY, NOW));
    }

    @Test
    void staleOrFutureTimestampIsUnauthorized() {
        String[] old = PartnerHmac.headers(
                "nghean", SECRET, BODY, NOW.minus(Duration.ofMinutes(5)).minusSeconds(1));
        refused(() -> PartnerHmac.verify(old[0], old[1], old[2], SECRET, BODY, NOW));
        String[] future = PartnerHmac.headers("nghean", SECRET, BODY, NOW.plus(Duration.ofMinutes(6)));
        refused(() -> PartnerHmac.verify(future[0], future[1], future[2], SECRET, BODY, NOW));
    }

    @Test
    void missingOrNonNumericHeadersAreUnauthorized() {
        String[] h = PartnerHmac.headers("nghean", SECRET, BODY, NOW);
        refused(() -> PartnerHmac.verify(h[0], null, h[2], SECRET, BODY, NOW));
        refused(() -> PartnerHmac.verify(h[0], h[1], null, SECRET, BODY, NOW));
        refused(() -> PartnerHmac.verify(h[0], "hôm nay", h[2], SECRET, BODY, NOW));
    }

    @Test
    void secretsAreStoredEncryptedAndOpenOnlyWithTheServerKey() {
        PartnerSecrets server = new PartnerSecrets(new byte[32]);
        byte[] sealed = server.encrypt("bí-mật-chung-0123456789");
        assertNotEquals(-1, sealed.length);
        assertEquals(
                "bí-mật-chung-0123456789", new String(server.decrypt(sealed).orElseThrow(), StandardCharsets.UTF_8));
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertEquals(true, new PartnerSecrets(otherKey).decrypt(sealed).isEmpty());
        sealed[sealed.length - 1] ^= 1;
        assertEquals(true, server.decrypt(sealed).isEmpty(), "a changed ciphertext does not open");
    }

    private static void refused(org.junit.jupiter.api.function.Executable call) {
        assertEquals(
                PackageRefusal.UNAUTHORIZED,
                assertThrows(PackageRefusedException.class, call).refusal());
    }
}
