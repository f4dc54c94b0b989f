package vn.gov.qlvb.exchange.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.exchange.control.ExchangeFixtures.*;

import java.time.Instant;
import java.util.List;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.ElementProxy;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.exchange.control.inbound.VerifiedPackage;
import vn.gov.qlvb.exchange.control.outbound.EdxmlBuilder;
import vn.gov.qlvb.exchange.control.outbound.XmlDsigPackageSigner;
import vn.gov.qlvb.exchange.entity.BusinessDocType;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.PackageKind;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/** Packages built and signed here come back, after every check, as they went in. */
class EdxmlPackageRoundTripTest {

    private final InboundPackageChecks checks = checks();

    private VerifiedPackage roundTrip(EdxmlPackage content) {
        byte[] signed = sign(content);
        VerifiedPackage verified = checks.check(signed, Instant.now());
        assertEquals(content, verified.content());
        assertArrayEquals(signed, verified.received(), "the exact bytes received are kept");
        assertEquals(InboundPackageChecks.sha256Hex(signed), verified.sha256());
        assertEquals(SENDER_KEY.certificate(), verified.signer());
        return verified;
    }

    @Test
    void documentWithPdfComesBackWhole() {
        VerifiedPackage verified = roundTrip(documentPackage());
        assertEquals(List.of(HOSTED, HOSTED_DEPARTMENT), verified.hostedAddressees());
        assertArrayEquals(PDF, verified.content().attachments().get(0).content());
        assertEquals("125/UBND-VX", verified.content().document().numberAndNotation());
    }

    @Test
    void base64WrappedInLinesAsOlderSystemsWriteItDecodesToTheSameFile() {
        byte[] signed = sign(documentPackage(), SENDER_KEY, doc -> {
            var encoded = doc.getElementsByTagName("ContentTransferEncoded").item(0);
            String flat = encoded.getTextContent();
            StringBuilder wrapped = new StringBuilder("\n");
            for (int i = 0; i < flat.length(); i += 76) {
                wrapped.append(flat, i, Math.min(flat.length(), i + 76)).append("\r\n\t");
            }
            encoded.setTextContent(wrapped.toString());
        });
        assertTrue(text(signed).contains("\r\n\t") || text(signed).contains("&#13;"), "the fixture is wrapped");
        assertArrayEquals(
                PDF,
                checks.check(signed, Instant.now())
                        .content()
                        .attachments()
                        .get(0)
                        .content());
    }

    @Test
    void zippedAttachmentIsKeptZipped() {
        VerifiedPackage verified = roundTrip(zippedAttachmentPackage());
        assertTrue(verified.content().attachments().get(0).zipped());
    }

    @Test
    void statusComesBack() {
        VerifiedPackage verified = roundTrip(statusPackage(ExchangeStatus.PROCESSING, "Đang xử lý văn bản đến"));
        assertEquals(PackageKind.STATUS, verified.content().kind());
        assertEquals(List.of(HOSTED), verified.hostedAddressees());
    }

    @Test
    void refusedStatusCarriesItsReason() {
        roundTrip(statusPackage(ExchangeStatus.REFUSED, "Gửi nhầm cơ quan"));
    }

    @Test
    void updateRecallAndReplaceComeBack() {
        assertEquals(
                BusinessDocType.UPDATE, roundTrip(updatePackage()).content().businessType());
        assertEquals(
                BusinessDocType.RECALL, roundTrip(recallPackage()).content().businessType());
        assertEquals(
                BusinessDocType.REPLACE, roundTrip(replacePackage()).content().businessType());
    }

    @Test
    void emittedPackageKeepsTheSamplesNamesAndOrder() {
        String xml = text(sign(updatePackage()));
        assertTrue(xml.contains("<edXML xmlns=\"" + Edxml.NS + "\""), xml.substring(0, 200));
        assertTrue(xml.contains("<edXML:Bussiness>") && xml.contains("<edXML:BussinessDocType>2<"));
        assertTrue(xml.indexOf("<edXML:From>") < xml.indexOf("<edXML:To>"));
        assertTrue(xml.indexOf("<edXML:To>") < xml.indexOf("<edXML:DocumentId>"));
        assertTrue(xml.indexOf("<edXML:SteeringType>") < xml.indexOf("<edXML:ToPlaces>"));
        assertTrue(xml.indexOf("</edXML:TraceHeaderList>") < xml.indexOf("<ds:Signature"));
        assertTrue(xml.indexOf("</ds:Signature>") < xml.indexOf("</edXML:edXMLHeader>"));
        assertTrue(xml.indexOf("</edXML:edXMLEnvelope>") < xml.indexOf("<AttachmentEncoded>"));
        assertTrue(xml.contains("<edXML:PromulgationDate>2026/11/20<"));
        assertTrue(xml.contains(XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256));
        assertTrue(xml.contains("http://www.w3.org/2001/10/xml-exc-c14n#"));
        assertTrue(xml.contains("<ds:X509Certificate>"));
    }

