package vn.gov.qlvb.signing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.gov.qlvb.signing.entity.SealPlacement;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SignatureForm;
import vn.gov.qlvb.signing.entity.SignedPdf;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * The signing steps with real keys (a BouncyCastle test authority), real EU DSS and PDFBox, and
 * poppler's {@code pdfsig} as the independent judge of the signatures.
 */
class DocumentSignerTest {

    private static final char[] PIN = "123456".toCharArray();
    private static final SignatureBlock BLOCK =
            new SignatureBlock(SignatureForm.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", SigningFixtures.SIGNER);

    private static DemoAuthority authority;
    private static DemoAuthority stranger;
    private static DemoAuthority.Issued signer;
    private static DemoAuthority.Issued agency;
    private static DemoAuthority.Issued revoked;
    private static X509CRL crl;
    private static byte[] signatureImage;
    private static byte[] sealImage;

    @TempDir
    Path work;

    @BeforeAll
    static void issueKeys() {
        authority = DemoAuthority.create("QLVB Test CA");
        stranger = DemoAuthority.create("Unknown CA");
        signer = authority.issue(SigningFixtures.SIGNER, "UBND tỉnh Mẫu", 2);
        agency = authority.issue("Ủy ban nhân dân tỉnh Mẫu", "UBND tỉnh Mẫu", 2);
        revoked = authority.issue("Trần Văn Bị Thu Hồi", "UBND tỉnh Mẫu", 2);
        crl = authority.revocationList(
                List.of(revoked.certificate()), Instant.now().minusSeconds(3600));
        signatureImage = SignatureAppearance.demoSignature(SigningFixtures.SIGNER);
        sealImage = SignatureAppearance.demoSeal("Ủy ban nhân dân tỉnh Mẫu", 36 * 72 / 25.4f);
    }

    private static DocumentSigner signer() {
        return new DocumentSigner(new CertificateTrust(List.of(authority.certificate()), List.of(crl)));
    }

    private static SigningKey keyOf(DemoAuthority.Issued issued) {
        return SigningKey.pkcs12(issued.pkcs12(PIN), PIN);
    }

    @Test
    void signerSignatureWithPkcs12AndPinIsValidForPdfsig() {
        SignedPdf signed;
        try (SigningKey key = keyOf(signer)) {
            signed = signer().signAsSigner(SigningFixtures.draft(true), key, BLOCK, signatureImage);
        }
        SigningFixtures.PdfSig pdfsig = SigningFixtures.pdfsig(work, signed.content());
        pdfsig.assertAllValid(1);
        assertEquals(List.of("Total document signed"), pdfsig.coverage(), pdfsig.output());
        assertEquals(List.of(SigningFixtures.SIGNER), pdfsig.signers(), pdfsig.output());
        assertEquals(signer.certificate().getSerialNumber().toString(16), signed.certificateSerial());
        assertTrue(signed.signerSubject().contains("CN=" + SigningFixtures.SIGNER), signed.signerSubject());

        List<SignatureCheck> checks = signer().validate(signed.content());
        assertEquals(1, checks.size());
        assertTrue(checks.get(0).valid(), checks.toString());
        assertTrue(checks.get(0).coversWholeDocument());
        assertEquals(signed.signingTime(), checks.get(0).signingTime());
        assertEquals(SigningFixtures.SIGNER, checks.get(0).signerName());
    }

    @Test
    void demoKeysOnP256SignValidlyToo() {
        DemoAuthority demo = DemoAuthority.create("QLVB Demo CA", DemoAuthority.Keys.EC_P256);
        DemoAuthority.Issued ec = demo.issue(SigningFixtures.SIGNER, "UBND tỉnh Mẫu", 3);
        SignedPdf signed;
        try (SigningKey key = SigningKey.pkcs12(ec.pkcs12(PIN), PIN)) {
            signed = new DocumentSigner(new CertificateTrust(List.of(demo.certificate()), List.of()))
                    .signAsSigner(SigningFixtures.draft(true), key, BLOCK, signatureImage);
        }
        SigningFixtures.pdfsig(work, signed.content()).assertAllValid(1);
    }

    @Test
    void signerImageStandsAboveThePrintedNameOnTheLastPage() {
        byte[] draft = SigningFixtures.draft(true);
        PadesSigner.Appearance appearance = signer().signerAppearance(draft, BLOCK, signatureImage);
        PdfLayout.Area name =
                PdfLayout.of(draft).find(SigningFixtures.SIGNER, 2).orElseThrow();
        assertEquals(2, appearance.area().page());
        assertTrue(appearance.area().y() + appearance.area().height() <= name.y(), "image above the name");
        assertEquals(
                name.x() + name.width() / 2,
                appearance.area().x() + appearance.area().width() / 2,
                1,
                "centred");

        PadesSigner.Appearance whole = signer().signerAppearance(SigningFixtures.draft(false), BLOCK, signatureImage);
        assertEquals(2, whole.area().page());
        assertTrue(whole.area().x() > 595 / 2f, "bottom right when the name is not printed");
        assertTrue(whole.area().y() > 842 / 2f, "bottom right when the name is not printed");
    }

    @Test
    void aDeputyOfACollectiveSignsUnderTheCollectivesLineAndTheHeadsLine() throws Exception {
        SignatureBlock deputy = new SignatureBlock(
                SignatureForm.KT, "CHỦ TỊCH", "PHÓ CHỦ TỊCH", SigningFixtures.SIGNER, "ỦY BAN NHÂN DÂN");
        assertEquals(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), deputy.lines());
        SignedPdf signed;
        try (SigningKey key = keyOf(signer)) {
            signed = signer().signAsSigner(SigningFixtures.draft(false), key, deputy, signatureImage);
        }
        SigningFixtures.pdfsig(work, signed.content()).assertAllValid(1);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(signed.content())) {
            assertEquals(
                    "TM. ỦY BAN NHÂN DÂN - KT. CHỦ TỊCH - PHÓ CHỦ TỊCH",
                    pdf.getSignatureDictionaries().get(0).getReason(),
                    "the signature says the three lines in their order");
        }
        float withTwo = SignatureAppearance.signerBlock(BLOCK, signatureImage).height();
        float withThree =
                SignatureAppearance.signerBlock(deputy, signatureImage).height();
        assertEquals(17, withThree - withTwo, 0.01, "the drawn block has one line more");
        assertEquals(
                List.of("TUQ. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"),
                new SignatureBlock(SignatureForm.TUQ, "CHỦ TỊCH", "CHÁNH VĂN PHÒNG", SigningFixtures.SIGNER).lines());
        assertEquals(
                List.of("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),
                new SignatureBlock(
                                SignatureForm.TM,
                                "ỦY BAN NHÂN DÂN",
                                "CHỦ TỊCH",
                                SigningFixtures.SIGNER,
                                "ỦY BAN NHÂN DÂN")
                        .lines(),
                "the chairman's TM. line is printed once");
    }

