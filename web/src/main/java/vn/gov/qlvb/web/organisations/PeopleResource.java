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
import java.util.Map;
import vn.gov.qlvb.organisations.boundary.PeopleDirectory;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.web.platform.RequestBodies;

/**
 * {@code /qlvb/api/v1/agencies/{organId}/people}: the people of one agency with their accounts.
 * Members and administrators read them; administrators create them, with an account when a
 * {@code username} is given. One person lives at {@link PersonResource}.
 */
@RequestScoped
@Path("agencies/{organId}/people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

    /** One page of people with the size of the whole result. */
    public record PersonPage(List<PersonJson> items, long total, int first, int size) {}

    @Inject
    PeopleDirectory directory;

    /** Searches by name, position or username ({@code q}), ordered by name. */
    @GET
    public PersonPage search(
            @PathParam("organId") String organId,
            @QueryParam("q") String text,
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        Page<Person> page = directory.search(organId, text, includeInactive, first, size);
        Map<Long, Account> accounts = directory.accountsOf(page.items());
        return new PersonPage(
                page.items().stream()
                        .map(p -> PersonJson.of(p, accounts.get(p.getId())))
                        .toList(),
                page.total(),
                page.first(),
                page.size());
    }

    /** Creates a person (and their account); answers 201 with its location. */
    @POST
    public Response create(@PathParam("organId") String organId, PersonJson body, @Context UriInfo uri) {
        Person created = directory.create(RequestBodies.required(body).toForm(organId));
        return Response.created(uri.getBaseUriBuilder()
                        .path(PersonResource.class)
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(PersonJson.of(created, directory.accountOf(created).orElse(null)))
                .build();
    }
}
