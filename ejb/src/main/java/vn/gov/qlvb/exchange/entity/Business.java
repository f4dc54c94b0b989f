package vn.gov.qlvb.exchange.entity;

import java.util.List;

/**
 * {@code Bussiness} (spelled with "ss" on the wire): what the package does to the document
 * {@link #documentId}. {@code documentInfo} and {@code documentReceiver} say whether the
 * document's data and its receiver list changed (update); {@link #receivers} lists receivers
 * removed or added; {@link #replacements} the documents replaced.
 */
public record Business(
        String documentId,
        BusinessDocType type,
        String reason,
        String paper,
        String documentInfo,
        String documentReceiver,
        List<Receiver> receivers,
        List<Replacement> replacements,
        StaffInfo staff) {

    public Business {
        receivers = List.copyOf(receivers);
        replacements = List.copyOf(replacements);
    }

    /** A receiver added ({@code ReceiverType} 1) or removed (0) by an update. */
    public record Receiver(String organId, boolean added) {}

    /** A document replaced, and the agencies it was sent to. */
    public record Replacement(String documentId, List<String> organIds) {
        public Replacement {
            organIds = List.copyOf(organIds);
        }
    }

    /** The marker of an update package's own DocumentId: {@code {DocumentId}#cap-nhat-{n}}. */
    static final String UPDATE_MARK = "#cap-nhat-";

    /**
     * The DocumentId of an update package of {@code documentId}, unique per update ({@code
     * serial}: e.g. the time in milliseconds): the recipient's answer (15 or 16) names it, so
     * that each update is answered on its own.
     */
    public static String updateIdOf(String documentId, long serial) {
        return documentId + UPDATE_MARK + serial;
    }

    /** Whether a DocumentId is an update package's (made by {@link #updateIdOf}). */
    public static boolean isUpdateId(String id) {
        return id != null && id.contains(UPDATE_MARK);
    }

    /**
     * An update of {@code documentId}: its data ({@code infoChanged}) and/or its receivers
     * ({@code receivers}: added and removed) changed.
     */
    public static Business update(
            String documentId, String reason, boolean infoChanged, List<Receiver> receivers, StaffInfo staff) {
        return new Business(
                documentId,
                BusinessDocType.UPDATE,
                reason,
                "0",
                infoChanged ? "1" : "0",
                receivers.isEmpty() ? "0" : "1",
                receivers,
                List.of(),
                staff);
    }

    /** A new document {@code documentId} that replaces {@code replaced}. */
    public static Business replacement(String documentId, String reason, List<Replacement> replaced, StaffInfo staff) {
        if (replaced.isEmpty()) {
            throw new IllegalArgumentException("a replacement names the documents it replaces");
        }
        return new Business(documentId, BusinessDocType.REPLACE, reason, "0", null, null, List.of(), replaced, staff);
    }

    /** Whether the update changes the document's data (DocumentInfo 1). */
    public boolean infoChanged() {
        return "1".equals(documentInfo == null ? null : documentInfo.strip());
    }

    /** Whether the update changes the receivers (DocumentReceiver 1, or receivers listed). */
    public boolean receiversChanged() {
        return "1".equals(documentReceiver == null ? null : documentReceiver.strip()) || !receivers.isEmpty();
    }

    /**
     * The key a package is delivered in order under, with the recipient: a recall or an update
     * waits behind the document it names, a replacement behind the document it replaces.
     */
    public String concernedDocumentId() {
        if (type == BusinessDocType.REPLACE && !replacements.isEmpty()) {
            return replacements.get(0).documentId();
        }
        return documentId;
    }

    /** A new document's business part. */
    public static Business newDocument(String documentId, StaffInfo staff) {
        return new Business(
                documentId, BusinessDocType.NEW, "Văn bản điện tử mới", "0", null, null, List.of(), List.of(), staff);
    }
}
