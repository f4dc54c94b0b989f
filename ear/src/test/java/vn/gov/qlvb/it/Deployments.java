package vn.gov.qlvb.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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
     * The real EAR plus a {@code test.war} module holding {@code testClass}, for tests that run
     * inside the server: Arquillian enriches the WAR that contains the test class (the EAR has
     * two WARs of its own), and the module is added to {@code application.xml} so it deploys.
     */
    public static EnterpriseArchive qlvbEarWithTestModule(Class<?> testClass) {
        EnterpriseArchive ear = qlvbEar();
        String descriptor;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(
                new StringAsset(
                        descriptor.replace(
                                "</application>",
                                "<module><web><web-uri>test.war</web-uri><context-root>/qlvb-test</context-root></web></module></application>")));
        return ear.addAsModule(Testable.archiveToTest(
                ShrinkWrap.create(WebArchive.class, "test.war").addClasses(testClass, Deployments.class)));
    }
}
