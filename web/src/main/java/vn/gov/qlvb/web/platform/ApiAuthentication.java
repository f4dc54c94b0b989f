package vn.gov.qlvb.web.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import vn.gov.qlvb.organisations.boundary.SignIn;

/**
 * Every REST call needs an authenticated account: the browser session, or HTTP Basic with the
 * same credentials as the sign-in page. Wrong credentials count towards the lockout like on
 * the page. Only {@code version} is public. Unauthenticated calls answer 401 with a problem body (never a redirect to HTML).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    @Context
    HttpServletRequest request;

    @Inject
    SignIn signIn;

    @Override
    public void filter(ContainerRequestContext context) {
        if (request.getUserPrincipal() != null
                || "version".equals(context.getUriInfo().getPath().replaceAll("^/+", ""))) {
            return;
        }
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                context.abortWith(unauthorized(context));
                return;
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                String username = decoded.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                try {
                    request.login(username, decoded.substring(colon + 1));
                    signIn.succeeded(username);
                    return;
                } catch (ServletException e) {
                    signIn.failed(username);
                }
            }
        }
        context.abortWith(unauthorized(context));
    }

    private static Response unauthorized(ContainerRequestContext context) {
        Response problem = Problem.response(
                401,
                "auth.required",
                null,
                Messages.text(Messages.negotiate(context.getAcceptableLanguages()), "auth.required"));
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"QLVB\", charset=\"UTF-8\"")
                .build();
    }
}
