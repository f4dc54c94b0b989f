package vn.gov.qlvb.exchange.control.inbound;

import static vn.gov.qlvb.exchange.entity.PackageRefusal.SIGNATURE_INVALID;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.SIGNATURE_MISSING;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.Reference;
import org.apache.xml.security.signature.SignedInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * The XML signature of a received package, checked with Apache Santuario, secure validation on,
 * on the DOM parsed from the exact bytes received. Two steps, so the certificate can be judged
 * between them ({@link InboundPackageChecks}):
 *
 * <ol>
 *   <li>{@link #locate}: the package carries exactly one {@code Signature} (none is
 *       {@code SIGNATURE_MISSING}), the last child of {@code edXMLHeader}; its SignedInfo uses an
 *       accepted canonicalisation and signature method; it has exactly one reference, to
 *       {@code ""} (the whole package: no ID reference that a wrapped copy could satisfy, nothing
 *       outside), with the transforms enveloped-signature then at most one canonicalisation and
 *       nothing else (no XPath, no XSLT); its KeyInfo holds exactly one readable X.509
 *       certificate. Older packages write the {@code Signature} without the XML-DSig namespace
 *       (it falls into edXML's default one): it is moved into the XML-DSig namespace and then
 *       judged the same way, so it passes only if it really verifies.
 *   <li>{@link #verifyValue}: the reference's digest and the signature value verify with the
 *       certificate's key.
 * </ol>
 *
 * RSA-SHA1 and SHA-1 digests (the older packages') are accepted on input only; QLVB signs with
 * RSA-SHA256. Every failure is {@code SIGNATURE_INVALID}.
 */
public final class XmlDsigPackageVerifier {

    static {
        org.apache.xml.security.Init.init();
    }

    private static final Set<String> CANONICALISATIONS = Set.of(
            Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS,
            Canonicalizer.ALGO_ID_C14N_EXCL_WITH_COMMENTS,
            Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS,
            Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS);
    private static final Set<String> SIGNATURE_METHODS = Set.of(
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA384,
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA512,
            XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256,
            XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA1);
    private static final Set<String> DIGEST_METHODS = Set.of(
            "http://www.w3.org/2001/04/xmlenc#sha256",
            "http://www.w3.org/2001/04/xmldsig-more#sha384",
            "http://www.w3.org/2001/04/xmlenc#sha512",
            "http://www.w3.org/2000/09/xmldsig#sha1");

    private final XMLSignature signature;
    private final X509Certificate certificate;

    private XmlDsigPackageVerifier(XMLSignature signature, X509Certificate certificate) {
        this.signature = signature;
        this.certificate = certificate;
    }

    /** Step 1: finds and judges the signature's form; see the class comment. */
    public static XmlDsigPackageVerifier locate(Document doc, Element envelopeHeader) {
        List<Element> signatures = new ArrayList<>();
        collectSignatures(doc.getDocumentElement(), signatures);
        if (signatures.isEmpty()) {
            throw new PackageRefusedException(SIGNATURE_MISSING, "the package is not signed");
        }
        if (signatures.size() > 1) {
            throw new PackageRefusedException(
                    SIGNATURE_INVALID, "the package carries " + signatures.size() + " signatures");
        }
        Element element = signatures.get(0);
        if (element.getParentNode() != envelopeHeader || lastElementChild(envelopeHeader) != element) {
            throw new PackageRefusedException(SIGNATURE_INVALID, "the signature is not the last child of edXMLHeader");
        }
        if (!Edxml.DSIG_NS.equals(element.getNamespaceURI())) {
            element = intoDsigNamespace(doc, element);
        }
        XMLSignature signature;
        try {
            signature = new XMLSignature(element, "", true);
        } catch (XMLSecurityException | RuntimeException e) {
            throw new PackageRefusedException(SIGNATURE_INVALID, "unreadable signature: " + e.getMessage(), e);
        }
        SignedInfo signedInfo = signature.getSignedInfo();
        try {
            if (!CANONICALISATIONS.contains(signedInfo.getCanonicalizationMethodURI())) {
                throw invalid("canonicalisation " + signedInfo.getCanonicalizationMethodURI() + " is not accepted");
            }
            if (!SIGNATURE_METHODS.contains(signedInfo.getSignatureMethodURI())) {
                throw invalid("signature method " + signedInfo.getSignatureMethodURI() + " is not accepted");
            }
            if (signedInfo.getLength() != 1) {
                throw invalid("the signature has " + signedInfo.getLength() + " references, not one");
            }
            Reference reference = signedInfo.item(0);
            if (!"".equals(reference.getURI())) {
                throw invalid("the reference is to '" + reference.getURI() + "', not to the whole package");
            }
            if (!DIGEST_METHODS.contains(reference.getMessageDigestAlgorithm().getAlgorithmURI())) {
                throw invalid("digest " + reference.getMessageDigestAlgorithm().getAlgorithmURI() + " is not accepted");
            }
            requireTransforms(reference.getTransforms());
        } catch (XMLSecurityException e) {
            throw new PackageRefusedException(SIGNATURE_INVALID, "unreadable signature: " + e.getMessage(), e);
        }
        return new XmlDsigPackageVerifier(signature, certificateOf(element));
    }

    /** The signing certificate of the package's KeyInfo. */
    public X509Certificate certificate() {
        return certificate;
    }

    /** Step 2: the digest and the value verify with the certificate's key. */
    public void verifyValue() {
        boolean valid;
        try {
            valid = signature.checkSignatureValue(certificate);
        } catch (XMLSecurityException | RuntimeException e) {
            throw new PackageRefusedException(SIGNATURE_INVALID, "the signature does not verify: " + e.getMessage(), e);
        }
        if (!valid) {
            throw invalid("the signature does not verify: the package changed after signing or another key signed it");
        }
    }

    private static void requireTransforms(Transforms transforms) throws XMLSecurityException {
        int count = transforms == null ? 0 : transforms.getLength();
        if (count < 1 || count > 2) {
            throw invalid("the reference needs enveloped-signature and at most one canonicalisation");
        }
        if (!Transforms.TRANSFORM_ENVELOPED_SIGNATURE.equals(transforms.item(0).getURI())) {
            throw invalid("the first transform is not enveloped-signature");
        }
        if (count == 2 && !CANONICALISATIONS.contains(transforms.item(1).getURI())) {
            throw invalid("transform " + transforms.item(1).getURI() + " is not accepted");
        }
    }

    /** Exactly one {@code X509Certificate}, readable; the subject name is informative only. */
    private static X509Certificate certificateOf(Element signature) {
        List<Element> certificates = new ArrayList<>();
        NodeList all = signature.getElementsByTagNameNS(Edxml.DSIG_NS, "X509Certificate");
        for (int i = 0; i < all.getLength(); i++) {
            certificates.add((Element) all.item(i));
        }
        if (certificates.size() != 1) {
            throw invalid("KeyInfo must hold exactly one X509Certificate, not " + certificates.size());
        }
        try {
            byte[] der = Base64.getMimeDecoder()
                    .decode(certificates.get(0).getTextContent().strip());
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | IllegalArgumentException e) {
            throw invalid("the certificate in KeyInfo is unreadable (truncated or not X.509)");
        }
    }

    private static void collectSignatures(Element element, List<Element> found) {
        if ("Signature".equals(element.getLocalName())
                && (Edxml.DSIG_NS.equals(element.getNamespaceURI())
                        || Edxml.NS.equals(element.getNamespaceURI())
                        || element.getNamespaceURI() == null)) {
            found.add(element);
        }
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                collectSignatures(child, found);
            }
        }
    }

    private static Element lastElementChild(Element parent) {
        for (Node n = parent.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    /**
     * The namespace quirk: the signature's elements written without the XML-DSig namespace are
     * renamed into it, with the namespace declared on {@code Signature} as a signer would have.
     */
    private static Element intoDsigNamespace(Document doc, Element signature) {
        Element renamed = rename(doc, signature);
        renamed.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", Edxml.DSIG_NS);
        return renamed;
    }

    private static Element rename(Document doc, Element element) {
        Element renamed = (Element) doc.renameNode(element, Edxml.DSIG_NS, element.getLocalName());
        for (Node n = renamed.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && !Edxml.DSIG_NS.equals(child.getNamespaceURI())) {
                n = rename(doc, child);
            }
        }
        return renamed;
    }

    private static PackageRefusedException invalid(String message) {
        return new PackageRefusedException(SIGNATURE_INVALID, message);
    }
}
