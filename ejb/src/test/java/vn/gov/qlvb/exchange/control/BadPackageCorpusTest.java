package vn.gov.qlvb.exchange.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.exchange.control.ExchangeFixtures.*;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.gov.qlvb.exchange.control.inbound.InboundPackageChecks;
import vn.gov.qlvb.exchange.control.outbound.EdxmlBuilder;
import vn.gov.qlvb.exchange.control.outbound.XmlDsigPackageSigner;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.Organ;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/**
 * The corpus of bad packages: each made by the test from a good one (most of them signed after
 * the fault was put in, so that only that fault is wrong), each refused with its code by the
 * ordered checks. The HMAC and replay cases of the transport are in the boundary's tests.
 */
public class BadPackageCorpusTest {

    private static final InboundPackageChecks CHECKS = checks();

    public record Case(String name, PackageRefusal expected, Supplier<byte[]> bytes, String messagePart) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every bad package with the refusal it must get (also replayed against the real EAR by BadPackageCorpusIT). */
    public static Stream<Arguments> corpus() {
        List<Case> cases = new ArrayList<>();
        // 1. size and safe XML
        cases.add(c("not XML at all", MALFORMED_PACKAGE, () -> bytes("xin chào, đây không phải XML")));
        cases.add(c("empty body", MALFORMED_PACKAGE, () -> new byte[0]));
        cases.add(c("truncated in the middle", MALFORMED_PACKAGE, () -> Arrays.copyOf(good(), good().length / 2)));
        cases.add(c(
                "mismatched tags",
                MALFORMED_PACKAGE,
                () -> bytes(text(good()).replaceFirst("</edXML:Subject>", "</edXML:Subjekt>"))));
        cases.add(c("invalid UTF-8", MALFORMED_PACKAGE, () -> {
            byte[] b = good().clone();
            int at = text(b).indexOf("<edXML:Subject>") + 20;
            b[at] = (byte) 0xC3;
            b[at + 1] = (byte) 0x28;
            return b;
        }));
        cases.add(c("internal DTD", MALFORMED_PACKAGE, () -> withDoctype("<!DOCTYPE edXML []>")));
        cases.add(c(
                "external DTD",
                MALFORMED_PACKAGE,
                () -> withDoctype("<!DOCTYPE edXML SYSTEM \"http://127.0.0.1:9/evil.dtd\">")));
        cases.add(c(
                "XXE file entity",
                MALFORMED_PACKAGE,
                () -> xxe("<!DOCTYPE edXML [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")));
        cases.add(c(
                "XXE parameter entity",
                MALFORMED_PACKAGE,
                () -> xxe("<!DOCTYPE edXML [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p\"> %p;]>")));
        cases.add(c("billion laughs", MALFORMED_PACKAGE, BadPackageCorpusTest::billionLaughs));
        cases.add(c(
                "quadratic blow-up",
                MALFORMED_PACKAGE,
                () -> xxe("<!DOCTYPE edXML [<!ENTITY x \"" + "A".repeat(100_000) + "\">]>")));
        cases.add(c(
                "wrong root element",
                MALFORMED_PACKAGE,
                () -> bytes("<?xml version=\"1.0\"?><goi xmlns=\"" + Edxml.NS + "\"/>")));
        cases.add(c(
                "root outside the edXML namespace",
                MALFORMED_PACKAGE,
                () -> bytes(
                        text(good()).replaceFirst("<edXML xmlns=\"" + Edxml.NS + "\"", "<edXML xmlns=\"urn:other\""))));
        cases.add(c("zip of two files", MALFORMED_PACKAGE, () -> zipOf(good(), good())));
        cases.add(c("corrupt zip", MALFORMED_PACKAGE, () -> {
            byte[] z = zip("p.edxml", good());
            return Arrays.copyOf(z, 40);
        }));
        cases.add(c("oversized package", PACKAGE_TOO_LARGE, () -> sign(withAttachment(new byte[6_000_000]))));
        cases.add(c("zip bomb", PACKAGE_TOO_LARGE, () -> zip("bomb.edxml", new byte[20_000_000])));
        // 2. required elements (each signed after the fault)
        cases.add(signedWith("no From", SCHEMA_INVALID, d -> remove(d, "From")));
        cases.add(signedWith("no To", SCHEMA_INVALID, d -> removeAll(d, "To")));
        cases.add(c(
                "the same To twice",
                SCHEMA_INVALID,
                () -> sign(EdxmlPackage.document(
                        header(DOCUMENT_ID, List.of(Organ.of(HOSTED, "A"), Organ.of(HOSTED, "A"))),
                        traces(),
                        null,
                        List.of()))));
        cases.add(signedWith("no DocumentId", SCHEMA_INVALID, d -> remove(d, "DocumentId")));
        cases.add(signedWith("DocumentId without its parts", SCHEMA_INVALID, d -> set(d, "DocumentId", "125/UBND-VX")));
        cases.add(signedWith("no Subject", SCHEMA_INVALID, d -> remove(d, "Subject")));
        cases.add(signedWith("empty Subject", SCHEMA_INVALID, d -> set(d, "Subject", "  ")));
        cases.add(signedWith("Subject over 500", SCHEMA_INVALID, d -> set(d, "Subject", "x".repeat(501))));
        cases.add(signedWith("two Subjects", SCHEMA_INVALID, d -> duplicate(d, "Subject")));
        cases.add(signedWith("CodeNumber over 11", SCHEMA_INVALID, d -> set(d, "CodeNumber", "123456789012")));
        cases.add(signedWith("no PromulgationDate", SCHEMA_INVALID, d -> remove(d, "PromulgationDate")));
        cases.add(signedWith(
                "PromulgationDate not a date", SCHEMA_INVALID, d -> set(d, "PromulgationDate", "2026-13-45")));
        cases.add(signedWith("From/OrganId malformed", SCHEMA_INVALID, d -> set(d, "OrganId", "H41")));
        cases.add(signedWith("Priority 9", SCHEMA_INVALID, d -> set(d, "Priority", "9")));
        cases.add(signedWith("Type not a number", SCHEMA_INVALID, d -> set(d, "Type", "CV")));
        cases.add(signedWith("no MessageHeader", SCHEMA_INVALID, d -> remove(d, "MessageHeader")));
        cases.add(signedWith("no edXMLBody", SCHEMA_INVALID, d -> remove(d, "edXMLBody")));
        cases.add(signedWith("TraceHeader timestamp unreadable", SCHEMA_INVALID, d -> set(d, "Timestamp", "hôm qua")));
        cases.add(signedWith("BussinessDocType 7", SCHEMA_INVALID, d -> set(d, "BussinessDocType", "7")));
        cases.add(c(
                "recall naming no document",
                SCHEMA_INVALID,
                () -> sign(recallPackage(), SENDER_KEY, d -> set(d, "DocumentId", 1, ""))));
        cases.add(c(
                "status with an unknown code",
                SCHEMA_INVALID,
                () -> sign(status(), SENDER_KEY, d -> set(d, "StatusCode", "99"))));
        cases.add(c(
                "refusal status without reason",
                SCHEMA_INVALID,
                () -> sign(status(), SENDER_KEY, d -> {
                    set(d, "StatusCode", "02");
                    set(d, "Description", "");
                })));
        cases.add(c(
                "status without ResponseFor",
                SCHEMA_INVALID,
                () -> sign(status(), SENDER_KEY, d -> remove(d, "ResponseFor"))));
        cases.add(c(
                "status without Timestamp",
                SCHEMA_INVALID,
                () -> sign(status(), SENDER_KEY, d -> remove(d, "Timestamp"))));
        // 3. signature form
        cases.add(c("unsigned document", SIGNATURE_MISSING, () -> unsigned(documentPackage(), d -> {})));
        cases.add(c("unsigned status", SIGNATURE_MISSING, () -> unsigned(status(), d -> {})));
        cases.add(c(
                "signature removed",
                SIGNATURE_MISSING,
                () -> bytes(text(good()).replaceAll("(?s)<ds:Signature.*</ds:Signature>", ""))));
        cases.add(c(
                "signature moved into the body",
                SIGNATURE_INVALID,
                () -> moveSignature("edXMLBody"),
                "not the last child"));
        cases.add(c(
                "signature moved before the MessageHeader",
                SIGNATURE_INVALID,
                () -> {
                    Document d = SafeXml.parse(good());
                    Element signature = signature(d);
                    Element header = (Element) signature.getParentNode();
                    header.insertBefore(signature, header.getFirstChild());
                    return SafeXml.serialise(d);
                },
                "not the last child"));
        cases.add(c(
                "second signature appended (wrapping)",
                SIGNATURE_INVALID,
                () -> {
                    Document d = SafeXml.parse(good());
                    Element signature = signature(d);
                    signature.getParentNode().appendChild(signature.cloneNode(true));
                    return SafeXml.serialise(d);
                },
                "2 signatures"));
        cases.add(c("signed copy wrapped in an Object, subject changed", SIGNATURE_INVALID, () -> {
            Document d = SafeXml.parse(good());
            Element signature = signature(d);
            Element object = d.createElementNS(Edxml.DSIG_NS, "ds:Object");
            object.appendChild(
                    d.getElementsByTagNameNS(Edxml.NS, "MessageHeader").item(0).cloneNode(true));
            signature.appendChild(object);
            d.getElementsByTagNameNS(Edxml.NS, "Subject").item(0).setTextContent("Văn bản giả mạo");
            return SafeXml.serialise(d);
        }));
        cases.add(c(
                "reference to an external URI",
                SIGNATURE_INVALID,
                () -> bytes(text(good()).replace("URI=\"\"", "URI=\"http://127.0.0.1:9/other.xml\"")),
                "not to the whole package"));
        cases.add(c(
                "reference to an ID",
                SIGNATURE_INVALID,
                () -> bytes(text(good()).replace("URI=\"\"", "URI=\"#body\"")),
                "not to the whole package"));
        cases.add(
                c(
                        "XSLT transform added",
                        SIGNATURE_INVALID,
                        () -> bytes(
                                text(good())
                                        .replace(
                                                "</ds:Transforms>",
                                                "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xslt-19991116\"/></ds:Transforms>"))));
        cases.add(c(
                "XPath transform instead of c14n",
                SIGNATURE_INVALID,
                () -> bytes(
                        text(good())
                                .replace(
                                        "<ds:Transform Algorithm=\"http://www.w3.org/2001/10/xml-exc-c14n#\"/>",
                                        "<ds:Transform Algorithm=\"http://www.w3.org/TR/1999/REC-xpath-19991116\"><ds:XPath>1</ds:XPath></ds:Transform>")),
                "not accepted"));
        cases.add(c(
                "HMAC signature method",
                SIGNATURE_INVALID,
                () -> bytes(text(good())
                        .replace(
                                "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
                                "http://www.w3.org/2000/09/xmldsig#hmac-sha1")),
                "not accepted"));
        cases.add(c(
                "MD5 digest",
                SIGNATURE_INVALID,
                () -> bytes(text(good())
                        .replace(
                                "http://www.w3.org/2001/04/xmlenc#sha256",
                                "http://www.w3.org/2001/04/xmldsig-more#md5"))));
        cases.add(c(
                "two references",
                SIGNATURE_INVALID,
                () -> {
                    Document d = SafeXml.parse(good());
                    Node reference =
                            d.getElementsByTagNameNS(Edxml.DSIG_NS, "Reference").item(0);
                    reference.getParentNode().appendChild(reference.cloneNode(true));
                    return SafeXml.serialise(d);
                },
                "references"));
        cases.add(c(
                "truncated certificate, as in the real samples",
                SIGNATURE_INVALID,
                () -> bytes(text(good())
                        .replaceAll(
                                "<ds:X509Certificate>[^<]*</ds:X509Certificate>",
                                "<ds:X509Certificate>MIIFqTCCBJG</ds:X509Certificate>")),
                "unreadable"));
        cases.add(c(
                "no certificate in KeyInfo",
                SIGNATURE_INVALID,
                () -> bytes(text(good()).replaceAll("<ds:X509Certificate>[^<]*</ds:X509Certificate>", "")),
                "exactly one"));
        cases.add(c(
                "two certificates in KeyInfo",
                SIGNATURE_INVALID,
                () -> bytes(text(good()).replaceAll("(<ds:X509Certificate>[^<]*</ds:X509Certificate>)", "$1$1")),
                "exactly one"));
        // 4. signer
        cases.add(c("unknown certificate", UNKNOWN_SIGNER, () -> sign(documentPackage(), UNKNOWN_KEY)));
        cases.add(c("self-signed key of no authority", UNKNOWN_SIGNER, BadPackageCorpusTest::selfSigned));
        cases.add(c("other agency's certificate", SENDER_MISMATCH, () -> sign(documentPackage(), OTHER_KEY)));
        cases.add(c(
                "DocumentId of another agency",
                SENDER_MISMATCH,
                () -> sign(
                        documentPackage(), SENDER_KEY, d -> set(d, "DocumentId", OTHER + ",2026/11/20,125/UBND-VX"))));
        cases.add(c("status signed by another agency", SENDER_MISMATCH, () -> sign(status(), OTHER_KEY)));
        cases.add(c("expired certificate", CERTIFICATE_EXPIRED, () -> sign(documentPackage(), EXPIRED_KEY)));
        cases.add(c("certificate not yet valid", CERTIFICATE_EXPIRED, () -> sign(documentPackage(), FUTURE_KEY)));
        cases.add(c(
                "expired certificate, signed time in the future ignored",
                CERTIFICATE_EXPIRED,
                () -> sign(documentPackage(), EXPIRED_KEY, d -> set(d, "Timestamp", "2099/01/01 00:00:00"))));
        // 5. signature value
        cases.add(c(
                "tampered subject",
                SIGNATURE_INVALID,
                () -> bytes(text(good()).replace("Tuần lễ văn hóa", "Tuần lễ thể thao")),
                "does not verify"));
        cases.add(c(
                "tampered addressee",
                SIGNATURE_INVALID,
                () -> bytes(text(good()).replace("Sở Nội vụ tỉnh Mẫu", "Sở Tài chính tỉnh Mẫu")),
                "does not verify"));
        cases.add(c(
                "tampered priority",
                SIGNATURE_INVALID,
                () -> bytes(text(good()).replace("<edXML:Priority>1<", "<edXML:Priority>3<")),
                "does not verify"));
        cases.add(c(
                "tampered attachment", SIGNATURE_INVALID, BadPackageCorpusTest::tamperedAttachment, "does not verify"));
        cases.add(c(
                "attachment added after signing",
                SIGNATURE_INVALID,
                () -> bytes(
                        text(good())
                                .replace(
                                        "</AttachmentEncoded>",
                                        "<Attachment><ContentId>cid:2</ContentId><AttachmentName>x.pdf</AttachmentName><Description/><ContentType>application/pdf</ContentType><ContentTransferEncoded>JVBERi0=</ContentTransferEncoded></Attachment></AttachmentEncoded>")),
                "does not verify"));
        cases.add(c("signature value altered", SIGNATURE_INVALID, () -> {
            String xml = text(good());
            int at = xml.indexOf("<ds:SignatureValue>") + "<ds:SignatureValue>".length();
            char flipped = xml.charAt(at) == 'A' ? 'B' : 'A';
            return bytes(xml.substring(0, at) + flipped + xml.substring(at + 1));
        }));
        cases.add(c(
                "signed by another key under the sender's certificate",
                SIGNATURE_INVALID,
                () -> XmlDsigPackageSigner.sign(
                        EdxmlBuilder.build(documentPackage()), OTHER_KEY.keys().getPrivate(), SENDER_KEY.certificate()),
                "does not verify"));
        cases.add(c(
                "tampered status code",
                SIGNATURE_INVALID,
                () -> bytes(text(sign(status())).replace("<edXML:StatusCode>05<", "<edXML:StatusCode>06<"))));
        // 6. manifest and attachments
        cases.add(signedWith(
                "manifest lists a file not attached", ATTACHMENT_INVALID, d -> set(d, "ContentId", "cid:404")));
        cases.add(signedWith("attachment without manifest entry", ATTACHMENT_INVALID, d -> remove(d, "Reference")));
        cases.add(signedWith(
                "attachment not Base64",
                ATTACHMENT_INVALID,
                d -> setPlain(d, "ContentTransferEncoded", "%%% không phải base64 %%%")));
        cases.add(signedWith(
                "attachment without content", ATTACHMENT_INVALID, d -> setPlain(d, "ContentTransferEncoded", "")));
        cases.add(signedWith(
                "declared a zip but not one", ATTACHMENT_INVALID, d -> set(d, "ContentType", 1, "application/zip")));
        cases.add(signedWith(
                "content type differs from the manifest",
                ATTACHMENT_INVALID,
                d -> set(d, "ContentType", 1, "text/plain")));
        cases.add(signedWith(
                "named differently in the manifest", ATTACHMENT_INVALID, d -> set(d, "AttachmentName", "khac.pdf")));
        cases.add(signedWith("the same attachment twice", ATTACHMENT_INVALID, d -> {
            Node attachment = d.getElementsByTagNameNS(Edxml.NS, "Attachment").item(0);
            attachment.getParentNode().appendChild(attachment.cloneNode(true));
        }));
        // 7. addressee
        cases.add(c(
                "addressed to an agency not hosted here",
                WRONG_ADDRESSEE,
                () -> sign(EdxmlPackage.document(
                        header(DOCUMENT_ID, List.of(Organ.of(NOT_HOSTED, "UBND tỉnh Cao Bằng"))),
                        traces(),
                        null,
                        List.of()))));
        cases.add(c(
                "status about another system's document",
                WRONG_ADDRESSEE,
                () -> sign(status(), SENDER_KEY, d -> set(d, "OrganId", 1, NOT_HOSTED))));
        return cases.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void badPackageIsRefusedWithItsCode(Case bad) {
        byte[] bytes = bad.bytes().get();
        PackageRefusedException refused =
                assertThrows(PackageRefusedException.class, () -> CHECKS.check(bytes, Instant.now()), bad.name());
        assertEquals(bad.expected(), refused.refusal(), bad.name() + ": " + refused.getMessage());
        if (bad.messagePart() != null) {
            assertTrue(refused.getMessage().contains(bad.messagePart()), bad.name() + ": " + refused.getMessage());
        }
    }

    @Test
    void corpusHasAtLeastFiftyPackagesAndEveryCode() {
        List<Case> cases = corpus().map(a -> (Case) a.get()[0]).toList();
        assertTrue(cases.size() >= 50, "only " + cases.size());
        for (PackageRefusal code : PackageRefusal.values()) {
            if (code != UNAUTHORIZED) {
                assertTrue(cases.stream().anyMatch(c -> c.expected() == code), "no case for " + code);
            }
        }
    }

    @Test
    void theGoodPackageOfTheCorpusPasses() {
        assertEquals(documentPackage(), CHECKS.check(good(), Instant.now()).content());
    }

    // --- the faults

    private static byte[] goodBytes;

    static synchronized byte[] good() {
        if (goodBytes == null) {
            goodBytes = sign(documentPackage());
        }
        return goodBytes.clone();
    }

    private static EdxmlPackage status() {
        return statusPackage(ExchangeStatus.PROCESSING, "Đang xử lý");
    }

    private static Case c(String name, PackageRefusal expected, Supplier<byte[]> bytes) {
        return new Case(name, expected, bytes, null);
    }

    private static Case c(String name, PackageRefusal expected, Supplier<byte[]> bytes, String messagePart) {
        return new Case(name, expected, bytes, messagePart);
    }

    private static Case signedWith(String name, PackageRefusal expected, Consumer<Document> fault) {
        return new Case(name, expected, () -> sign(documentPackage(), SENDER_KEY, fault), null);
    }

    private static EdxmlPackage withAttachment(byte[] content) {
        EdxmlPackage good = documentPackage();
        return EdxmlPackage.document(
                good.document(),
                good.traces(),
                good.business(),
                List.of(new PackageAttachment("cid:1", "big.pdf", "", "application/pdf", content)));
    }

    private static Element first(Document d, String name, int index) {
        return (Element) d.getElementsByTagNameNS(Edxml.NS, name).item(index);
    }

    private static void set(Document d, String name, String value) {
        set(d, name, 0, value);
    }

    private static void set(Document d, String name, int index, String value) {
        first(d, name, index).setTextContent(value);
    }

    private static void setPlain(Document d, String name, String value) {
        first(d, name, 0).setTextContent(value);
    }

    private static void remove(Document d, String name) {
        Element e = first(d, name, 0);
        e.getParentNode().removeChild(e);
    }

    private static void removeAll(Document d, String name) {
        while (d.getElementsByTagNameNS(Edxml.NS, name).getLength() > 0) {
            remove(d, name);
        }
    }

    private static void duplicate(Document d, String name) {
        Element e = first(d, name, 0);
        e.getParentNode().insertBefore(e.cloneNode(true), e);
    }

    private static Element signature(Document d) {
        return (Element) d.getElementsByTagNameNS(Edxml.DSIG_NS, "Signature").item(0);
    }

    private static byte[] moveSignature(String newParent) {
        Document d = SafeXml.parse(good());
        Element signature = signature(d);
        first(d, newParent, 0).appendChild(signature);
        return SafeXml.serialise(d);
    }

    private static byte[] withDoctype(String doctype) {
        String xml = text(good());
        int afterDeclaration = xml.indexOf("?>") + 2;
        return bytes(xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration));
    }

