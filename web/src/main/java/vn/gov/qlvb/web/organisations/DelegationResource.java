package vn.gov.qlvb.web.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.gov.qlvb.organisations.boundary.Delegations;

/** {@code /qlvb/api/v1/delegations/{id}}: one delegation; revoking it ends it early. */
@RequestScoped
@Path("delegations")
@Produces(MediaType.APPLICATION_JSON)
public class DelegationResource {

    @Inject
    Delegations delegations;

    @GET
    @Path("{id}")
    public DelegationJson get(@PathParam("id") long id) {
        return DelegationJson.of(delegations.find(id));
    }

    /** Revokes (never deletes): the delegation stays in the history of what the deputy did. */
    @DELETE
    @Path("{id}")
    public DelegationJson revoke(@PathParam("id") long id) {
        return DelegationJson.of(delegations.revoke(id));
    }
}
