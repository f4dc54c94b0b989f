package vn.gov.qlvb.web.incoming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.incoming.boundary.DirectionForm;
import vn.gov.qlvb.incoming.boundary.IncomingHandling;
import vn.gov.qlvb.incoming.boundary.IncomingQueries;
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

    @Inject
    IncomingRegistration registration;

    @Inject
    IncomingHandling handling;

    @Inject
    IncomingQueries queries;

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

    @GET
    @Path("{id}")
    public IncomingJson get(@PathParam("id") long id) {
        return IncomingJson.of(queries.open(id));
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

    @GET
    @Path("{id}/history")
    public List<EventJson> history(@PathParam("id") long id) {
        return queries.timeline(id).stream().map(EventJson::of).toList();
    }
}
