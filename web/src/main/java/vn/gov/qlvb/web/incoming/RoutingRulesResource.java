package vn.gov.qlvb.web.incoming;

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
import vn.gov.qlvb.incoming.boundary.IncomingRouting;
import vn.gov.qlvb.incoming.entity.RoutingRule;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/incoming/routing-rules/{documentType}}: the leaders' rules sending a
 * document type straight to a unit as lead.
 */
@RequestScoped
@Path("incoming/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingRulesResource {

    /** A rule as the API shows and takes it. */
    public record RuleJson(
            DocumentType documentType, Long unitId, String unitName, Integer deadlineDays, String setBy) {

        static RuleJson of(RoutingRule r) {
            return new RuleJson(
                    r.getDocumentType(),
                    r.getLeadUnit().getId(),
                    r.getLeadUnit().getName(),
                    r.getDeadlineDays(),
                    r.getSetBy().getFullName());
        }
    }

    @Inject
    IncomingRouting routing;

    @GET
    public List<RuleJson> list() {
        return routing.rules().stream().map(RuleJson::of).toList();
    }

    @PUT
    @Path("{type}")
    public RuleJson set(@PathParam("type") DocumentType type, RuleJson body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return RuleJson.of(routing.set(type, body.unitId(), body.deadlineDays()));
    }

    @DELETE
    @Path("{type}")
    public Response remove(@PathParam("type") DocumentType type) {
        routing.remove(type);
        return Response.noContent().build();
    }
}
