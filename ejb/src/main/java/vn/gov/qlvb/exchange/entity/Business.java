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

    /** A new document's business part. */
    public static Business newDocument(String documentId, StaffInfo staff) {
        return new Business(
                documentId, BusinessDocType.NEW, "Văn bản điện tử mới", "0", null, null, List.of(), List.of(), staff);
    }
}
