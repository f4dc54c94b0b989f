package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** "Thay đổi thông tin" and the people administration page, in a real Chromium. */
@RunAsClient
class ProfileAndPeopleBrowserIT extends InChromium {

    @Test
    void aPersonUpdatesTheirContactsAndChangesTheirPassword() {
        browser.signIn("lanhdao.snv", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.click("menuForm:profile");

        browser.type("contactsForm:phone", "0238 3844 102");
        browser.click("contactsForm:save");
        browser.waitForText(By.id("contactsForm:messages"), "Đã lưu.");

        browser.type("passwordForm:currentPassword", Api.DEMO_PASSWORD);
        browser.type("passwordForm:newPassword", "GiamDoc2026");
        browser.type("passwordForm:confirmPassword", "GiamDoc2027");
        browser.click("passwordForm:change");
        browser.waitForText(By.id("passwordForm:messages"), "Mật khẩu nhập lại không khớp.");

        browser.type("passwordForm:currentPassword", "sai-mat-khau1");
        browser.type("passwordForm:newPassword", "GiamDoc2026");
        browser.type("passwordForm:confirmPassword", "GiamDoc2026");
        browser.click("passwordForm:change");
        browser.waitForText(By.id("passwordForm:messages"), "Mật khẩu hiện tại không đúng.");

        browser.type("passwordForm:currentPassword", Api.DEMO_PASSWORD);
        browser.type("passwordForm:newPassword", "ngan");
        browser.type("passwordForm:confirmPassword", "ngan");
        browser.click("passwordForm:change");
        browser.waitForText(By.id("passwordForm:messages"), "ít nhất 8 ký tự");

        browser.type("passwordForm:currentPassword", Api.DEMO_PASSWORD);
        browser.type("passwordForm:newPassword", "GiamDoc2026");
        browser.type("passwordForm:confirmPassword", "GiamDoc2026");
        browser.click("passwordForm:change");
        browser.waitForText(By.id("passwordForm:messages"), "Đã đổi mật khẩu.");
        browser.screenshot("profile-password-changed");

        browser.click("menuForm:signOut");

        browser.visible("login:username");
        browser.signIn("lanhdao.snv", "GiamDoc2026");
        browser.visible("welcome");
        assertEquals(401, Api.as(deployment, "lanhdao.snv").get("agencies").status(), "old password no longer works");
        assertEquals(
                "0238 3844 102",
                Api.as(deployment, "lanhdao.snv", "GiamDoc2026")
                        .get("agencies/000.00.01.H99/people?q=Tr%E1%BB%8Bnh")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("phone"));
    }

    @Test
    void administratorCreatesAPersonWithAnAccountOnThePeoplePage() {
        browser.signIn("quantri", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/admin/people.xhtml");
        browser.click("listForm:add");
        browser.type("personForm:fullName", "Kiều Văn Tân");
        browser.type("personForm:position", "Chuyên viên");
        browser.type("personForm:username", "kieu.van.tan");
        browser.type("personForm:password", "TanBinh2026");
        browser.driver()
                .findElement(By.xpath("//*[@id='personForm:roles']//label[normalize-space()='Chuyên viên']"))
                .click();
        browser.click("personForm:save");
        browser.waitForText(By.id("listForm:table"), "Kiều Văn Tân");
        browser.screenshot("admin-person-created");

        assertEquals(
                200,
                Api.as(deployment, "kieu.van.tan", "TanBinh2026")
                        .get("agencies?size=1")
                        .status());
    }
}
