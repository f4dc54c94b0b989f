package vn.gov.qlvb.exchange.control.inbound;

import static vn.gov.qlvb.exchange.entity.PackageRefusal.ATTACHMENT_INVALID;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.CERTIFICATE_EXPIRED;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.MALFORMED_PACKAGE;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.PACKAGE_TOO_LARGE;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.SENDER_MISMATCH;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.UNKNOWN_SIGNER;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.WRONG_ADDRESSEE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.w3c.dom.Document;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.control.SafeXml;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.ManifestReference;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageKind;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;
import vn.gov.qlvb.exchange.entity.TraceHeader;

/**
 * The checks every received package goes through, in this order; the first that fails refuses
 * the package with its code ({@link PackageRefusedException}) and nothing is stored:
 *
 * <ol>
 *   <li><b>size and safe XML</b>: at most {@code maxPackageBytes} received
 *       ({@code PACKAGE_TOO_LARGE}); a zipped package (one entry) is unzipped within the same
 *       limit; the XML is well-formed, without DTD, external entity or XInclude, its root is
 *       {@code edXML} ({@code MALFORMED_PACKAGE});
 *   <li><b>required elements</b> of a document or status header ({@code SCHEMA_INVALID},
 *       {@link EdxmlParser#headers});
 *   <li><b>signature form</b>: exactly one, in the header, over the whole package, nothing
 *       external, accepted algorithms ({@code SIGNATURE_MISSING}, {@code SIGNATURE_INVALID},
 *       {@link XmlDsigPackageVerifier#locate});
 *   <li><b>signer</b>: the certificate is registered ({@code UNKNOWN_SIGNER}) for the sender
 *       {@code From/OrganId}, and a document's id starts with the sender ({@code SENDER_MISMATCH});
 *       it was valid at the signing time ({@code CERTIFICATE_EXPIRED}): the package's own signed
 *       time (the status {@code Timestamp}, or the sender's last {@code TraceHeader}) when it
 *       lies between 30 days before and 5 minutes after the receipt, else the receipt time;
 *   <li><b>signature value</b> ({@code SIGNATURE_INVALID}, {@link XmlDsigPackageVerifier#verifyValue});
 *   <li><b>manifest and attachments</b> match one to one by content id, each decodes
 *       with the same name and content type ({@code ATTACHMENT_INVALID});
 *   <li><b>addressee</b>: a document names at least one agency hosted here; a status is about a
 *       document of an agency hosted here ({@code WRONG_ADDRESSEE}).
 * </ol>
 *
 * The eighth check, not a duplicate (same sender and document id, and for statuses the same
 * status), needs the stored packages and is the boundary's: a duplicate is answered with the
 * original receipt, not refused.
 */
public final class InboundPackageChecks {

    /** How far the signed time may lie after the receipt (clocks differ). */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** How old the signed time may be before the receipt time is used instead. */
    static final Duration MAX_SIGNED_AGE = Duration.ofDays(30);

    private final ExchangeDirectory directory;
    private final long maxPackageBytes;

    public InboundPackageChecks(ExchangeDirectory directory, long maxPackageBytes) {
        this.directory = directory;
        this.maxPackageBytes = maxPackageBytes;
    }

    /** Runs the seven checks on the bytes received at {@code receivedAt}. */
    public VerifiedPackage check(byte[] received, Instant receivedAt) {
        // 1. size and safe XML
        if (received.length > maxPackageBytes) {
            throw new PackageRefusedException(
                    PACKAGE_TOO_LARGE,
                    "the package has " + received.length + " bytes, the limit is " + maxPackageBytes);
        }
        byte[] xml = isZip(received) ? unzip(received) : received;
        Document doc = SafeXml.parse(xml);
        // 2. required elements
        EdxmlParser.Headers headers = EdxmlParser.headers(doc);
        // 3. signature form
        XmlDsigPackageVerifier signature = XmlDsigPackageVerifier.locate(doc, headers.envelopeHeader());
        // 4. signer
        String sender = headers.sender();
        Set<String> owners = directory.agenciesOfCertificate(signature.certificate());
        if (owners.isEmpty()) {
            throw new PackageRefusedException(
                    UNKNOWN_SIGNER,
                    "the signing certificate "
                            + signature.certificate().getSubjectX500Principal().getName()
                            + " is registered for no agency");
        }
        if (!owners.contains(sender)) {
            throw new PackageRefusedException(
                    SENDER_MISMATCH,
                    "the signing certificate is registered for " + owners + ", not for the sender " + sender);
        }
        if (headers.kind() == PackageKind.DOCUMENT
                && !headers.document().documentId().startsWith(sender + ",")) {
            throw new PackageRefusedException(
                    SENDER_MISMATCH, "the document id does not start with the sender " + sender);
        }
        Instant signedAt = signingTime(headers, sender, receivedAt);
        try {
            signature.certificate().checkValidity(Date.from(signedAt));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new PackageRefusedException(
                    CERTIFICATE_EXPIRED,
                    "the signing certificate was not valid at " + signedAt + ": " + e.getMessage());
        }
        // 5. signature value
        signature.verifyValue();
        // 6. manifest and attachments
        List<PackageAttachment> attachments = EdxmlParser.attachments(doc);
        requireManifestMatches(headers.manifest(), attachments);
        // 7. addressee
        List<String> hosted;
        if (headers.kind() == PackageKind.DOCUMENT) {
            hosted = headers.document().addressees().stream()
                    .filter(directory::hosts)
                    .toList();
        } else {
            String original = headers.status().responseFor().organId();
            hosted = directory.hosts(original) ? List.of(original) : List.of();
        }
        if (hosted.isEmpty()) {
            throw new PackageRefusedException(WRONG_ADDRESSEE, "no addressee of the package is hosted here");
        }
        EdxmlPackage content = new EdxmlPackage(
                headers.kind(),
                headers.document(),
                headers.status(),
                headers.traces(),
                headers.business(),
                headers.manifest(),
                attachments);
        return new VerifiedPackage(received, sha256Hex(received), content, signature.certificate(), hosted);
    }

