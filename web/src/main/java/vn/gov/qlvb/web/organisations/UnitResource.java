package vn.gov.qlvb.web.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.gov.qlvb.organisations.boundary.UnitDirectory;
import vn.gov.qlvb.web.platform.RequestBodies;

/** {@code /qlvb/api/v1/units/{id}}: one unit; changes need an administrator of its agency. */
@RequestScoped
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitDirectory directory;

    @GET
    @Path("{id}")
    public UnitJson get(@PathParam("id") long id) {
        return UnitJson.of(directory.find(id));
    }

    /** Changes code and name; the agency stays. */
    @PUT
    @Path("{id}")
    public UnitJson update(@PathParam("id") long id, UnitJson body) {
        UnitJson input = RequestBodies.required(body);
        return UnitJson.of(directory.update(id, input.code(), input.name()));
    }

    /** Deactivates (never deletes): the unit stays in the history of its documents. */
    @DELETE
    @Path("{id}")
    public UnitJson deactivate(@PathParam("id") long id) {
        return UnitJson.of(directory.setActive(id, false));
    }

    @POST
    @Path("{id}/reactivate")
    public UnitJson reactivate(@PathParam("id") long id) {
        return UnitJson.of(directory.setActive(id, true));
    }
}
