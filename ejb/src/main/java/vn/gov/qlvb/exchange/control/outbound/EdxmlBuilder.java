package vn.gov.qlvb.exchange.control.outbound;

import static vn.gov.qlvb.exchange.control.Edxml.DATE;
import static vn.gov.qlvb.exchange.control.Edxml.NS;
import static vn.gov.qlvb.exchange.control.Edxml.PREFIX;
import static vn.gov.qlvb.exchange.control.Edxml.TIMESTAMP;

import java.time.LocalDate;
import java.util.Base64;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.gov.qlvb.exchange.control.SafeXml;
import vn.gov.qlvb.exchange.entity.Business;
import vn.gov.qlvb.exchange.entity.DocumentHeader;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;
import vn.gov.qlvb.exchange.entity.ManifestReference;
import vn.gov.qlvb.exchange.entity.Organ;
import vn.gov.qlvb.exchange.entity.PackageAttachment;
import vn.gov.qlvb.exchange.entity.PackageKind;
import vn.gov.qlvb.exchange.entity.ResponseFor;
import vn.gov.qlvb.exchange.entity.StaffInfo;
import vn.gov.qlvb.exchange.entity.StatusHeader;
import vn.gov.qlvb.exchange.entity.TraceHeader;

/**
 * Writes an {@link EdxmlPackage} as the DOM of an unsigned edXML package, in the element order
 * of the real packages: the root in the default edXML namespace, the envelope's elements with
 * the {@code edXML} prefix, {@code Bussiness} spelled with "ss", {@code AttachmentEncoded}
 * outside the envelope with each file in Base64. {@link XmlDsigPackageSigner} signs the result.
 */
public final class EdxmlBuilder {

    private final Document doc;

    private EdxmlBuilder() {
        this.doc = SafeXml.newDocument();
    }

    /** The unsigned package's DOM. */
    public static Document build(EdxmlPackage content) {
        return new EdxmlBuilder().write(content);
    }

