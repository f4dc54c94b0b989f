package vn.gov.qlvb.web.incoming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.files.boundary.FileContent;
import vn.gov.qlvb.files.entity.Attachment;
import vn.gov.qlvb.incoming.boundary.DirectionForm;
import vn.gov.qlvb.incoming.boundary.IncomingArrivals;
import vn.gov.qlvb.incoming.boundary.IncomingFiles;
import vn.gov.qlvb.incoming.boundary.IncomingHandling;
import vn.gov.qlvb.incoming.boundary.IncomingQueries;
import vn.gov.qlvb.incoming.boundary.IncomingRegisterPrinting;
import vn.gov.qlvb.incoming.boundary.IncomingRegistration;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingEvent;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/incoming}: incoming documents of the caller's agency — the register search,
 * registration by the clerk, one document (the view is recorded) and its timeline, presenting,
 * the leader's direction, the document's parts and its completion.
 */
@RequestScoped
@Path("incoming")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncomingResource {

    /** One page of documents with the size of the whole result. */
    public record IncomingPage(List<IncomingJson> items, long total, int first, int size) {}

    /** One entry of a document's timeline. */
    public record EventJson(
            Long id, Instant at, String action, String actor, String onBehalfOf, String detail, String hash) {

        static EventJson of(IncomingEvent e) {
            return new EventJson(
                    e.getId(),
                    e.getAt(),
                    e.getAction().name(),
                    e.getActorName(),
                    e.getOnBehalfOfName(),
                    e.getDetail(),
                    e.getHash());
        }
    }

    /** The clerk presents to a leader (or to the leaders as a whole without {@code leaderId}). */
    public record PresentBody(Long leaderId) {}

    /** The lead's completion note. */
    public record CompleteBody(String note) {}

    /** Why an electronic arrival is refused. */
    public record RefuseBody(String reason) {}

    @Inject
    IncomingRegistration registration;

    @Inject
    IncomingHandling handling;

    @Inject
    IncomingQueries queries;

    @Inject
    IncomingFiles files;

    @Inject
    IncomingRegisterPrinting printing;

    @Inject
    IncomingArrivals arrivals;

    @GET
    public IncomingPage search(
            @QueryParam("q") String text,
            @QueryParam("status") IncomingStatus status,
            @QueryParam("year") Integer year,
            @QueryParam("registerId") Long registerId,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<IncomingDocument> page =
                queries.search(new IncomingQueries.Filter(text, status, year, registerId), first, size);
        return new IncomingPage(
                page.items().stream().map(IncomingJson::of).toList(), page.total(), page.first(), page.size());
    }

    /** Registers a document received on paper, by e-mail or as a scan (the clerk). */
    @POST
    public Response register(IncomingJson body, @Context UriInfo uri) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        IncomingDocument created = registration.register(body.form());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(IncomingJson.of(created))
                .build();
    }

    /**
     * Sổ đăng ký văn bản đến of a register for a period, as {@code pdf} or {@code xlsx}
     * ({@code GET incoming/register.pdf?registerId=…&from=2026-01-01&to=2026-12-31}).
     */
    @GET
    @Path("register.{format:pdf|xlsx}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response printRegister(
            @PathParam("format") String format,
            @QueryParam("registerId") Long registerId,
            @QueryParam("from") LocalDate from,
            @QueryParam("to") LocalDate to) {
        if (registerId == null) {
            throw RuleViolation.invalid("field.required", "registerId");
        }
        return printed(
                format, "so-van-ban-den-" + from + "-" + to, (f, out) -> printing.print(registerId, from, to, f, out));
    }

    /**
     * Báo cáo tình hình giải quyết văn bản đến for the documents that arrived in a period, as
     * {@code pdf} or {@code xlsx} ({@code GET incoming/handling-report.pdf?from=…&to=…}).
     */
    @GET
    @Path("handling-report.{format:pdf|xlsx}")
    @Produces({"application/pdf", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response printHandlingReport(
            @PathParam("format") String format, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        return printed(
                format,
                "bao-cao-giai-quyet-van-ban-den-" + from + "-" + to,
                (f, out) -> printing.printHandlingReport(from, to, f, out));
    }

    /** Renders a register or report into the response, shown in the browser (PDF) or saved (Excel). */
    private static Response printed(
            String extension,
            String fileName,
            java.util.function.BiConsumer<IncomingRegisterPrinting.Format, java.io.OutputStream> render) {
        IncomingRegisterPrinting.Format format = IncomingRegisterPrinting.Format.ofExtension(extension);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        render.accept(format, buffer);
        return Response.ok(buffer.toByteArray(), format.mediaType())
                .header("Content-Disposition", "inline; filename=\"" + fileName + "." + extension + "\"")
                .build();
    }

    @GET
    @Path("{id: \\d+}")
    public IncomingJson get(@PathParam("id") long id) {
        return IncomingJson.of(queries.open(id));
    }

    /** Attaches an original file: {@code multipart/form-data} with a part {@code file}. */
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long id, @FormParam("file") EntityPart file, @Context UriInfo uri)
            throws IOException {
        if (file == null) {
            throw RuleViolation.invalid("field.required", "file");
        }
        try (InputStream content = file.getContent()) {
            Attachment attached = files.attach(id, file.getFileName().orElse(null), content);
            return Response.created(uri.getAbsolutePathBuilder()
                            .path(String.valueOf(attached.getId()))
                            .build())
                    .entity(IncomingJson.FileJson.of(attached))
                    .build();
        }
    }

    /** The file's bytes, shown in the browser (PDF inline); the opening is recorded. */
    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response open(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        FileContent content = files.open(id, fileId);
        return vn.gov.qlvb.web.platform.FileResponses.inline(content);
    }

    /** Presents a registered document (the clerk). */
    @POST
    @Path("{id}/present")
    public IncomingJson present(@PathParam("id") long id, PresentBody body) {
        return IncomingJson.of(handling.present(id, body == null ? null : body.leaderId()));
    }

    /** The leader's direction (or a secretary's or deputy's on the leader's behalf): its parts. */
    @POST
    @Path("{id}/direction")
    public List<AssignmentJson> direct(@PathParam("id") long id, DirectionForm body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return handling.direct(id, body).stream().map(AssignmentJson::of).toList();
    }

    /** Every part of the document's handling, in the order given. */
    @GET
    @Path("{id}/assignments")
    public List<AssignmentJson> assignments(@PathParam("id") long id) {
        return handling.assignments(id).stream().map(AssignmentJson::of).toList();
    }

    /** The lead (or a leader) marks the whole document done. */
    @POST
    @Path("{id}/complete")
    public IncomingJson complete(@PathParam("id") long id, CompleteBody body) {
        return IncomingJson.of(handling.completeDocument(id, body == null ? null : body.note()));
    }

    /**
     * The clerk refuses a document that arrived electronically and returns it to its sender with
     * a reason ({@code incoming.refuse.notArrived} once registered).
     */
    @POST
    @Path("{id}/refuse")
    public IncomingJson refuse(@PathParam("id") long id, RefuseBody body) {
        return IncomingJson.of(arrivals.refuse(id, body == null ? null : body.reason()));
    }

    /**
     * Registers a document that arrived electronically, with the next arrival number of
     * {@code registerId}.
     */
    @POST
    @Path("{id}/register")
    public IncomingJson registerArrived(@PathParam("id") long id, RegisterBody body) {
        if (body == null || body.registerId() == null) {
            throw RuleViolation.invalid("field.required", "registerId");
        }
        return IncomingJson.of(registration.registerArrived(id, body.registerId()));
    }

    /** The register an arrived document goes into. */
    public record RegisterBody(Long registerId) {}

    @GET
    @Path("{id}/history")
    public List<EventJson> history(@PathParam("id") long id) {
        return queries.timeline(id).stream().map(EventJson::of).toList();
    }

    /** The check of the document's hash-chained timeline: entries read, the first changed one. */
    @GET
    @Path("{id}/history/verification")
    public vn.gov.qlvb.platform.entity.ChainCheck historyCheck(@PathParam("id") long id) {
        return queries.historyCheck(id);
    }
}
