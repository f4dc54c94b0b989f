package vn.gov.qlvb.signing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.signing.control.DemoAuthority;

/** The rules of an external signature's preparation and of a stored credential. */
class PreparedSignatureTest {

    private static final SignatureBlock BLOCK =
            new SignatureBlock(SignatureForm.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Lê Thị Bình");
    private static List<X509Certificate> chain;

    @BeforeAll
    static void certificate() {
        DemoAuthority authority = DemoAuthority.create("Test CA");
        chain = authority.issue("Lê Thị Bình", null, 1).chain();
    }

    private static PreparedSignature prepared(Instant at) {
        return new PreparedSignature(7, new byte[] {1, 2, 3}, chain, BLOCK, null, null, at);
    }

    @Test
    void completesOnceWithinFifteenMinutes() {
        Instant at = Instant.parse("2026-01-05T02:00:00Z");
        PreparedSignature preparation = prepared(at);
        assertEquals(at.plus(Duration.ofMinutes(15)), preparation.getExpiresAt());
        assertEquals(BLOCK, preparation.block());
        assertEquals(chain, preparation.chain());

        preparation.complete(at.plus(Duration.ofMinutes(15)));

        assertEquals(PreparationStatus.COMPLETED, preparation.getStatus());
        SigningException again = assertThrows(SigningException.class, () -> preparation.complete(at.plusSeconds(1)));
        assertEquals(SigningRefusal.PREPARATION_EXPIRED, again.refusal());
    }

    @Test
    void expiredPreparationIsRefused() {
        Instant at = Instant.parse("2026-01-05T02:00:00Z");
        PreparedSignature preparation = prepared(at);

        SigningException refused = assertThrows(
                SigningException.class,
                () -> preparation.complete(at.plus(Duration.ofMinutes(15)).plusSeconds(1)));

        assertEquals(SigningRefusal.PREPARATION_EXPIRED, refused.refusal());
        assertEquals(PreparationStatus.PREPARED, preparation.getStatus());
    }

    @Test
    void credentialOfAnotherPersonIsRefused() {
        SigningCredential credential = SigningCredential.serverToken(7L, null, "lanhdao", chain);
        credential.requireUsableByPerson(7);

        SigningException refused = assertThrows(SigningException.class, () -> credential.requireUsableByPerson(8));
        assertEquals(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER, refused.refusal());
        assertThrows(SigningException.class, () -> credential.requireUsableByAgency(7));

        credential.retire();
        assertEquals(
                SigningRefusal.CERTIFICATE_NOT_OF_SIGNER,
                assertThrows(SigningException.class, () -> credential.requireUsableByPerson(7))
                        .refusal());
    }

    @Test
    void signatureLinesFollowTheDecree() {
        assertEquals(
                "KT. CHỦ TỊCH", new SignatureBlock(SignatureForm.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "A").authorityLine());
        assertEquals(
                "PHÓ CHỦ TỊCH", new SignatureBlock(SignatureForm.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "A").positionLine());
        SignatureBlock direct = new SignatureBlock(SignatureForm.DIRECT, "CHỦ TỊCH", "CHỦ TỊCH", "A");
        assertEquals("CHỦ TỊCH", direct.authorityLine());
        assertEquals("", direct.positionLine());
        assertEquals(
                "TM. ỦY BAN NHÂN DÂN",
                new SignatureBlock(SignatureForm.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "A").authorityLine());
        assertEquals(
                "TUQ. GIÁM ĐỐC",
                new SignatureBlock(SignatureForm.TUQ, "GIÁM ĐỐC", "TRƯỞNG PHÒNG", "A").authorityLine());
        assertEquals(
                "TL. CHỦ TỊCH",
                new SignatureBlock(SignatureForm.TL, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "A").authorityLine());
    }
}