    @Test
    void wrongPinIsRefused() {
        byte[] keystore = signer.pkcs12(PIN);
        assertRefused(SigningRefusal.WRONG_PIN, () -> SigningKey.pkcs12(keystore, "654321".toCharArray()));
    }

    @Test
    void expiredCertificateIsRefused() {
        Instant from = Instant.now().minus(Duration.ofDays(800));
        DemoAuthority.Issued expired =
                authority.issue(SigningFixtures.SIGNER, "UBND tỉnh Mẫu", from, from.plus(Duration.ofDays(365)));
        assertRefusedToSign(SigningRefusal.CERTIFICATE_EXPIRED, expired);
    }

    @Test
    void revokedCertificateIsRefused() {
        assertRefusedToSign(SigningRefusal.CERTIFICATE_REVOKED, revoked);
    }

    @Test
    void certificateOfAnUntrustedAuthorityIsRefused() {
        assertRefusedToSign(SigningRefusal.CERTIFICATE_UNTRUSTED, stranger.issue(SigningFixtures.SIGNER, null, 2));
    }

    @Test
    void fullChainSignerThenNumberThenAgencyGivesTwoValidSignatures() {
        DocumentSigner steps = signer();
        byte[] signedBySigner;
        try (SigningKey key = keyOf(signer)) {
            signedBySigner = steps.signAsSigner(SigningFixtures.draft(true), key, BLOCK, signatureImage)
                    .content();
        }
        byte[] numbered = IssueNumberStamp.stamp(signedBySigner, "12/QĐ-UBND", LocalDate.of(2026, 1, 5), "Mẫu");
        assertTrue(
                numbered.length - signedBySigner.length < 50_000,
                "the number and date carry font subsets, not whole fonts: " + (numbered.length - signedBySigner.length)
                        + " bytes added");
        SigningFixtures.PdfSig afterStamp = SigningFixtures.pdfsig(work, numbered);
        afterStamp.assertAllValid(1);
        assertEquals(List.of("Not total document signed"), afterStamp.coverage(), afterStamp.output());

        SignedPdf issued;
        try (SigningKey key = keyOf(agency)) {
            issued = steps.signAsAgency(numbered, key, sealImage, SealPlacement.standard());
        }
        SigningFixtures.PdfSig pdfsig = SigningFixtures.pdfsig(work, issued.content());
        pdfsig.assertAllValid(2);
        assertEquals(List.of(SigningFixtures.SIGNER, "Ủy ban nhân dân tỉnh Mẫu"), pdfsig.signers(), pdfsig.output());
        assertEquals(List.of("Not total document signed", "Total document signed"), pdfsig.coverage(), pdfsig.output());

        String text = SigningFixtures.pdftotext(work, issued.content());
        assertTrue(text.contains("Số: 12/QĐ-UBND"), text);
        assertTrue(text.contains("Mẫu, ngày 05 tháng 01 năm 2026"), text);

        List<SignatureCheck> checks = steps.validate(issued.content());
        assertEquals(2, checks.size());
        assertTrue(checks.get(0).valid() && checks.get(1).valid(), checks.toString());
        assertFalse(checks.get(0).coversWholeDocument());
        assertTrue(checks.get(1).coversWholeDocument());

        // Decree 30 II.8.a: the seal, 36 mm, covers about a third of the signer's image on its left
        List<PdfLayout.Area> widgets = PdfLayout.of(issued.content()).signatureWidgets();
        assertEquals(2, widgets.size(), widgets.toString());
        PdfLayout.Area image = widgets.get(0);
        PdfLayout.Area seal = widgets.get(1);
        assertEquals(2, seal.page());
        assertEquals(36 * 72 / 25.4f, seal.width(), 0.5f);
        assertEquals(image.x() + image.width() / 3, seal.x() + seal.width(), 0.5f);
        assertEquals(image.y() + image.height() / 2, seal.y() + seal.height() / 2, 0.5f);
    }

