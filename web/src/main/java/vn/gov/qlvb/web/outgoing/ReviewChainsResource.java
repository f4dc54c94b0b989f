package vn.gov.qlvb.web.outgoing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.outgoing.boundary.ReviewChains;
import vn.gov.qlvb.outgoing.entity.ReviewStepKind;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/outgoing/review-chains/{documentType|DEFAULT}}: the review chain of drafts
 * of a type in the caller's agency ({@code DEFAULT}: every type without its own), set by
 * administrators and leaders; e.g. {@code {"steps":["UNIT_HEAD","LEADER"]}}.
 */
@RequestScoped
@Path("outgoing/review-chains")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewChainsResource {

    /** A chain's steps in order. */
    public record ChainJson(String documentType, List<ReviewStepKind> steps) {}

    @Inject
    ReviewChains chains;

    @GET
    @Path("{type}")
    public ChainJson get(@PathParam("type") String type) {
        return new ChainJson(type, chains.of(typeOf(type)));
    }

    @PUT
    @Path("{type}")
    public ChainJson set(@PathParam("type") String type, ChainJson body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return new ChainJson(type, chains.set(typeOf(type), body.steps()).steps());
    }

    @DELETE
    @Path("{type}")
    public Response reset(@PathParam("type") String type) {
        chains.reset(typeOf(type));
        return Response.noContent().build();
    }

    private static DocumentType typeOf(String type) {
        if ("DEFAULT".equals(type)) {
            return null;
        }
        try {
            return DocumentType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw RuleViolation.invalid("outgoing.chain.type", "documentType");
        }
    }
}
