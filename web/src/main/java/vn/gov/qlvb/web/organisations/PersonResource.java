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
import vn.gov.qlvb.organisations.boundary.PeopleDirectory;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.web.platform.RequestBodies;

/**
 * {@code /qlvb/api/v1/people/{id}}: one person and their account; changes need an administrator
 * of their agency.
 */
@RequestScoped
@Path("people")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PeopleDirectory directory;

    @GET
    @Path("{id}")
    public PersonJson get(@PathParam("id") long id) {
        return json(directory.find(id));
    }

    /**
     * Changes the person; {@code organId} moves them to another agency the caller administers
     * (absent: they stay), {@code roles} replace the account's roles, {@code password} resets
     * it, {@code username} creates an account for a person who has none.
     */
    @PUT
    @Path("{id}")
    public PersonJson update(@PathParam("id") long id, PersonJson body) {
        PersonJson input = RequestBodies.required(body);
        return json(directory.update(id, input.toForm(input.organId())));
    }

    /** Deactivates the person and their account (never deletes). */
    @DELETE
    @Path("{id}")
    public PersonJson deactivate(@PathParam("id") long id) {
        return json(directory.setActive(id, false));
    }

    @POST
    @Path("{id}/reactivate")
    public PersonJson reactivate(@PathParam("id") long id) {
        return json(directory.setActive(id, true));
    }

    /** Lifts the lock after too many failed sign-ins. */
    @POST
    @Path("{id}/unlock")
    public PersonJson unlock(@PathParam("id") long id) {
        return json(directory.unlock(id));
    }

    private PersonJson json(Person person) {
        return PersonJson.of(person, directory.accountOf(person).orElse(null));
    }
}
