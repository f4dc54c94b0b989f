package vn.gov.qlvb.web.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * {@code /qlvb/api/v1/agencies}: the agency directory. Reading is open to every account;
 * creating, changing and deactivating need an administrator of that part of the tree.
 */
@RequestScoped
@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    /** One page of agencies with the size of the whole result. */
    public record AgencyPage(List<AgencyJson> items, long total, int first, int size) {}

    @Inject
    AgencyDirectory directory;

    @GET
    public AgencyPage search(
            @QueryParam("q") String text,
            @QueryParam("level") AgencyLevel level,
            @QueryParam("remote") Boolean remote,
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<Agency> page = directory.search(text, level, remote, includeInactive, first, size);
        return new AgencyPage(
                page.items().stream().map(AgencyJson::of).toList(), page.total(), page.first(), page.size());
    }

    @GET
    @Path("{organId}")
    public AgencyJson get(@PathParam("organId") String organId) {
        return AgencyJson.of(directory.find(organId));
    }

    @GET
    @Path("{organId}/children")
    public List<AgencyJson> children(@PathParam("organId") String organId) {
        return directory.children(organId).stream().map(AgencyJson::of).toList();
    }

    @POST
    public Response create(AgencyJson body, @Context UriInfo uri) {
        Agency created = directory.create(required(body).toForm());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(created.getOrganId().value())
                        .build())
                .entity(AgencyJson.of(created))
                .build();
    }

    @PUT
    @Path("{organId}")
    public AgencyJson update(@PathParam("organId") String organId, AgencyJson body) {
        return AgencyJson.of(directory.update(organId, required(body).toForm()));
    }

    /** Deactivates (never deletes): the agency stays in the history of its documents. */
    @DELETE
    @Path("{organId}")
    public AgencyJson deactivate(@PathParam("organId") String organId) {
        return AgencyJson.of(directory.deactivate(organId));
    }

    @POST
    @Path("{organId}/reactivate")
    public AgencyJson reactivate(@PathParam("organId") String organId) {
        return AgencyJson.of(directory.reactivate(organId));
    }

    private static AgencyJson required(AgencyJson body) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        return body;
    }
}