    private static Instant signingTime(EdxmlParser.Headers headers, String sender, Instant receivedAt) {
        LocalDateTime claimed = headers.kind() == PackageKind.STATUS
                ? headers.status().timestamp()
                : headers.traces().stream()
                        .filter(t -> t.organId().equals(sender))
                        .map(TraceHeader::timestamp)
                        .reduce((a, b) -> b)
                        .orElse(null);
        if (claimed == null) {
            return receivedAt;
        }
        Instant signed = claimed.atZone(Edxml.VIETNAM).toInstant();
        boolean plausible =
                !signed.isAfter(receivedAt.plus(CLOCK_SKEW)) && !signed.isBefore(receivedAt.minus(MAX_SIGNED_AGE));
        return plausible ? signed : receivedAt;
    }

    private static void requireManifestMatches(List<ManifestReference> manifest, List<PackageAttachment> attachments) {
        Map<String, PackageAttachment> byId = new HashMap<>();
        for (PackageAttachment attachment : attachments) {
            if (byId.put(attachment.contentId(), attachment) != null) {
                throw new PackageRefusedException(
                        ATTACHMENT_INVALID, "attachment " + attachment.contentId() + " twice");
            }
        }
        if (manifest.size() != attachments.size()) {
            throw new PackageRefusedException(
                    ATTACHMENT_INVALID,
                    "the manifest lists " + manifest.size() + " files, the package carries " + attachments.size());
        }
        for (ManifestReference reference : manifest) {
            PackageAttachment attachment = byId.remove(reference.contentId());
            if (attachment == null) {
                throw new PackageRefusedException(
                        ATTACHMENT_INVALID, "the manifest's " + reference.contentId() + " is not attached");
            }
            if (!reference.contentType().equalsIgnoreCase(attachment.contentType())) {
                throw new PackageRefusedException(
                        ATTACHMENT_INVALID,
                        "attachment " + reference.contentId() + " has another type in the manifest");
            }
            if (!reference.attachmentName().equals(attachment.name())) {
                throw new PackageRefusedException(
                        ATTACHMENT_INVALID,
                        "attachment " + reference.contentId() + " is named differently in the manifest");
            }
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The single entry of a zipped package, read no further than the size limit. */
    private byte[] unzip(byte[] zipped) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null) {
                throw new PackageRefusedException(MALFORMED_PACKAGE, "an empty zip");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            for (int n; (n = zip.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxPackageBytes) {
                    throw new PackageRefusedException(PACKAGE_TOO_LARGE, "the zipped package unpacks beyond the limit");
                }
            }
            if (zip.getNextEntry() != null) {
                throw new PackageRefusedException(MALFORMED_PACKAGE, "a zipped package must hold one file");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new PackageRefusedException(MALFORMED_PACKAGE, "an unreadable zip: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a package kept as evidence still carries a signature that verifies (form and value,
     * not the certificate's registration or validity, which may have changed since): empty when
     * it does, else why not.
     */
    public static java.util.Optional<String> signatureHolds(byte[] kept) {
        try {
            byte[] xml = isZip(kept) ? new InboundPackageChecks(null, Long.MAX_VALUE).unzip(kept) : kept;
            Document doc = SafeXml.parse(xml);
            XmlDsigPackageVerifier signature =
                    XmlDsigPackageVerifier.locate(doc, EdxmlParser.headers(doc).envelopeHeader());
            signature.verifyValue();
            return java.util.Optional.empty();
        } catch (PackageRefusedException e) {
            return java.util.Optional.of(e.refusal() + ": " + e.getMessage());
        }
    }

    /** SHA-256 of the bytes, lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
