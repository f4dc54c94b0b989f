package vn.gov.qlvb.exchange.control.outbound;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.content.X509Data;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.apache.xml.security.utils.ElementProxy;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.control.SafeXml;

/**
 * Signs an edXML package the way QCVN 102:2016 and the axes expect (Apache Santuario):
 *
 * <ol>
 *   <li>one enveloped XML signature over the whole package: a single reference {@code URI=""}
 *       with the transforms enveloped-signature and exclusive canonicalisation;
 *   <li>SignedInfo canonicalised with exclusive c14n; digest SHA-256; signature RSA-SHA256 for an
 *       RSA key (ECDSA-SHA256 for an EC key, which only the demo keys are);
 *   <li>{@code KeyInfo/X509Data} with the signer's subject name and certificate;
 *   <li>the {@code Signature} element, in the XML-DSig namespace, appended as the last child of
 *       {@code edXMLHeader};
 *   <li>the document serialised once, as UTF-8: those bytes are what is sent and kept.
 * </ol>
 */
public final class XmlDsigPackageSigner {

    static {
        org.apache.xml.security.Init.init();
        try {
            ElementProxy.setDefaultPrefix(Constants.SignatureSpecNS, "ds");
        } catch (XMLSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private XmlDsigPackageSigner() {}

    /** Signs the unsigned package {@code document} and returns the bytes to send. */
    public static byte[] sign(Document document, PrivateKey key, X509Certificate certificate) {
        return sign(document, key, certificate, signatureMethodFor(key), "http://www.w3.org/2001/04/xmlenc#sha256");
    }

    /**
     * Signs with the given algorithms: for tests that need the older RSA-SHA1 of packages from
     * other systems; QLVB itself always signs with {@link #sign(Document, PrivateKey, X509Certificate)}.
     */
    public static byte[] sign(
            Document document,
            PrivateKey key,
            X509Certificate certificate,
            String signatureMethod,
            String digestMethod) {
        try {
            Element header = headerOf(document);
            XMLSignature signature =
                    new XMLSignature(document, "", signatureMethod, Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            header.appendChild(signature.getElement());
            Transforms transforms = new Transforms(document);
            transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
            transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
            signature.addDocument("", transforms, digestMethod);
            X509Data data = new X509Data(document);
            data.addSubjectName(certificate);
            data.addCertificate(certificate);
            signature.getKeyInfo().add(data);
            signature.sign(key);
            return SafeXml.serialise(document);
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("signing the package failed: " + e.getMessage(), e);
        }
    }

    private static String signatureMethodFor(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256;
            case "EC" -> XMLSignature.ALGO_ID_SIGNATURE_ECDSA_SHA256;
            default -> throw new IllegalArgumentException("no XML signature for a " + key.getAlgorithm() + " key");
        };
    }

    private static Element headerOf(Document document) {
        Element header = (Element)
                document.getElementsByTagNameNS(Edxml.NS, "edXMLHeader").item(0);
        if (header == null) {
            throw new IllegalArgumentException("not an edXML package: no edXMLHeader");
        }
        return header;
    }
}
