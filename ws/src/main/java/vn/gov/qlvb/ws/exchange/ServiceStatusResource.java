package vn.gov.qlvb.ws.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.gov.qlvb.platform.runtime.ApplicationVersion;

/** {@code GET /lienthong/api/v1/status}: tells a partner system the interconnection answers. */
@RequestScoped
@Path("status")
@Produces(MediaType.APPLICATION_JSON)
public class ServiceStatusResource {

    public record ServiceStatus(String service, String status, String version) {}

    @Inject
    ApplicationVersion version;

    @GET
    public ServiceStatus get() {
        return new ServiceStatus("QLVB liên thông", "UP", version.version());
    }
}
