package vn.gov.qlvb.ws.exchange;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gov.qlvb.exchange.entity.PackageRefusedException;

/** A refused package or call answers its HTTP status with {@code {"code","message"}}. */
@Provider
public class RefusalMapper implements ExceptionMapper<PackageRefusedException> {

    /** The JSON body of a refusal. */
    public record Refusal(String code, String message) {}

    @Override
    public Response toResponse(PackageRefusedException e) {
        return Response.status(e.refusal().httpStatus())
                .type(MediaType.APPLICATION_JSON)
                .entity(new Refusal(e.refusal().name(), e.getMessage()))
                .build();
    }
}
