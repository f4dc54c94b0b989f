package vn.gov.qlvb.files.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells what a file is from its bytes alone; the name a client gave is never consulted, so a
 * name cannot talk the detector into a type.
 *
 * <ol>
 *   <li>Apache Tika's magic numbers (tika-core, no parsers) over the first 64 KiB: PDF, JPEG, PNG,
 *       TIFF, OpenDocument (its {@code mimetype} entry comes first), and the two containers below;
 *   <li>a ZIP (whatever Tika made of it): when it holds {@code [Content_Types].xml} it is an OOXML package, and the content
 *       type of its main part decides (Word document, workbook, or another OOXML kind such as a
 *       macro-enabled one, which stays not allowed); when it holds a {@code mimetype} entry, that
 *       names the OpenDocument kind;
 *   <li>an OLE2 compound file: the streams at its root decide ({@code WordDocument} for Word,
 *       {@code Workbook} or {@code Book} for Excel, anything else, e.g. an encrypted OOXML
 *       package, stays a generic Office container); a malformed one stays generic too.
 * </ol>
 */
public class TikaMediaTypeDetector {

    /** Tika's name for an OLE2 container it could not tell apart. */
    static final String OLE2 = "application/x-tika-msoffice";

    /** Tika's name for an OOXML package it could not tell apart. */
    static final String OOXML = "application/x-tika-ooxml";

    private static final Logger LOG = Logger.getLogger(TikaMediaTypeDetector.class.getName());
    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final int CONTENT_TYPES_LIMIT = 1024 * 1024;
    private static final int MIMETYPE_LIMIT = 200;
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final String OPEN_DOCUMENT = "application/vnd.oasis.opendocument.";

    /** Content type of an OOXML main part → media type of the package. */
    private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
            "application/vnd.ms-word.document.macroEnabled.main+xml",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
            "application/vnd.ms-excel.sheet.macroenabled.12",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    /** The media type of the file's bytes, without parameters, e.g. {@code application/pdf}. */
    public String detect(Path file) {
        try {
            String magic = magic(file);
            if (startsWith(file, ZIP_SIGNATURE)) {
                return zipPackage(file, magic);
            }
            if (startsWith(file, CompoundFileDirectory.SIGNATURE)) {
                return compoundFile(file);
            }
            return magic;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static boolean startsWith(Path file, byte[] signature) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(signature.length), signature);
        }
    }

    private static String magic(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            MediaType type = TIKA.detect(in, new Metadata());
            return type.getBaseType().toString();
        }
    }

    private static String zipPackage(Path file, String magic) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
            if (contentTypes != null) {
                try (InputStream in = zip.getInputStream(contentTypes)) {
                    return ooxmlType(in);
                }
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String named = new String(in.readNBytes(MIMETYPE_LIMIT), StandardCharsets.US_ASCII).strip();
                    if (named.startsWith(OPEN_DOCUMENT)) {
                        return named;
                    }
                }
            }
            return magic;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            LOG.log(Level.FINE, "Unreadable ZIP package " + file + ", kept as " + magic, e);
            return magic;
        }
    }

    /** The package's kind from the content types of its main parts: exactly one known kind. */
    private static String ooxmlType(InputStream contentTypes) throws IOException, XMLStreamException {
        byte[] xml = contentTypes.readNBytes(CONTENT_TYPES_LIMIT + 1);
        if (xml.length > CONTENT_TYPES_LIMIT) {
            return OOXML;
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
        Set<String> kinds = new HashSet<>();
        try {
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamReader.START_ELEMENT
                        && reader.getLocalName().equals("Override")) {
                    String kind = OOXML_MAIN_PARTS.get(reader.getAttributeValue(null, "ContentType"));
                    if (kind != null) {
                        kinds.add(kind);
                    }
                }
            }
        } finally {
            reader.close();
        }
        return kinds.size() == 1 ? kinds.iterator().next() : OOXML;
    }

    private static String compoundFile(Path file) {
        try {
            Set<String> names = CompoundFileDirectory.rootEntryNames(file);
            boolean word = names.contains("WordDocument");
            boolean excel = names.contains("Workbook") || names.contains("Book");
            if (word && !excel) {
                return "application/msword";
            }
            if (excel && !word) {
                return "application/vnd.ms-excel";
            }
            return OLE2;
        } catch (IOException e) {
            LOG.log(Level.FINE, "Unreadable OLE2 file " + file, e);
            return OLE2;
        }
    }
}
