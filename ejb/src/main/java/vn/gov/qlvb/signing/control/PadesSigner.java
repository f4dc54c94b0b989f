package vn.gov.qlvb.signing.control;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.ImageScaling;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextVerticalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * Makes PAdES signatures (PAdES-BASELINE-B, SHA-256, incremental: earlier signatures stay
 * valid) with EU DSS over PDFBox, with the visible appearance Decree 30 asks for. The signing
 * time is written in Vietnam's time zone. Only this class and {@link PdfSignatures} talk to DSS.
 */
public final class PadesSigner {

    /** The time zone of signing times (Decree 30: Vietnam time, ISO 8601). */
    public static final TimeZone VIETNAM = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    /**
     * What a signature shows: an image, or a text in Times New Roman (Liberation Serif) 10 pt,
     * in an area of the page; {@link #INVISIBLE} shows nothing.
     */
    public record Appearance(PdfLayout.Area area, byte[] png, String text) {
        public static final Appearance INVISIBLE = new Appearance(null, null, null);
    }

    private final PAdESService service;

    public PadesSigner() {
        CommonCertificateVerifier verifier = new CommonCertificateVerifier();
        verifier.setAIASource(null);
        service = new PAdESService(verifier);
        PdfBoxNativeObjectFactory pdf = new PdfBoxNativeObjectFactory();
        // Decree 30 wants the seal over a third of the signer's image: an overlap is the rule
        PdfSignatureFieldPositionChecker positions = new PdfSignatureFieldPositionChecker();
        positions.setAlertOnSignatureFieldOverlap(new SilentOnStatusAlert());
        pdf.setPdfSignatureFieldPositionChecker(positions);
        service.setPdfObjFactory(pdf);
    }

    /** Signs with a key the server holds: the two steps below in one go. */
    public byte[] sign(byte[] pdf, SigningKey key, Appearance appearance, Date signingTime, String reason) {
        PAdESSignatureParameters parameters = parameters(key.chain(), appearance, signingTime, reason);
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned data = service.getDataToSign(document, parameters);
        SignatureValue value = key.sign(data, DIGEST);
        return bytes(service.signDocument(document, parameters, value));
    }

    /** What an outside key must sign for these exact inputs (the same inputs complete it). */
    public byte[] dataToSign(
            byte[] pdf, List<X509Certificate> chain, Appearance appearance, Date signingTime, String reason) {
        PAdESSignatureParameters parameters = parameters(chain, appearance, signingTime, reason);
        return service.getDataToSign(new InMemoryDocument(pdf), parameters).getBytes();
    }

    /** The JCA name of the algorithm an outside key signs with, e.g. {@code SHA256withRSA}. */
    public String signatureAlgorithm(List<X509Certificate> chain) {
        return parameters(chain, Appearance.INVISIBLE, new Date(), null)
                .getSignatureAlgorithm()
                .getJCEId();
    }

    /**
     * Completes a signature made outside from the same inputs as {@link #dataToSign}, after
     * checking the value against the certificate's public key.
     *
     * @throws SigningException {@link SigningRefusal#SIGNATURE_VALUE_INVALID}
     */
    public byte[] complete(
            byte[] pdf,
            List<X509Certificate> chain,
            Appearance appearance,
            Date signingTime,
            String reason,
            byte[] signatureValue) {
        PAdESSignatureParameters parameters = parameters(chain, appearance, signingTime, reason);
        DSSDocument document = new InMemoryDocument(pdf);
        ToBeSigned data = service.getDataToSign(document, parameters);
        SignatureAlgorithm algorithm = parameters.getSignatureAlgorithm();
        if (!verifies(data.getBytes(), signatureValue, algorithm.getJCEId(), chain.get(0))) {
            throw new SigningException(SigningRefusal.SIGNATURE_VALUE_INVALID);
        }
        SignatureValue value = new SignatureValue(algorithm, signatureValue);
        return bytes(service.signDocument(document, parameters, value));
    }

    static boolean verifies(byte[] data, byte[] value, String algorithm, X509Certificate certificate) {
        if (value == null || value.length == 0) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(value);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private PAdESSignatureParameters parameters(
            List<X509Certificate> chain, Appearance appearance, Date signingTime, String reason) {
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(new CertificateToken(chain.get(0)));
        parameters.setCertificateChain(chain.stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(signingTime);
        parameters.setSigningTimeZone(VIETNAM);
        parameters.setAppName("QLVB");
        if (reason != null) {
            parameters.setReason(reason);
        }
        if (appearance.area() != null) {
            parameters.setImageParameters(imageParameters(appearance));
        }
        return parameters;
    }

    private static SignatureImageParameters imageParameters(Appearance appearance) {
        PdfLayout.Area area = appearance.area();
        SignatureFieldParameters field = new SignatureFieldParameters();
        field.setPage(area.page());
        field.setOriginX(area.x());
        field.setOriginY(area.y());
        field.setWidth(area.width());
        field.setHeight(area.height());
        SignatureImageParameters image = new SignatureImageParameters();
        image.setFieldParameters(field);
        if (appearance.png() != null) {
            image.setImage(new InMemoryDocument(appearance.png(), "appearance.png"));
            image.setImageScaling(ImageScaling.STRETCH);
        }
        if (appearance.text() != null) {
            SignatureImageTextParameters text = new SignatureImageTextParameters();
            text.setText(appearance.text());
            text.setFont(timesFont());
            text.setTextColor(Color.BLACK);
            text.setBackgroundColor(null);
            text.setPadding(2);
            text.setTextWrapping(TextWrapping.FILL_BOX);
            text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
            text.setSignerTextVerticalAlignment(SignerTextVerticalAlignment.TOP);
            image.setTextParameters(text);
            image.setBackgroundColor(null);
        }
        return image;
    }

    private static byte[] timesFontFile;

    private static synchronized DSSFileFont timesFont() {
        if (timesFontFile == null) {
            try (InputStream in = SignatureAppearance.fontFile("LiberationSerif-Regular.ttf")) {
                timesFontFile = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DSSFileFont font = new DSSFileFont(new InMemoryDocument(timesFontFile), 10);
        font.setEmbedFontSubset(true);
        return font;
    }

    private static byte[] bytes(DSSDocument document) {
        try (InputStream in = document.openStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
