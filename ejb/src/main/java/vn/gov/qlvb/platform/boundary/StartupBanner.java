package vn.gov.qlvb.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Says in the server log, once everything has started, where QLVB answers. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoProvince"})
@PermitAll
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @PostConstruct
    void announce() {
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        int http = Integer.getInteger("jboss.http.port", 8080) + offset;
        int management = Integer.getInteger("jboss.management.http.port", 9990) + offset;
        String host = System.getProperty("jboss.bind.address", "127.0.0.1");
        String shown = "127.0.0.1".equals(host) || "0.0.0.0".equals(host) ? "localhost" : host;
        LOG.info(() -> String.format(
                "QLVB is up: UI http://%s:%d/qlvb/ · interconnection http://%s:%d/lienthong/ · management console http://%s:%d/",
                shown, http, shown, http, shown, management));
    }
}