    @Test
    void agencySignatureOnAnUnsignedPdfIsRefused() {
        try (SigningKey key = keyOf(agency)) {
            assertRefused(SigningRefusal.SIGNER_SIGNATURE_MISSING, () -> signer().signAsAgency(
                            SigningFixtures.draft(true), key, sealImage, SealPlacement.standard()));
        }
    }

    @Test
    void attachmentSignatureShowsNumberAndIsoTimeAtTopRightOfPageOne() {
        SignedPdf signed;
        try (SigningKey key = keyOf(agency)) {
            signed = signer().signAttachment(
                            SigningFixtures.draft(false),
                            key,
                            new vn.gov.qlvb.signing.entity.AttachmentStamp("12/QĐ-UBND"));
        }
        SigningFixtures.pdfsig(work, signed.content()).assertAllValid(1);
        PdfLayout.Area box =
                PdfLayout.of(signed.content()).firstSignatureWidget().orElseThrow();
        assertEquals(1, box.page());
        assertTrue(box.x() > 595 / 2f && box.y() < 842 / 4f, "top right: " + box);
        String shown = SigningFixtures.appearanceText(signed.content());
        assertTrue(shown.contains("12/QĐ-UBND"), shown);
        String iso = DocumentSigner.isoTime(signed.signingTime());
        assertTrue(iso.endsWith("+07:00"), iso);
        assertTrue(shown.contains(iso), shown + " / " + iso);
    }

