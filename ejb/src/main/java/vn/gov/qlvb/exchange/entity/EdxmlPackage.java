package vn.gov.qlvb.exchange.entity;

import java.util.List;
import java.util.Optional;

/**
 * The content of an edXML package (QCVN 102:2016), document or status: what the builder emits
 * and the parser reads. The bytes that travelled are kept beside it, never re-serialised from it.
 */
public record EdxmlPackage(
        PackageKind kind,
        DocumentHeader document,
        StatusHeader status,
        List<TraceHeader> traces,
        Business business,
        List<ManifestReference> manifest,
        List<PackageAttachment> attachments) {

    public EdxmlPackage {
        traces = List.copyOf(traces);
        manifest = List.copyOf(manifest);
        attachments = List.copyOf(attachments);
        if ((kind == PackageKind.DOCUMENT) != (document != null) || (kind == PackageKind.STATUS) != (status != null)) {
            throw new IllegalArgumentException("a " + kind + " package needs exactly its own header");
        }
    }

    public static EdxmlPackage document(
            DocumentHeader header, List<TraceHeader> traces, Business business, List<PackageAttachment> attachments) {
        List<ManifestReference> manifest = attachments.stream()
                .map(a -> new ManifestReference(a.contentId(), a.contentType(), a.description(), a.name()))
                .toList();
        return new EdxmlPackage(PackageKind.DOCUMENT, header, null, traces, business, manifest, attachments);
    }

    public static EdxmlPackage status(StatusHeader header, List<TraceHeader> traces) {
        return new EdxmlPackage(PackageKind.STATUS, null, header, traces, null, List.of(), List.of());
    }

    /** The sending agency ({@code From/OrganId}). */
    public String senderOrganId() {
        return kind == PackageKind.DOCUMENT
                ? document.from().organId()
                : status.from().organId();
    }

    /**
     * The document this package is about: its own id for a document package, the
     * {@code ResponseFor} document for a status.
     */
    public String documentId() {
        return kind == PackageKind.DOCUMENT
                ? document.documentId()
                : status.responseFor().documentId();
    }

    /** What the package does to the document (new when it says nothing). */
    public BusinessDocType businessType() {
        return Optional.ofNullable(business).map(Business::type).orElse(BusinessDocType.NEW);
    }
}
