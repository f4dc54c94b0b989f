package vn.gov.qlvb.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.gov.qlvb.platform.runtime.ApplicationVersion;

/** The version shown in every page's footer. */
@Named("build")
@ApplicationScoped
public class FooterVersion {

    @Inject
    ApplicationVersion version;

    public String getVersion() {
        return version.version();
    }
}
