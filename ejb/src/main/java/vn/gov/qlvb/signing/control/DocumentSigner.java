package vn.gov.qlvb.signing.control;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import vn.gov.qlvb.signing.entity.AttachmentStamp;
import vn.gov.qlvb.signing.entity.SealPlacement;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SignedPdf;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * The signing steps of Decree 30 on PDFs, with keys and images already found: checks the
 * certificate against the system's trust, places the visible signature, signs, and says who
 * signed when. The boundary finds the keys, images and trust in the database and calls here.
 */
public final class DocumentSigner {

    /** Vietnam's offset (no daylight saving time), for signing times as Decree 30 prints them. */
    public static final ZoneOffset VIETNAM_OFFSET = ZoneOffset.ofHours(7);

    private static final float MM = 72 / 25.4f;
    private static final float MARGIN = 20 * MM;

    private final CertificateTrust trust;
    private final PadesSigner pades = new PadesSigner();

    public DocumentSigner(CertificateTrust trust) {
        this.trust = trust;
    }

    /** A signature prepared for an outside key: what to sign, and what completes it. */
    public record Prepared(
            byte[] dataToSign, String signatureAlgorithm, PadesSigner.Appearance appearance, Instant signingTime) {}

    /**
     * The signer's signature, in this order:
     *
     * <ol>
     *   <li>the key's certificate is accepted by the system's trust now;
     *   <li>the visible block is placed on the last page ({@link #signerAppearance});
     *   <li>the PDF is signed (PAdES-B, incremental).
     * </ol>
     */
    public SignedPdf signAsSigner(byte[] pdf, SigningKey key, SignatureBlock block, byte[] signatureImage) {
        Instant now = now();
        List<X509Certificate> chain = key.chain();
        trust.check(chain, Date.from(now), Date.from(now));
        PadesSigner.Appearance appearance = signerAppearance(pdf, block, signatureImage);
        byte[] signed = pades.sign(pdf, key, appearance, Date.from(now), reason(block));
        return signed(signed, chain.get(0), now);
    }

    /** First step with an outside key: the same checks and placement, then the data to sign. */
    public Prepared prepareSigner(
            byte[] pdf, List<X509Certificate> chain, SignatureBlock block, byte[] signatureImage) {
        Instant now = now();
        trust.check(chain, Date.from(now), Date.from(now));
        PadesSigner.Appearance appearance = signerAppearance(pdf, block, signatureImage);
        byte[] data = pades.dataToSign(pdf, chain, appearance, Date.from(now), reason(block));
        return new Prepared(data, pades.signatureAlgorithm(chain), appearance, now);
    }

    /**
     * Second step: the prepared inputs again and the outside signature value, verified against
     * the certificate before it goes into the PDF.
     */
    public SignedPdf completeSigner(
            byte[] pdf,
            List<X509Certificate> chain,
            SignatureBlock block,
            PadesSigner.Appearance appearance,
            Instant signingTime,
            byte[] signatureValue) {
        trust.check(chain, Date.from(signingTime), Date.from(now()));
        byte[] signed = pades.complete(pdf, chain, appearance, Date.from(signingTime), reason(block), signatureValue);
        return signed(signed, chain.get(0), signingTime);
    }

    /**
     * The agency's signature with the seal:
     *
     * <ol>
     *   <li>the PDF must carry at least one signature, and every signature in it must be valid
     *       ({@link #validate}), else {@link SigningRefusal#SIGNER_SIGNATURE_MISSING};
     *   <li>the agency's certificate is accepted by the system's trust now;
     *   <li>the seal, in its real size, is placed over the left part of the signer's signature
     *       image ({@link SealPlacement}), or at the bottom right of the last page when the
     *       signer's signature is invisible;
     *   <li>the PDF is signed; the agency's signature covers the whole file.
     * </ol>
     */
    public SignedPdf signAsAgency(byte[] pdf, SigningKey key, byte[] sealImage, SealPlacement placement) {
        List<SignatureCheck> checks = validate(pdf);
        if (checks.isEmpty() || checks.stream().anyMatch(c -> !c.valid())) {
            throw new SigningException(SigningRefusal.SIGNER_SIGNATURE_MISSING);
        }
        Instant now = now();
        List<X509Certificate> chain = key.chain();
        trust.check(chain, Date.from(now), Date.from(now));
        PdfLayout layout = PdfLayout.of(pdf);
        float diameter = placement.diameterMillimetres() * MM;
        PdfLayout.Area seal;
        Optional<PdfLayout.Area> signer = layout.firstSignatureWidget();
        if (signer.isPresent()) {
            PdfLayout.Area s = signer.get();
            float right = s.x() + s.width() * placement.overlap();
            seal = new PdfLayout.Area(
                    s.page(), right - diameter, s.y() + s.height() / 2 - diameter / 2, diameter, diameter);
        } else {
            int last = layout.pageCount();
            seal = new PdfLayout.Area(
                    last,
                    layout.pageWidth(last) - MARGIN - diameter * 1.5f,
                    layout.pageHeight(last) - MARGIN - diameter * 2,
                    diameter,
                    diameter);
        }
        PadesSigner.Appearance appearance = sealImage == null
                ? PadesSigner.Appearance.INVISIBLE
                : new PadesSigner.Appearance(
                        seal, SignatureAppearance.seal(sealImage, diameter).png(), null);
        byte[] signed = pades.sign(pdf, key, appearance, Date.from(now), "Ban hành");
        return signed(signed, chain.get(0), now);
    }

