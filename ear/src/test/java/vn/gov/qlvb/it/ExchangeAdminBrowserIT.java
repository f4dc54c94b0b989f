package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator's interconnection pages in a real Chromium: a partner system and an agency's
 * signing certificate registered through the page; a package that partner then sends is
 * accepted, and the trail of the document (page and REST) shows it received and handed over.
 */
class ExchangeAdminBrowserIT extends InChromium {

    static final String PARTNER = "tinh-giao-dien";
    static final String SECRET = "bi-mat-tinh-giao-dien-2026";
    static final String SENDER = "000.00.00.H48";
    static final String HOSTED = "000.00.00.H99";

    @Test
    void administratorRegistersAPartnerAndACertificateThenFollowsTheTrailOfAReceivedDocument() {
        ExchangePackages packages = new ExchangePackages(SENDER, "UBND tỉnh Giao Diện");
        browser.signIn("quantri", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/exchange/partners.xhtml");
        browser.type("partnerForm:systemId", PARTNER);
        browser.type("partnerForm:name", "Hệ thống QLVB tỉnh Giao Diện");
        browser.type("partnerForm:secret", SECRET);
        browser.type("partnerForm:endpointUrl", "http://127.0.0.1:9/lienthong/EdocService");
        new Select(browser.visible("partnerForm:transport")).selectByValue("SOAP");
        browser.click("partnerForm:save");
        browser.waitForText(By.id("partnersForm:partners"), PARTNER);
        assertTrue(browser.text(By.id("partnersForm:partners")).contains("SOAP"));

        Api.Reply agency = Api.as(deployment, "quantri")
                .post(
                        "agencies",
                        """
                        {"organId":"%s","name":"UBND tỉnh Giao Diện","level":"PROVINCE","remote":true,"partnerSystemId":"%s"}"""
                                .formatted(SENDER, PARTNER));
        assertEquals(201, agency.status(), agency.toString());

        browser.type("certificateForm:organId", SENDER);
        browser.type("certificateForm:pem", packages.certificatePem());
        browser.click("certificateForm:register");
        browser.waitForText(By.id("certificateForm:certificates"), "UBND tỉnh Giao Diện");
        browser.screenshot("exchange-partners");

        byte[] edxml = packages.document(4401, List.of(HOSTED), ExchangePackages.pdf());
        Lienthong.Answer sent = new Lienthong(deployment, PARTNER, SECRET).post("sendEdoc", edxml, "application/xml");
        assertEquals(200, sent.status(), sent.toString());
        String documentId = packages.documentId(4401);

        // the trail through REST: one package received, handed over to the hosted agency
        JsonArray trail = Api.as(deployment, "quantri")
                .get("partners/evidence?documentId=" + URLEncoder.encode(documentId, StandardCharsets.UTF_8))
                .jsonArray();
        assertEquals(1, trail.size(), trail.toString());
        JsonObject received = trail.getJsonObject(0);
        assertEquals("RECEIVED", received.getString("direction"));
        assertEquals("DOCUMENT", received.getString("kind"));
        assertEquals(PARTNER, received.getString("partnerSystemId"));
        JsonObject leg = received.getJsonArray("legs").getJsonObject(0);
        assertEquals(HOSTED, leg.getString("organId"));
        assertEquals("HANDED_OVER", leg.getString("state"));
        Api.Reply tooShort = Api.as(deployment, "quantri").get("partners/evidence?documentId=ab");
        assertEquals(400, tooShort.status(), tooShort.toString());

        // the trail page, found by a part of the DocumentId (the number and notation)
        browser.open("qlvb/exchange/trail.xhtml");
        browser.type("trailForm:documentId", documentId.substring(documentId.lastIndexOf(',') + 1));
        browser.click("trailForm:find");
        browser.waitForText(By.id("trailForm:trail"), "Nhận về");
        String table = browser.text(By.id("trailForm:trail"));
        assertTrue(table.contains(documentId), table);
        assertTrue(table.contains(HOSTED + ": đã chuyển vào văn bản đến"), table);
        assertTrue(table.contains(PARTNER), table);
        browser.screenshot("exchange-trail");

        browser.type("trailForm:documentId", "khong-co-van-ban-nay");
        browser.click("trailForm:find");
        browser.waitForText(By.id("trailForm:trail"), "Không có gói tin nào về văn bản này.");
    }
}
