package vn.gov.qlvb.web.incoming;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;

/** {@code /qlvb/api/v1/registers?kind=INCOMING}: the caller's agency's registers. */
@RequestScoped
@Path("registers")
@Produces(MediaType.APPLICATION_JSON)
public class RegistersResource {

    /** A register as the API shows it. */
    public record RegisterJson(Long id, String name, RegisterKind kind, boolean forSecret, boolean active) {

        public static RegisterJson of(Register r) {
            return new RegisterJson(r.getId(), r.getName(), r.getKind(), r.isForSecret(), r.isActive());
        }
    }

    /** A change to a register: a new name, and/or open ({@code true}) or closed ({@code false}). */
    public record RegisterChange(String name, Boolean active) {}

    @Inject
    Registers registers;

    /** What a clerk submits to open a register. */
    public record NewRegister(String name, RegisterKind kind, boolean forSecret) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(NewRegister body, @Context UriInfo uri) {
        if (body == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        Register created = registers.open(
                body.kind() == null ? RegisterKind.INCOMING : body.kind(), body.name(), body.forSecret());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.getId()))
                        .build())
                .entity(RegisterJson.of(created))
                .build();
    }

    /** The open registers of a kind; with {@code all=true} (clerk, administrator) the closed ones too. */
    @GET
    public List<RegisterJson> list(
            @QueryParam("kind") @DefaultValue("INCOMING") RegisterKind kind, @QueryParam("all") boolean all) {
        return (all ? registers.allOfMyAgency(kind) : registers.ofMyAgency(kind))
                .stream().map(RegisterJson::of).toList();
    }

    /** Renames, closes or reopens a register (clerk, administrator). */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegisterJson change(@PathParam("id") long id, RegisterChange body) {
        if (body == null || (body.name() == null && body.active() == null)) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        Register changed = registers.change(id, body.name(), body.active());
        return RegisterJson.of(changed);
    }
}
