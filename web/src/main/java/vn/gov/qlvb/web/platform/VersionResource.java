package vn.gov.qlvb.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.gov.qlvb.platform.runtime.ApplicationVersion;

/** {@code GET /qlvb/api/v1/version}: the running application's version and build time. */
@RequestScoped
@Path("version")
@Produces(MediaType.APPLICATION_JSON)
public class VersionResource {

    public record VersionJson(String application, String version, String buildTime) {}

    @Inject
    ApplicationVersion version;

    @GET
    public VersionJson get() {
        return new VersionJson("QLVB", version.version(), version.buildTime());
    }
}
