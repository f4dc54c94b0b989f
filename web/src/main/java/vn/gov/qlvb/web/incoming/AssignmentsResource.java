package vn.gov.qlvb.web.incoming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.qlvb.files.boundary.FileContent;
import vn.gov.qlvb.incoming.boundary.IncomingHandling;
import vn.gov.qlvb.incoming.boundary.IncomingReminders;
import vn.gov.qlvb.incoming.entity.Reminder;
import vn.gov.qlvb.incoming.entity.ReminderGrade;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/incoming/assignments/{id}/…}: the steps on one part of a document's
 * handling — redistribute to staff, progress, result files ({@code POST …/results} multipart
 * with a part {@code file}, {@code GET …/results/{fileId}}), extension request and answer, give
 * back, complete, remind.
 */
@RequestScoped
@Path("incoming/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    /** A unit head gives the unit's part to a member of the unit. */
    public record AssignBody(Long personId, LocalDate deadline, String note) {}

    /** A note: progress text, a reason, a completion note or an answer's comment. */
    public record TextBody(String text) {}

    /** An extension request. */
    public record ExtensionBody(LocalDate wantedDeadline, String reason) {}

    /** The assigner's answer to an extension request. */
    public record AnswerBody(boolean granted, String comment) {}

    /** A reminder to send. */
    public record RemindBody(ReminderGrade grade, String comment) {}

    /** A reminder as sent. */
    public record ReminderJson(
            Long id, Long assignmentId, ReminderGrade grade, String kind, String comment, Instant sentAt) {

        static ReminderJson of(Reminder r) {
            return new ReminderJson(
                    r.getId(),
                    r.getAssignment().getId(),
                    r.getGrade(),
                    r.getKind().name(),
                    r.getComment(),
                    r.getSentAt());
        }
    }

    @Inject
    IncomingHandling handling;

    @Inject
    IncomingReminders reminders;

    @POST
    @Path("{id}/assign")
    public Response assign(@PathParam("id") long id, AssignBody body) {
        AssignBody b = required(body);
        return Response.status(Response.Status.CREATED)
                .entity(AssignmentJson.of(handling.assign(id, b.personId(), b.deadline(), b.note())))
                .build();
    }

    /** The assignee attaches a file of the part's result: {@code multipart/form-data}, part {@code file}. */
    @POST
    @Path("{id}/results")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public AssignmentJson attachResult(@PathParam("id") long id, @FormParam("file") EntityPart file)
            throws IOException {
        if (file == null) {
            throw RuleViolation.invalid("field.required", "file");
        }
        try (InputStream content = file.getContent()) {
            return AssignmentJson.of(
                    handling.attachResult(id, file.getFileName().orElse(null), content));
        }
    }

    /** A result file's bytes, shown in the browser; the opening is recorded. */
    @GET
    @Path("{id}/results/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response openResult(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        FileContent content = handling.openResult(id, fileId);
        return vn.gov.qlvb.web.platform.FileResponses.inline(content);
    }

    @POST
    @Path("{id}/progress")
    public AssignmentJson progress(@PathParam("id") long id, TextBody body) {
        return AssignmentJson.of(handling.progress(id, required(body).text()));
    }

    @POST
    @Path("{id}/extension")
    public AssignmentJson requestExtension(@PathParam("id") long id, ExtensionBody body) {
        ExtensionBody b = required(body);
        return AssignmentJson.of(handling.requestExtension(id, b.wantedDeadline(), b.reason()));
    }

    @POST
    @Path("{id}/extension/answer")
    public AssignmentJson answerExtension(@PathParam("id") long id, AnswerBody body) {
        AnswerBody b = required(body);
        return AssignmentJson.of(handling.answerExtension(id, b.granted(), b.comment()));
    }

    @POST
    @Path("{id}/return")
    public AssignmentJson giveBack(@PathParam("id") long id, TextBody body) {
        return AssignmentJson.of(handling.giveBack(id, required(body).text()));
    }

    @POST
    @Path("{id}/complete")
    public AssignmentJson complete(@PathParam("id") long id, TextBody body) {
        return AssignmentJson.of(handling.complete(id, body == null ? null : body.text()));
    }

    @POST
    @Path("{id}/reminders")
    public Response remind(@PathParam("id") long id, RemindBody body) {
        RemindBody b = required(body);
        return Response.status(Response.Status.CREATED)
                .entity(ReminderJson.of(reminders.remind(id, b.grade(), b.comment())))
                .build();
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return body;
    }
}
