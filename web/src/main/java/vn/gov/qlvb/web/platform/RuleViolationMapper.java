package vn.gov.qlvb.web.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** A refused business rule answers 400, 403, 404 or 409 with a problem body naming the field. */
@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolation v) {
        int status =
                switch (v.kind()) {
                    case INVALID -> 400;
                    case CONFLICT -> 409;
                    case NOT_FOUND -> 404;
                    case FORBIDDEN -> 403;
                };
        String message = Messages.text(Messages.negotiate(headers.getAcceptableLanguages()), v.code(), v.arguments());
        return Problem.response(status, v.code(), v.field(), message);
    }
}
