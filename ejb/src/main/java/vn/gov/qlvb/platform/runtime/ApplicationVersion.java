package vn.gov.qlvb.platform.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and build time of the running application, written by the build. */
@ApplicationScoped
public class ApplicationVersion {

    private final Properties build = new Properties();

    public ApplicationVersion() {
        try (InputStream in = ApplicationVersion.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String version() {
        return build.getProperty("version", "dev");
    }

    public String buildTime() {
        return build.getProperty("buildTime", "");
    }
}
