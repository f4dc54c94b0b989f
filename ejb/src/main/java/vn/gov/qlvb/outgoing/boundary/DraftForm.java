package vn.gov.qlvb.outgoing.boundary;

import java.util.List;
import vn.gov.qlvb.outgoing.entity.DraftDetails;

/**
 * A draft as its author fills it in.
 *
 * @param details the description (type, subject, urgency, confidentiality, "Nơi nhận" text)
 * @param signerId the person who will sign
 * @param recipientOrganIds the recipient agencies' identifiers (internal and external)
 * @param answersIncomingIds the incoming documents it answers
 */
public record DraftForm(
        DraftDetails details, Long signerId, List<String> recipientOrganIds, List<Long> answersIncomingIds) {

    public DraftForm {
        recipientOrganIds = recipientOrganIds == null ? List.of() : List.copyOf(recipientOrganIds);
        answersIncomingIds = answersIncomingIds == null ? List.of() : List.copyOf(answersIncomingIds);
    }
}
