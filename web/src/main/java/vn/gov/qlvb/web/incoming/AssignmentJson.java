package vn.gov.qlvb.web.incoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.AssignmentRole;
import vn.gov.qlvb.incoming.entity.AssignmentStatus;

/** One part of an incoming document's handling as the REST API shows it, with its document. */
public record AssignmentJson(
        Long id,
        Long documentId,
        Long arrivalNumber,
        Integer arrivalYear,
        String subject,
        Urgency urgency,
        Long parentId,
        AssignmentRole role,
        Long unitId,
        String unitName,
        Long personId,
        String personName,
        LocalDate deadline,
        AssignmentStatus status,
        boolean overdue,
        String assignedBy,
        Instant assignedAt,
        String progress,
        LocalDate wantedDeadline,
        String extensionReason,
        String returnReason,
        String completionNote,
        Instant completedAt,
        List<IncomingJson.FileJson> results) {

    public static AssignmentJson of(Assignment a) {
        var d = a.getDocument();
        return new AssignmentJson(
                a.getId(),
                d.getId(),
                d.getArrivalNumber(),
                d.getArrivalYear(),
                d.getSubject(),
                d.getUrgency(),
                a.getParent() == null ? null : a.getParent().getId(),
                a.getRole(),
                a.getUnit() == null ? null : a.getUnit().getId(),
                a.getUnit() == null ? null : a.getUnit().getName(),
                a.getPerson() == null ? null : a.getPerson().getId(),
                a.getPerson() == null ? null : a.getPerson().getFullName(),
                a.getDeadline(),
                a.getStatus(),
                a.isOverdue(LocalDate.now(vn.gov.qlvb.incoming.entity.IncomingDocument.VIETNAM)),
                a.getAssignedBy().getFullName(),
                a.getAssignedAt(),
                a.getProgress(),
                a.getWantedDeadline(),
                a.getExtensionReason(),
                a.getReturnReason(),
                a.getCompletionNote(),
                a.getCompletedAt(),
                a.getResults().stream().map(IncomingJson.FileJson::of).toList());
    }
}
