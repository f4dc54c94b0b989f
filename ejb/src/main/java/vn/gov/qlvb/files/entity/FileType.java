package vn.gov.qlvb.files.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * The kinds of file a document may carry: what clerks receive and send (Decree 30: PDF scans of
 * at least 200 dpi, Word and OpenDocument texts, spreadsheets, images). Each kind has the
 * media type that the bytes must show and the file name extensions that announce it.
 */
public enum FileType {
    /** Portable Document Format, the form of signed and scanned documents. */
    PDF("application/pdf", "pdf"),
    /** Word 97–2003 (an OLE2 compound file with a {@code WordDocument} stream). */
    DOC("application/msword", "doc"),
    /** Word 2007 and later (an OOXML package whose main part is a word-processing document). */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    /** OpenDocument text (LibreOffice, the open standard of TCVN/QĐ 20/2008). */
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    /** JPEG photograph or scan. */
    JPEG("image/jpeg", "jpg", "jpeg"),
    /** PNG image, e.g. a signature image with transparency. */
    PNG("image/png", "png"),
    /** TIFF image, the usual output of document scanners. */
    TIFF("image/tiff", "tif", "tiff"),
    /** Excel 97–2003 (an OLE2 compound file with a {@code Workbook} stream). */
    XLS("application/vnd.ms-excel", "xls"),
    /** Excel 2007 and later (an OOXML package whose main part is a workbook). */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    /**
     * The kind a file name announces by its extension (after the last dot, any case).
     *
     * @throws RuleViolation {@code file.typeNotAllowed} (field {@code file}, argument: the allowed
     *     extensions) when the name has no extension or one outside the allowed kinds
     */
    public static FileType ofFileName(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values())
                .filter(t -> t.extensions.contains(extension))
                .findFirst()
                .orElseThrow(() -> RuleViolation.invalid("file.typeNotAllowed", "file", allowedExtensions()));
    }

    /** The kind whose media type this is, if it is one of the allowed kinds. */
    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(t -> t.mediaType.equals(mediaType))
                .findFirst();
    }

    /** The allowed extensions as people read them: {@code .pdf, .doc, …}. */
    public static String allowedExtensions() {
        return Arrays.stream(values())
                .flatMap(t -> t.extensions.stream())
                .map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Checks that bytes of {@code detectedMediaType} really are of this kind.
     *
     * @throws RuleViolation {@code file.typeMismatch} (field {@code file}, argument: this kind's
     *     name, e.g. {@code PDF}) when they are not
     */
    public void requireContentOf(String detectedMediaType) {
        if (!mediaType.equals(detectedMediaType)) {
            throw RuleViolation.invalid("file.typeMismatch", "file", name());
        }
    }

    public String mediaType() {
        return mediaType;
    }

    /** The extensions that announce this kind, the usual one first. */
    public List<String> extensions() {
        return extensions;
    }
}
