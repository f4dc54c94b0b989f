package vn.gov.qlvb.web.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.gov.qlvb.organisations.boundary.Delegations;
import vn.gov.qlvb.organisations.entity.Delegation;
import vn.gov.qlvb.web.platform.RequestBodies;

/**
 * {@code /qlvb/api/v1/agencies/{organId}/delegations}: the delegations of the agency's leaders.
 * A leader records their own; an administrator of the agency records one for any leader. One
 * delegation lives at {@link DelegationResource}.
 */
@RequestScoped
@Path("agencies/{organId}/delegations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DelegationsResource {

    @Inject
    Delegations delegations;

    @GET
    public List<DelegationJson> list(@PathParam("organId") String organId) {
        return delegations.ofAgency(organId).stream().map(DelegationJson::of).toList();
    }

    /**
     * Records a delegation from {@code delegatorId}, {@code delegateId}, {@code validFrom},
     * {@code validTo} and {@code reason}; the delegator must be a leader of this agency.
     */
    @POST
    public Response create(@PathParam("organId") String organId, DelegationJson body, @Context UriInfo uri) {
        DelegationJson input = RequestBodies.required(body);
        Delegation created = delegations.grant(
                organId, input.delegatorId(), input.delegateId(), input.validFrom(), input.validTo(), input.reason());
        return Response.created(uri.getBaseUriBuilder()
                        .path(DelegationResource.class)
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(DelegationJson.of(created))
                .build();
    }
}