    /**
     * The agency's signature on an attachment in a separate file: no image; a text box at the top
     * right of the first page with the number and notation and the signing time (ISO 8601,
     * +07:00), Times New Roman 10 pt, black.
     */
    public SignedPdf signAttachment(byte[] pdf, SigningKey key, AttachmentStamp stamp) {
        Instant now = now();
        List<X509Certificate> chain = key.chain();
        trust.check(chain, Date.from(now), Date.from(now));
        PdfLayout layout = PdfLayout.of(pdf);
        float width = 190;
        float height = 30;
        PdfLayout.Area box = new PdfLayout.Area(1, layout.pageWidth(1) - width - 10 * MM, 8 * MM, width, height);
        String text = "Số: " + stamp.numberAndNotation() + "\nThời gian ký: " + isoTime(now);
        byte[] signed = pades.sign(
                pdf, key, new PadesSigner.Appearance(box, null, text), Date.from(now), "Ký số văn bản kèm theo");
        return signed(signed, chain.get(0), now);
    }

    /** "2026-01-05T14:03:27+07:00". */
    public static String isoTime(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(VIETNAM_OFFSET));
    }

    /** The PDF's signatures, in signing order (see {@link PdfSignatures}). */
    public List<SignatureCheck> validate(byte[] pdf) {
        return PdfSignatures.read(pdf, trust).stream()
                .map(PdfSignatures.Found::check)
                .toList();
    }

    /**
     * Where the signer's signature goes, on the last page: when the page prints the signer's
     * name, only the signature image, centred above the name (the page prints the authority and
     * position lines); otherwise the whole block (lines, image, name) at the bottom right.
     */
    PadesSigner.Appearance signerAppearance(byte[] pdf, SignatureBlock block, byte[] signatureImage) {
        PdfLayout layout = PdfLayout.of(pdf);
        int last = layout.pageCount();
        Optional<PdfLayout.Area> name = layout.find(block.signerName(), last);
        if (name.isPresent()) {
            SignatureAppearance.Image image = SignatureAppearance.signerImage(block, signatureImage);
            PdfLayout.Area n = name.get();
            float x = n.x() + n.width() / 2 - image.width() / 2;
            float y = n.y() - image.height() - 2;
            return new PadesSigner.Appearance(
                    new PdfLayout.Area(last, x, Math.max(0, y), image.width(), image.height()), image.png(), null);
        }
        SignatureAppearance.Image image = SignatureAppearance.signerBlock(block, signatureImage);
        float x = layout.pageWidth(last) - MARGIN - image.width();
        float y = layout.pageHeight(last) - MARGIN - image.height();
        return new PadesSigner.Appearance(
                new PdfLayout.Area(last, x, y, image.width(), image.height()), image.png(), null);
    }

    private static String reason(SignatureBlock block) {
        return block.authorityLine() + (block.positionLine().isEmpty() ? "" : " - " + block.positionLine());
    }

    private static SignedPdf signed(byte[] content, X509Certificate certificate, Instant time) {
        return new SignedPdf(
                content,
                certificate.getSubjectX500Principal().getName(),
                time,
                certificate.getSerialNumber().toString(16));
    }

    /** Now, to the second: the PDF's signing time has no fractions. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
