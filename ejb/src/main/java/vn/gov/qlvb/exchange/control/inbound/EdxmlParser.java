package vn.gov.qlvb.exchange.control.inbound;

import static vn.gov.qlvb.exchange.entity.PackageRefusal.ATTACHMENT_INVALID;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.MALFORMED_PACKAGE;
import static vn.gov.qlvb.exchange.entity.PackageRefusal.SCHEMA_INVALID;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.gov.qlvb.exchange.control.Edxml;
import vn.gov.qlvb.exchange.entity.Business;
import vn.gov.qlvb.exchange.entity.BusinessDocType;
import vn.gov.qlvb.exchange.entity.DocumentHeader;
import vn.gov.qlvb.exchange.entity.ExchangeStatus;
import vn.gov.qlvb.exchange.entity.ManifestReference;
import vn.gov.qlvb.exchange.entity.Organ;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageKind;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;
import vn.gov.qlvb.exchange.entity.ResponseFor;
import vn.gov.qlvb.exchange.entity.StaffInfo;
import vn.gov.qlvb.exchange.entity.StatusHeader;
import vn.gov.qlvb.exchange.entity.TraceHeader;
import vn.gov.qlvb.organisations.entity.OrganId;

/**
 * Reads the parsed DOM of a received package into the model, by namespace and local name only
 * (never by prefix or order: real packages differ in both). Elements in the edXML namespace or
 * in none are accepted (older packages put {@code AttachmentEncoded}'s children in either);
 * {@code Business…} is accepted for {@code Bussiness…}. Two steps, so that the checks keep their
 * order: {@link #headers} (required elements, {@code SCHEMA_INVALID}) before the signature,
 * {@link #attachments} ({@code ATTACHMENT_INVALID}) after it.
 */
public final class EdxmlParser {

    static final int MAX_SUBJECT = 500;
    static final int MAX_CODE_NUMBER = 11;
    static final int MAX_CODE_NOTATION = 30;

    private EdxmlParser() {}

    /** What the header says, with the DOM elements the signature checks need. */
    public record Headers(
            PackageKind kind,
            DocumentHeader document,
            StatusHeader status,
            List<TraceHeader> traces,
            Business business,
            List<ManifestReference> manifest,
            Element envelopeHeader) {

        /** The sender's organ id. */
        public String sender() {
            return kind == PackageKind.DOCUMENT
                    ? document.from().organId()
                    : status.from().organId();
        }
    }

    /** Reads the root, envelope and headers; a missing or bad required element is {@code SCHEMA_INVALID}. */
    public static Headers headers(Document doc) {
        Element root = doc.getDocumentElement();
        if (!isEdxml(root) || !"edXML".equals(root.getLocalName())) {
            throw new PackageRefusedException(MALFORMED_PACKAGE, "the root element is not edXML in " + Edxml.NS);
        }
        Element envelope = required(root, "edXMLEnvelope");
        Element header = required(envelope, "edXMLHeader");
        Element message = required(header, "MessageHeader");
        Optional<Element> traceList = child(header, "TraceHeaderList");
        List<TraceHeader> traces = new ArrayList<>();
        Business business = null;
        if (traceList.isPresent()) {
            for (Element trace : children(traceList.get(), "TraceHeader")) {
                traces.add(new TraceHeader(organId(trace, "OrganId"), timestamp(trace, "Timestamp")));
            }
            Optional<Element> b = child(traceList.get(), "Bussiness").or(() -> child(traceList.get(), "Business"));
            if (b.isPresent()) {
                business = business(b.get());
            }
        }
        if (child(message, "StatusCode").isPresent()) {
            return new Headers(PackageKind.STATUS, null, status(message), traces, business, List.of(), header);
        }
        DocumentHeader document = document(message);
        List<ManifestReference> manifest = new ArrayList<>();
        Element body = required(envelope, "edXMLBody");
        Optional<Element> manifestElement = child(body, "edXMLManifest");
        if (manifestElement.isPresent()) {
            for (Element r : children(manifestElement.get(), "Reference")) {
                manifest.add(new ManifestReference(
                        requiredText(r, "ContentId", 200),
                        text(r, "ContentType"),
                        text(r, "Description"),
                        requiredText(r, "AttachmentName", 500)));
            }
        }
        return new Headers(PackageKind.DOCUMENT, document, null, traces, business, manifest, header);
    }

