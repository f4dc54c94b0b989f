package vn.gov.qlvb.web.platform;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An error answer of the REST API (RFC 9457 problem details): {@code code} is stable for
 * programs, {@code field} names the offending input, {@code message} is for people in the
 * caller's language.
 */
public record Problem(String type, String title, int status, String code, String field, String message) {

    public static final MediaType MEDIA_TYPE = MediaType.valueOf("application/problem+json; charset=UTF-8");

    public static Response response(int status, String code, String field, String message) {
        Response.Status s = Response.Status.fromStatusCode(status);
        Problem body =
                new Problem("about:blank", s == null ? "Error" : s.getReasonPhrase(), status, code, field, message);
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