    private static byte[] xxe(String doctype) {
        String xml = text(withDoctype(doctype));
        return bytes(xml.replace("<edXML:Subject>", "<edXML:Subject>&x;"));
    }

    private static byte[] billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY x0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY x").append(i).append(" \"");
            dtd.append(("&x" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        return bytes(text(withDoctype(dtd.toString())).replace("<edXML:Subject>", "<edXML:Subject>&x10;"));
    }

    private static byte[] zipOf(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a.edxml"));
            zip.write(first);
            zip.putNextEntry(new ZipEntry("b.edxml"));
            zip.write(second);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static byte[] tamperedAttachment() {
        String xml = text(good());
        int start = xml.indexOf("<ContentTransferEncoded>") + "<ContentTransferEncoded>".length();
        String encoded = xml.substring(start, xml.indexOf("</ContentTransferEncoded>"));
        byte[] pdf = Base64.getDecoder().decode(encoded);
        pdf[pdf.length / 2] ^= 1;
        return bytes(xml.substring(0, start)
                + Base64.getEncoder().encodeToString(pdf)
                + xml.substring(start + encoded.length()));
    }

    private static byte[] selfSigned() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            var authority = vn.gov.qlvb.signing.control.DemoAuthority.create(
                    "Tự ký", vn.gov.qlvb.signing.control.DemoAuthority.Keys.RSA_2048);
            var issued = authority.issue("UBND tỉnh Nghệ An", "UBND tỉnh Nghệ An", 1);
            return XmlDsigPackageSigner.sign(
                    EdxmlBuilder.build(documentPackage()), issued.keys().getPrivate(), issued.certificate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