    @Test
    void externalTwoStepSignatureWithAKeyOnlyTheTestHolds() throws Exception {
        DemoAuthority.Issued outside = authority.issue(SigningFixtures.SIGNER, "UBND tỉnh Mẫu", 2);
        byte[] draft = SigningFixtures.draft(true);
        DocumentSigner.Prepared prepared = signer().prepareSigner(draft, outside.chain(), BLOCK, signatureImage);
        assertEquals("SHA256withRSA", prepared.signatureAlgorithm());

        java.security.Signature token = java.security.Signature.getInstance(prepared.signatureAlgorithm());
        token.initSign(outside.keys().getPrivate());
        token.update(prepared.dataToSign());
        byte[] value = token.sign();

        byte[] tampered = value.clone();
        tampered[17] ^= 0x01;
        assertRefused(SigningRefusal.SIGNATURE_VALUE_INVALID, () -> signer().completeSigner(
                        draft, outside.chain(), BLOCK, prepared.appearance(), prepared.signingTime(), tampered));

        SignedPdf signed = signer().completeSigner(
                        draft, outside.chain(), BLOCK, prepared.appearance(), prepared.signingTime(), value);
        SigningFixtures.pdfsig(work, signed.content()).assertAllValid(1);
        assertEquals(prepared.signingTime(), signed.signingTime());
        assertTrue(signer().validate(signed.content()).get(0).valid());
    }

    @Test
    void medianTimesOfPadesAndRawRsaSignatures() throws Exception {
        byte[] draft = SigningFixtures.draft(true);
        DocumentSigner steps = signer();
        List<Long> pades = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        try (SigningKey key = keyOf(signer)) {
            for (int i = 0; i < 11; i++) {
                long start = System.nanoTime();
                steps.signAsSigner(draft, key, BLOCK, signatureImage);
                pades.add(System.nanoTime() - start);
            }
        }
        java.security.Signature rsa = java.security.Signature.getInstance("SHA256withRSA");
        byte[] data = new byte[1024];
        for (int i = 0; i < 101; i++) {
            long start = System.nanoTime();
            rsa.initSign(signer.keys().getPrivate());
            rsa.update(data);
            rsa.sign();
            raw.add(System.nanoTime() - start);
        }
        System.out.printf(
                "SIGNING BENCH: median PAdES signature (visible, 2-page PDF) %.1f ms; median raw RSA-2048 SHA256withRSA %.3f ms%n",
                median(pades) / 1e6, median(raw) / 1e6);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private void assertRefusedToSign(SigningRefusal refusal, DemoAuthority.Issued issued) {
        try (SigningKey key = keyOf(issued)) {
            assertRefused(
                    refusal, () -> signer().signAsSigner(SigningFixtures.draft(true), key, BLOCK, signatureImage));
        }
    }

    static void assertRefused(SigningRefusal refusal, Supplier<?> action) {
        SigningException refused = assertThrows(SigningException.class, action::get);
        assertEquals(refusal, refused.refusal());
        assertEquals("signing." + refusal.name(), refused.code());
    }

    static List<X509Certificate> chainOf(DemoAuthority.Issued issued) {
        return issued.chain();
    }
}
