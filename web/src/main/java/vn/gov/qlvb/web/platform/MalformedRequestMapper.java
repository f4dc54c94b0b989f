package vn.gov.qlvb.web.platform;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not the JSON expected (or of a wrong value type) answers 400. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.response(
                400,
                "request.malformed",
                null,
                Messages.text(Messages.negotiate(headers.getAcceptableLanguages()), "request.malformed"));
    }
}