    private Document write(EdxmlPackage content) {
        Element root = doc.createElementNS(NS, "edXML");
        root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
        doc.appendChild(root);
        Element envelope = child(root, "edXMLEnvelope");
        envelope.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + PREFIX, NS);
        Element header = child(envelope, "edXMLHeader");
        if (content.kind() == PackageKind.DOCUMENT) {
            documentHeader(child(header, "MessageHeader"), content.document());
        } else {
            statusHeader(child(header, "MessageHeader"), content.status());
        }
        if (!content.traces().isEmpty() || content.business() != null) {
            Element traces = child(header, "TraceHeaderList");
            for (TraceHeader trace : content.traces()) {
                Element t = child(traces, "TraceHeader");
                text(t, "OrganId", trace.organId());
                text(t, "Timestamp", TIMESTAMP.format(trace.timestamp()));
            }
            if (content.business() != null) {
                business(child(traces, "Bussiness"), content.business());
            }
        }
        if (content.kind() == PackageKind.DOCUMENT) {
            Element manifest = child(child(envelope, "edXMLBody"), "edXMLManifest");
            manifest.setAttribute("version", "1.0");
            for (ManifestReference reference : content.manifest()) {
                Element r = child(manifest, "Reference");
                text(r, "ContentId", reference.contentId());
                text(r, "ContentType", reference.contentType());
                text(r, "Description", reference.description());
                text(r, "AttachmentName", reference.attachmentName());
            }
            Element encoded = plain(root, "AttachmentEncoded");
            for (PackageAttachment attachment : content.attachments()) {
                Element a = plain(encoded, "Attachment");
                plainText(a, "ContentId", attachment.contentId());
                plainText(a, "AttachmentName", attachment.name());
                plainText(a, "Description", attachment.description());
                plainText(a, "ContentType", attachment.contentType());
                plainText(a, "ContentTransferEncoded", Base64.getEncoder().encodeToString(attachment.content()));
            }
        }
        return doc;
    }

    private void documentHeader(Element header, DocumentHeader d) {
        organ(child(header, "From"), d.from());
        for (Organ to : d.to()) {
            organ(child(header, "To"), to);
        }
        text(header, "DocumentId", d.documentId());
        Element code = child(header, "Code");
        text(code, "CodeNumber", d.codeNumber());
        text(code, "CodeNotation", d.codeNotation());
        Element promulgation = child(header, "PromulgationInfo");
        text(promulgation, "Place", d.place());
        text(promulgation, "PromulgationDate", date(d.promulgationDate()));
        Element type = child(header, "DocumentType");
        text(type, "Type", String.valueOf(d.type()));
        text(type, "TypeDetail", String.valueOf(d.typeDetail()));
        text(type, "TypeName", d.typeName());
        text(header, "Subject", d.subject());
        text(header, "Content", d.content());
        Element signer = child(header, "SignerInfo");
        text(signer, "Competence", d.signerCompetence());
        text(signer, "Position", d.signerPosition());
        text(signer, "FullName", d.signerFullName());
        text(header, "DueDate", date(d.dueDate()));
        Element other = child(header, "OtherInfo");
        text(other, "Priority", String.valueOf(d.priority()));
        text(other, "SphereOfPromulgation", d.sphereOfPromulgation());
        text(other, "TyperNotation", d.typerNotation());
        text(
                other,
                "PromulgationAmount",
                d.promulgationAmount() == null ? "" : d.promulgationAmount().toString());
        text(other, "PageAmount", d.pageAmount() == null ? "" : d.pageAmount().toString());
        text(other, "Direction", String.valueOf(d.direction()));
        Element appendixes = child(other, "Appendixes");
        for (String appendix : d.appendixes()) {
            text(appendixes, "Appendix", appendix);
        }
        for (ResponseFor responseFor : d.responseFor()) {
            responseFor(child(header, "ResponseFor"), responseFor);
        }
        text(header, "SteeringType", d.steeringType());
        Element places = child(header, "ToPlaces");
        for (String place : d.toPlaces()) {
            text(places, "Place", place);
        }
    }

    private void statusHeader(Element header, StatusHeader s) {
        organ(child(header, "From"), s.from());
        responseFor(child(header, "ResponseFor"), s.responseFor());
        staff(child(header, "StaffInfo"), s.staff());
        text(header, "StatusCode", s.status().code());
        text(header, "Description", s.description());
        text(header, "Timestamp", TIMESTAMP.format(s.timestamp()));
    }

    private void business(Element b, Business business) {
        text(b, "DocumentId", business.documentId());
        text(b, "BussinessDocType", String.valueOf(business.type().code()));
        text(b, "BussinessDocReason", business.reason());
        text(b, "Paper", business.paper());
        if (business.documentInfo() != null || !business.receivers().isEmpty()) {
            Element info = child(b, "BussinessDocumentInfo");
            text(info, "DocumentInfo", business.documentInfo());
            text(info, "DocumentReceiver", business.documentReceiver());
            Element list = child(info, "ReceiverList");
            for (Business.Receiver receiver : business.receivers()) {
                Element r = child(list, "Receiver");
                text(r, "OrganId", receiver.organId());
                text(r, "ReceiverType", receiver.added() ? "1" : "0");
            }
        }
        if (!business.replacements().isEmpty()) {
            Element list = child(b, "ReplacementInfoList");
            for (Business.Replacement replacement : business.replacements()) {
                Element r = child(list, "ReplacementInfo");
                text(r, "DocumentId", replacement.documentId());
                Element ids = child(r, "OrganIdList");
                for (String organId : replacement.organIds()) {
                    text(ids, "OrganId", organId);
                }
            }
        }
        if (business.staff() != null) {
            staff(child(b, "StaffInfo"), business.staff());
        }
    }

    private void organ(Element e, Organ organ) {
        text(e, "OrganId", organ.organId());
        text(e, "OrganizationInCharge", organ.organizationInCharge());
        text(e, "OrganName", organ.organName());
        text(e, "OrganAdd", organ.organAdd());
        text(e, "Email", organ.email());
        text(e, "Telephone", organ.telephone());
        text(e, "Fax", organ.fax());
        text(e, "Website", organ.website());
    }

    private void responseFor(Element e, ResponseFor r) {
        text(e, "OrganId", r.organId());
        text(e, "Code", r.code());
        text(e, "PromulgationDate", r.promulgationDate());
        text(e, "DocumentId", r.documentId());
    }

    private void staff(Element e, StaffInfo staff) {
        text(e, "Department", staff.department());
        text(e, "Staff", staff.staff());
        text(e, "Email", staff.email());
        text(e, "Mobile", staff.mobile());
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private Element child(Element parent, String localName) {
        Element e = doc.createElementNS(NS, PREFIX + ":" + localName);
        parent.appendChild(e);
        return e;
    }

    private void text(Element parent, String localName, String value) {
        child(parent, localName).setTextContent(value == null ? "" : value);
    }

    private Element plain(Element parent, String localName) {
        Element e = doc.createElementNS(NS, localName);
        parent.appendChild(e);
        return e;
    }

    private void plainText(Element parent, String localName, String value) {
        plain(parent, localName).setTextContent(value == null ? "" : value);
    }
}
