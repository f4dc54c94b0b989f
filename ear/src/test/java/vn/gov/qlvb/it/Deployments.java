package vn.gov.qlvb.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR that the build produced, as Arquillian deploys it. */
public final class Deployments {

    private Deployments() {}

    public static EnterpriseArchive qlvbEar() {
        File ear = new File(System.getProperty("qlvb.ear", "target/qlvb.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException(
                    "The EAR is missing: " + ear.getAbsolutePath() + " (run the package phase first)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The real EAR plus an empty {@code test.war} that Arquillian fills with the test class, for
     * tests that run inside the server (the EAR has two WARs of its own).
     */
    public static EnterpriseArchive qlvbEarWithTestModule() {
        return qlvbEar().addAsModule(ShrinkWrap.create(WebArchive.class, "test.war"));
    }
}