    /**
     * Decodes {@code AttachmentEncoded/Attachment*}: the content id, name and content are
     * required and the content must be strict Base64 (whitespace ignored); a zip must at least
     * start as one. Anything else is {@code ATTACHMENT_INVALID}.
     */
    public static List<PackageAttachment> attachments(Document doc) {
        List<PackageAttachment> attachments = new ArrayList<>();
        Optional<Element> encoded = child(doc.getDocumentElement(), "AttachmentEncoded");
        if (encoded.isEmpty()) {
            return attachments;
        }
        for (Element a : children(encoded.get(), "Attachment")) {
            String contentId = text(a, "ContentId");
            String name = text(a, "AttachmentName");
            String contentType = text(a, "ContentType");
            String base64 = withoutWhitespace(text(a, "ContentTransferEncoded"));
            if (contentId.isEmpty() || name.isEmpty() || base64.isEmpty()) {
                throw new PackageRefusedException(ATTACHMENT_INVALID, "an attachment lacks its id, name or content");
            }
            byte[] content;
            try {
                content = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new PackageRefusedException(ATTACHMENT_INVALID, "attachment " + contentId + " is not Base64");
            }
            PackageAttachment attachment =
                    new PackageAttachment(contentId, name, text(a, "Description"), contentType, content);
            if (contentType.equalsIgnoreCase("application/zip") && !attachment.zipped()) {
                throw new PackageRefusedException(
                        ATTACHMENT_INVALID, "attachment " + contentId + " is declared a zip but is none");
            }
            attachments.add(attachment);
        }
        return attachments;
    }

    private static DocumentHeader document(Element m) {
        Organ from = organ(required(m, "From"));
        List<Organ> to = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element t : children(m, "To")) {
            Organ organ = organ(t);
            if (!seen.add(organ.organId())) {
                throw new PackageRefusedException(SCHEMA_INVALID, "addressee " + organ.organId() + " listed twice");
            }
            to.add(organ);
        }
        if (to.isEmpty()) {
            throw new PackageRefusedException(SCHEMA_INVALID, "no To element");
        }
        String documentId = requiredText(m, "DocumentId", 200);
        if (documentId.split(",", -1).length < 3) {
            throw new PackageRefusedException(
                    SCHEMA_INVALID, "DocumentId is not {OrganId},{yyyy/MM/dd},{number/notation}");
        }
        Element code = required(m, "Code");
        Element promulgation = required(m, "PromulgationInfo");
        Element type = required(m, "DocumentType");
        Optional<Element> signer = child(m, "SignerInfo");
        Optional<Element> other = child(m, "OtherInfo");
        List<String> toPlaces = child(m, "ToPlaces").map(p -> texts(p, "Place")).orElse(List.of());
        List<String> appendixes = other.flatMap(o -> child(o, "Appendixes"))
                .map(a ->
                        texts(a, "Appendix").stream().filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
        List<ResponseFor> responseFor = children(m, "ResponseFor").stream()
                .map(EdxmlParser::responseFor)
                .toList();
        return new DocumentHeader(
                from,
                to,
                documentId,
                requiredText(code, "CodeNumber", MAX_CODE_NUMBER),
                limited(code, "CodeNotation", MAX_CODE_NOTATION),
                text(promulgation, "Place"),
                date(requiredText(promulgation, "PromulgationDate", 10), "PromulgationDate"),
                integer(type, "Type", 0),
                integer(type, "TypeDetail", 0),
                text(type, "TypeName"),
                requiredText(m, "Subject", MAX_SUBJECT),
                limited(m, "Content", MAX_SUBJECT),
                signer.map(s -> text(s, "Competence")).orElse(""),
                signer.map(s -> limited(s, "Position", 100)).orElse(""),
                signer.map(s -> limited(s, "FullName", 50)).orElse(""),
                optionalDate(m, "DueDate"),
                toPlaces,
                other.map(o -> priority(o)).orElse(0),
                other.map(o -> limited(o, "SphereOfPromulgation", 100)).orElse(""),
                other.map(o -> limited(o, "TyperNotation", 10)).orElse(""),
                other.map(o -> optionalInteger(o, "PromulgationAmount")).orElse(null),
                other.map(o -> optionalInteger(o, "PageAmount")).orElse(null),
                other.map(o -> Boolean.parseBoolean(text(o, "Direction"))).orElse(false),
                appendixes,
                responseFor,
                text(m, "SteeringType"));
    }

