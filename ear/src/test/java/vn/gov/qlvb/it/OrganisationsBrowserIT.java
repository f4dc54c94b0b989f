package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A person in a real Chromium: sign-in, the Vietnamese home page, and the agency page. */
@RunAsClient
class OrganisationsBrowserIT extends InChromium {

    @Test
    void clerkSignsInAndSeesTheVietnameseHomePage() {
        browser.signIn("vanthu", Api.DEMO_PASSWORD);
        assertEquals("Xin chào, Trần Thị Thư", browser.visible("welcome").getText());
        String header = browser.text(By.id("currentUser"));
        assertTrue(header.contains("Văn thư") && header.contains("Văn phòng UBND tỉnh"), header);
        String counters = browser.text(By.id("counters"));
        assertTrue(counters.contains("Văn bản đến chờ xử lý") && counters.contains("0"), counters);
        assertTrue(browser.text(By.className("qlvb-header")).contains("Ủy ban nhân dân tỉnh Mẫu"));
        assertTrue(browser.text(By.id("appVersion")).startsWith("Phiên bản "));
        assertEquals(
                0, browser.driver().findElements(By.id("menuForm:agencies")).size(), "no admin menu for a clerk");
        browser.screenshot("clerk-home");

        browser.click("menuForm:language");
        browser.waitForText(By.id("welcome"), "Hello, Trần Thị Thư");

        browser.click("menuForm:signOut");
        browser.visible("login:username");
    }

    @Test
    void aWrongPasswordShowsAVietnameseMessage() {
        browser.signIn("chuyenvien", "sai-mat-khau1");
        browser.waitForText(By.id("login:messages"), "Tên đăng nhập hoặc mật khẩu không đúng.");
        browser.screenshot("login-failed");
    }

    @Test
    void aClerkCannotOpenTheAdministrationPages() {
        browser.signIn("vanthu", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/admin/agencies.xhtml");
        assertEquals("Không có quyền truy cập", browser.visible("forbidden").getText());
    }

    @Test
    void administratorCreatesAnAgencyThroughThePage() {
        browser.signIn("quantri", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/admin/agencies.xhtml");
        browser.click("listForm:add");
        browser.type("agencyForm:organId", "000.00.09.H99");
        browser.type("agencyForm:name", "Sở Giáo dục và Đào tạo tỉnh Mẫu");
        browser.type("agencyForm:shortName", "SGDĐT");
        browser.type("agencyForm:parentOrganId", "000.00.00.H99");
        browser.type("agencyForm:email", "sgddt@mau.gov.vn");
        browser.click("agencyForm:save");
        browser.waitForText(By.id("listForm:table"), "Sở Giáo dục và Đào tạo tỉnh Mẫu");
        browser.waitForText(By.id("treeForm:tree"), "Sở Giáo dục và Đào tạo tỉnh Mẫu");
        browser.screenshot("admin-agency-created");

        Api.Reply stored = Api.as(deployment, "quantri").get("agencies/000.00.09.H99");
        assertEquals(200, stored.status());
        assertEquals("SGDĐT", stored.json().getString("shortName"));
    }

    @Test
    void aMalformedIdentifierIsExplainedInVietnameseNextToTheField() {
        browser.signIn("quantri", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/admin/agencies.xhtml");
        browser.click("listForm:add");
        browser.type("agencyForm:organId", "H99-SAI");
        browser.type("agencyForm:name", "Cơ quan thử mã sai");
        browser.click("agencyForm:save");
        browser.waitForText(By.id("agencyForm:messages"), "không đúng dạng NNN.NN.NN.Xnn");
        browser.screenshot("admin-agency-bad-organid");
        assertEquals(
                0,
                Api.as(deployment, "quantri")
                        .get("agencies?q=th%E1%BB%AD%20m%C3%A3%20sai")
                        .json()
                        .getInt("total"));
    }
}
