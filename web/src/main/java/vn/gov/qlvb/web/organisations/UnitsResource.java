package vn.gov.qlvb.web.organisations;

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
import java.util.List;
import vn.gov.qlvb.organisations.boundary.UnitDirectory;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.web.platform.RequestBodies;

/**
 * {@code /qlvb/api/v1/agencies/{organId}/units}: the units of one agency. Its members and
 * administrators read them; its administrators create them. One unit lives at
 * {@link UnitResource}.
 */
@RequestScoped
@Path("agencies/{organId}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    UnitDirectory directory;

    @GET
    public List<UnitJson> list(
            @PathParam("organId") String organId,
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive) {
        return directory.of(organId, includeInactive).stream().map(UnitJson::of).toList();
    }

    /** Creates a unit from {@code code} and {@code name}; answers 201 with its location. */
    @POST
    public Response create(@PathParam("organId") String organId, UnitJson body, @Context UriInfo uri) {
        UnitJson input = RequestBodies.required(body);
        Unit created = directory.create(organId, input.code(), input.name());
        return Response.created(uri.getBaseUriBuilder()
                        .path(UnitResource.class)
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(UnitJson.of(created))
                .build();
    }
}