    @Test
    void zippedPackageIsAccepted() {
        byte[] signed = sign(documentPackage());
        VerifiedPackage verified = checks.check(zip("package.edxml", signed), Instant.now());
        assertEquals(documentPackage(), verified.content());
    }

    @Test
    void rsaSha1OfOlderSystemsIsAcceptedWhenItVerifies() {
        byte[] signed = XmlDsigPackageSigner.sign(
                EdxmlBuilder.build(documentPackage()),
                senderPrivateKey(),
                SENDER_KEY.certificate(),
                XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1,
                "http://www.w3.org/2000/09/xmldsig#sha1");
        assertEquals(documentPackage(), checks.check(signed, Instant.now()).content());
    }

    /**
     * Older packages carry a signature made with XML-DSig as the default namespace and then
     * written without its declaration, so that it falls into edXML's default namespace (as in
     * the real samples): accepted because, moved back into XML-DSig, it really verifies.
     */
    @Test
    void olderPackageWithSignatureOutsideTheDsigNamespaceIsAcceptedWhenItVerifies() throws Exception {
        String signed;
        ElementProxy.setDefaultPrefix(Constants.SignatureSpecNS, "");
        try {
            signed = text(sign(documentPackage()));
        } finally {
            ElementProxy.setDefaultPrefix(Constants.SignatureSpecNS, "ds");
        }
        String legacy = signed.replace("<Signature xmlns=\"" + Edxml.DSIG_NS + "\">", "<Signature>");
        assertTrue(!legacy.contains(Edxml.DSIG_NS + "\""), "the signature lost its namespace");
        VerifiedPackage verified = checks.check(bytes(legacy), Instant.now());
        assertEquals(documentPackage(), verified.content());
    }

    @Test
    void olderPackageWithSignatureOutsideTheDsigNamespaceIsRefusedWhenItDoesNotVerify() {
        String legacy =
                text(sign(documentPackage())).replace("ds:", "").replace(" xmlns:ds=\"" + Edxml.DSIG_NS + "\"", "");
        PackageRefusedException refused =
                assertThrows(PackageRefusedException.class, () -> checks.check(bytes(legacy), Instant.now()));
        assertEquals(PackageRefusal.SIGNATURE_INVALID, refused.refusal());
    }

    @Test
    void dayFirstPromulgationDateIsAcceptedOnInput() {
        byte[] signed =
                sign(documentPackage(), SENDER_KEY, doc -> doc.getElementsByTagNameNS(Edxml.NS, "PromulgationDate")
                        .item(0)
                        .setTextContent("20/11/2026"));
        assertEquals(
                documentPackage().document().promulgationDate(),
                checks.check(signed, Instant.now()).content().document().promulgationDate());
    }

    /** The demo agencies' keys are ECDSA P-256: their packages carry ECDSA-SHA256 and verify. */
    @Test
    void packageSignedWithAnEcKeyVerifies() {
        var authority = vn.gov.qlvb.signing.control.DemoAuthority.create(
                "EC CA", vn.gov.qlvb.signing.control.DemoAuthority.Keys.EC_P256);
        var ec = authority.issue("UBND tỉnh Nghệ An", "UBND tỉnh Nghệ An", 1);
        byte[] signed = XmlDsigPackageSigner.sign(
                EdxmlBuilder.build(documentPackage()), ec.keys().getPrivate(), ec.certificate());
        assertTrue(text(signed).contains(XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256));
        var directory = new vn.gov.qlvb.exchange.control.inbound.ExchangeDirectory() {
            @Override
            public java.util.Set<String> agenciesOfCertificate(java.security.cert.X509Certificate c) {
                return c.equals(ec.certificate()) ? java.util.Set.of(SENDER) : java.util.Set.of();
            }

            @Override
            public boolean hosts(String organId) {
                return organId.equals(HOSTED);
            }
        };
        assertEquals(
                documentPackage(),
                new InboundPackageChecks(directory, 5_000_000)
                        .check(signed, Instant.now())
                        .content());
    }
}
