package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import vn.gov.qlvb.signing.control.DemoAuthority;

/**
 * "Chữ ký số của tôi" in a real Chromium: the administrator makes a certification authority
 * trusted, then a head of the office imports a PKCS#12 that authority issued to him, with its
 * PIN (a wrong one first), and sees the certificate: subject, issuer, serial, usable.
 */
@RunAsClient
class MySigningBrowserIT extends InChromium {

    private static final String PIN = "123456";

    @Test
    void aPersonImportsTheirPkcs12AndSeesTheCertificate() throws Exception {
        DemoAuthority authority = DemoAuthority.create("CA trinh duyet thu nghiem", DemoAuthority.Keys.EC_P256);
        Path folder = Files.createTempDirectory("chu-ky-so");
        Path anchor =
                Files.write(folder.resolve("ca.cer"), authority.certificate().getEncoded());

        browser.signIn("quantri", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.click("menuForm:mySigning");
        browser.driver()
                .findElement(By.xpath("//form[@id='trustForm']//input[@type='file' and contains(@id,'anchor')]"))
                .sendKeys(anchor.toString());
        browser.click("trustForm:addAnchor");
        browser.waitForText(By.id("messages"), "Đã lưu.");
        browser.click("menuForm:signOut");

        browser.signIn("chanhvanphong", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        String name = browser.text(By.cssSelector(".qlvb-user-name")).trim();
        DemoAuthority.Issued own = authority.issue(name, "Van phong UBND tinh Mau", 2);
        Path keystore = Files.write(folder.resolve("khoa.p12"), own.pkcs12(PIN.toCharArray()));
        String serial = own.certificate().getSerialNumber().toString(16);

        browser.click("menuForm:mySigning");
        browser.visible("certificates");
        browser.driver()
                .findElement(By.cssSelector("#keystoreForm input[type=file]"))
                .sendKeys(keystore.toString());
        browser.type("keystoreForm:pin", "000000");
        browser.click("keystoreForm:importKeystore");
        browser.waitForText(By.id("messages"), "Mã PIN không đúng.");

        browser.driver()
                .findElement(By.cssSelector("#keystoreForm input[type=file]"))
                .sendKeys(keystore.toString());
        browser.type("keystoreForm:pin", PIN);
        browser.click("keystoreForm:importKeystore");
        browser.waitForText(By.id("messages"), "Đã nhập khóa ký số");
        browser.waitForText(By.id("certificates"), serial);
        String table = browser.text(By.id("certificates"));
        assertTrue(table.contains("CA trinh duyet thu nghiem"), table);
        assertTrue(table.contains(name), table);
        assertTrue(table.contains("Sử dụng được"), table);
        browser.visible("signatureImage");
        browser.screenshot("my-signing-imported");

        List<JsonObject> mine = Api.as(deployment, "chanhvanphong")
                .get("signing/certificates")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(serial, mine.get(0).getString("serial"), "the newest certificate is the imported one");
    }
}