    private static StatusHeader status(Element m) {
        Organ from = organ(required(m, "From"));
        ResponseFor responseFor = responseFor(required(m, "ResponseFor"));
        if (responseFor.documentId().isEmpty() || responseFor.organId().isEmpty()) {
            throw new PackageRefusedException(SCHEMA_INVALID, "ResponseFor needs OrganId and DocumentId");
        }
        String code = text(m, "StatusCode");
        ExchangeStatus status = ExchangeStatus.ofCode(code)
                .orElseThrow(() -> new PackageRefusedException(SCHEMA_INVALID, "unknown StatusCode " + code));
        String description = limited(m, "Description", 2000);
        if ((status == ExchangeStatus.REFUSED || status == ExchangeStatus.RECALL_REFUSED) && description.isEmpty()) {
            throw new PackageRefusedException(SCHEMA_INVALID, "status " + code + " needs a reason in Description");
        }
        StaffInfo staff = child(m, "StaffInfo").map(EdxmlParser::staff).orElse(null);
        return new StatusHeader(from, responseFor, staff, status, description, timestamp(m, "Timestamp"));
    }

    private static Business business(Element b) {
        String typeText =
                text(b, "BussinessDocType").isEmpty() ? text(b, "BusinessDocType") : text(b, "BussinessDocType");
        BusinessDocType type;
        try {
            type = BusinessDocType.ofCode(Integer.parseInt(typeText)).orElseThrow();
        } catch (RuntimeException e) {
            throw new PackageRefusedException(
                    SCHEMA_INVALID, "BussinessDocType must be 0 to 3, not '" + typeText + "'");
        }
        String reason =
                text(b, "BussinessDocReason").isEmpty() ? text(b, "BusinessDocReason") : text(b, "BussinessDocReason");
        Optional<Element> info = child(b, "BussinessDocumentInfo").or(() -> child(b, "BusinessDocumentInfo"));
        List<Business.Receiver> receivers = new ArrayList<>();
        info.flatMap(i -> child(i, "ReceiverList")).ifPresent(list -> {
            for (Element r : children(list, "Receiver")) {
                receivers.add(new Business.Receiver(organId(r, "OrganId"), "1".equals(text(r, "ReceiverType"))));
            }
        });
        List<Business.Replacement> replacements = new ArrayList<>();
        child(b, "ReplacementInfoList").ifPresent(list -> {
            for (Element r : children(list, "ReplacementInfo")) {
                List<String> organIds =
                        child(r, "OrganIdList").map(l -> texts(l, "OrganId")).orElse(List.of());
                replacements.add(new Business.Replacement(requiredText(r, "DocumentId", 200), organIds));
            }
        });
        if (type != BusinessDocType.NEW && text(b, "DocumentId").isEmpty()) {
            throw new PackageRefusedException(SCHEMA_INVALID, "a " + type + " needs Bussiness/DocumentId");
        }
        if (type == BusinessDocType.REPLACE && replacements.isEmpty()) {
            throw new PackageRefusedException(
                    SCHEMA_INVALID, "a replacement needs ReplacementInfoList/ReplacementInfo");
        }
        return new Business(
                text(b, "DocumentId"),
                type,
                reason,
                text(b, "Paper"),
                info.map(i -> text(i, "DocumentInfo")).orElse(null),
                info.map(i -> text(i, "DocumentReceiver")).orElse(null),
                receivers,
                replacements,
                child(b, "StaffInfo").map(EdxmlParser::staff).orElse(null));
    }

