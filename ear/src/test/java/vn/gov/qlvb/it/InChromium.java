package vn.gov.qlvb.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test shares: the real EAR deployed by Arquillian, and a fresh headless
 * Chromium per test, closed after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class InChromium {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(Api.root(deployment));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
