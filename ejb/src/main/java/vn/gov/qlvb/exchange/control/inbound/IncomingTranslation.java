package vn.gov.qlvb.exchange.control.inbound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.exchange.entity.DocumentHeader;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageRefusal;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;
import vn.gov.qlvb.incoming.entity.IncomingDetails;

/**
 * Translates a received document package into the incoming capability's terms: the description
 * (Appendix VI fields), the identifier the copy arrives with, and the files (a file the sender
 * zipped, as the national SDK does, is unzipped; its single entry is the document's file).
 */
public final class IncomingTranslation {

    /** The largest file unzipped from an attachment. */
    static final int MAX_FILE = 50 * 1024 * 1024;

    private IncomingTranslation() {}

    public static IncomingDetails detailsOf(DocumentHeader d) {
        DocumentType type = Arrays.stream(DocumentType.values())
                .filter(t -> t.legalName().equalsIgnoreCase(d.typeName()))
                .findFirst()
                .orElse(DocumentType.CONG_VAN);
        return new IncomingDetails(
                type,
                cut(d.codeNumber(), 11),
                cut(d.codeNotation(), 30),
                d.promulgationDate(),
                cut(
                        d.from().organName().isEmpty()
                                ? d.from().organId()
                                : d.from().organName(),
                        200),
                d.from().organId(),
                cut(d.subject(), 500),
                null,
                d.pageAmount() == null || d.pageAmount() < 1 || d.pageAmount() > 999 ? null : d.pageAmount(),
                d.content().isEmpty() ? null : cut(d.content(), 500),
                blankToNull(cut(
                        (d.signerCompetence().isEmpty() ? "" : d.signerCompetence() + " ") + d.signerPosition(), 100)),
                blankToNull(cut(d.signerFullName(), 50)),
                Urgency.ofEdxmlPriority(d.priority()),
                Confidentiality.NONE,
                blankToNull(cut(String.join("; ", d.toPlaces()), 1000)),
                d.dueDate());
    }

    /**
     * What an update says it changes, for the recipient's history: its reason and the receivers
     * added (+) and removed (−) by OrganId.
     */
    public static String noteOf(vn.gov.qlvb.exchange.entity.Business business) {
        StringBuilder note = new StringBuilder(
                business.reason() == null ? "" : business.reason().strip());
        for (vn.gov.qlvb.exchange.entity.Business.Receiver r : business.receivers()) {
            note.append(note.length() == 0 ? "" : "; ")
                    .append(r.added() ? "thêm nơi nhận " : "bỏ nơi nhận ")
                    .append(r.organId());
        }
        return cut(note.toString(), 800);
    }

    /** The identifier a received document's copies carry: {@code edxml/} and its DocumentId (hashed if too long). */
    public static String externalIdOf(String documentId) {
        String id = "edxml/" + documentId;
        if (id.length() <= 100) {
            return id;
        }
        try {
            return "edxml#"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256")
                                    .digest(documentId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The DocumentId behind an identifier made by {@link #externalIdOf}, when it is one and not hashed. */
    public static java.util.Optional<String> documentIdOf(String externalId) {
        return externalId != null && externalId.startsWith("edxml/")
                ? java.util.Optional.of(externalId.substring("edxml/".length()))
                : java.util.Optional.empty();
    }

    /** The file's name and bytes: a zipped attachment's single entry, else the attachment as sent. */
    public static NamedFile fileOf(PackageAttachment attachment) {
        if (!attachment.zipped()) {
            return new NamedFile(attachment.name(), attachment.content());
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(attachment.content()))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null) {
                throw new PackageRefusedException(PackageRefusal.ATTACHMENT_INVALID, "an empty zip attachment");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[65536];
            for (int n; (n = zip.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_FILE) {
                    throw new PackageRefusedException(
                            PackageRefusal.PACKAGE_TOO_LARGE, "a zipped attachment unpacks too large");
                }
            }
            String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
            return new NamedFile(name.isBlank() ? attachment.name() : name, out.toByteArray());
        } catch (IOException e) {
            throw new PackageRefusedException(PackageRefusal.ATTACHMENT_INVALID, "an unreadable zip attachment");
        }
    }

    /** A file to store. */
    public record NamedFile(String name, byte[] content) {}

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