    private static Organ organ(Element e) {
        return new Organ(
                organId(e, "OrganId"),
                text(e, "OrganizationInCharge"),
                text(e, "OrganName"),
                text(e, "OrganAdd"),
                text(e, "Email"),
                text(e, "Telephone"),
                text(e, "Fax"),
                text(e, "Website"));
    }

    private static ResponseFor responseFor(Element e) {
        return new ResponseFor(text(e, "OrganId"), text(e, "Code"), text(e, "PromulgationDate"), text(e, "DocumentId"));
    }

    private static StaffInfo staff(Element e) {
        return new StaffInfo(text(e, "Department"), text(e, "Staff"), text(e, "Email"), text(e, "Mobile"));
    }

    private static String organId(Element parent, String name) {
        String value = requiredText(parent, name, 35);
        if (!OrganId.isWellFormed(value)) {
            throw new PackageRefusedException(SCHEMA_INVALID, name + " '" + value + "' is not an agency identifier");
        }
        return value;
    }

    private static int priority(Element other) {
        int priority = integer(other, "Priority", 0);
        if (priority < 0 || priority > 4) {
            throw new PackageRefusedException(SCHEMA_INVALID, "Priority must be 0 to 4");
        }
        return priority;
    }

    private static LocalDate optionalDate(Element parent, String name) {
        String value = text(parent, name);
        return value.isEmpty() ? null : date(value, name);
    }

    /** {@code yyyy/MM/dd}, or {@code dd/MM/yyyy} as some senders write it. */
    static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value, value.indexOf('/') == 4 ? Edxml.DATE : Edxml.DATE_DAY_FIRST);
        } catch (DateTimeParseException e) {
            throw new PackageRefusedException(SCHEMA_INVALID, name + " '" + value + "' is not a date");
        }
    }

    private static LocalDateTime timestamp(Element parent, String name) {
        String value = requiredText(parent, name, 19);
        try {
            return LocalDateTime.parse(value, Edxml.TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new PackageRefusedException(SCHEMA_INVALID, name + " '" + value + "' is not yyyy/MM/dd HH:mm:ss");
        }
    }

    private static int integer(Element parent, String name, int absent) {
        String value = text(parent, name);
        if (value.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new PackageRefusedException(SCHEMA_INVALID, name + " '" + value + "' is not a number");
        }
    }

    private static Integer optionalInteger(Element parent, String name) {
        return text(parent, name).isEmpty() ? null : integer(parent, name, 0);
    }

    private static String requiredText(Element parent, String name, int max) {
        String value = limited(parent, name, max);
        if (value.isEmpty()) {
            throw new PackageRefusedException(SCHEMA_INVALID, parent.getLocalName() + "/" + name + " is required");
        }
        return value;
    }

    private static String limited(Element parent, String name, int max) {
        String value = text(parent, name);
        if (value.length() > max) {
            throw new PackageRefusedException(SCHEMA_INVALID, name + " is longer than " + max + " characters");
        }
        return value;
    }

    /** The text without its whitespace (line breaks of wrapped Base64): a loop, not a regex over 300 KB. */
    static String withoutWhitespace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                kept.append(c);
            }
        }
        return kept.length() == text.length() ? text : kept.toString();
    }

    private static String text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip()).orElse("");
    }

    private static List<String> texts(Element parent, String name) {
        return children(parent, name).stream()
                .map(e -> e.getTextContent().strip())
                .toList();
    }

    private static Element required(Element parent, String name) {
        return child(parent, name)
                .orElseThrow(() -> new PackageRefusedException(
                        SCHEMA_INVALID, parent.getLocalName() + "/" + name + " is required"));
    }

    /** The single child of that name; two of a kind that must be single is {@code SCHEMA_INVALID}. */
    static Optional<Element> child(Element parent, String name) {
        List<Element> found = children(parent, name);
        if (found.size() > 1) {
            throw new PackageRefusedException(SCHEMA_INVALID, parent.getLocalName() + "/" + name + " appears twice");
        }
        return found.stream().findFirst();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && isEdxml(e) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static boolean isEdxml(Element e) {
        return e.getNamespaceURI() == null || Edxml.NS.equals(e.getNamespaceURI());
    }
}
