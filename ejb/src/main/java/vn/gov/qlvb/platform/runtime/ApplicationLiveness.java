package vn.gov.qlvb.platform.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive once deployed; reports the running version. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Inject
    ApplicationVersion version;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("qlvb")
                .up()
                .withData("version", version.version())
                .build();
    }
}
