package vn.gov.qlvb.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A role the caller lacks answers 403 with a problem body. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException e) {
        return Problem.response(
                403,
                "access.denied",
                null,
                Messages.text(Messages.negotiate(headers.getAcceptableLanguages()), "access.denied"));
    }
}
