package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** The clerk registers an incoming document on the page; the leader finds it in the register. */
@RunAsClient
class IncomingBrowserIT extends InChromium {

    private void fillForm(String number, String subject) {
        browser.open("qlvb/incoming/register.xhtml");
        browser.type("incomingForm:codeNumber", number);
        browser.type("incomingForm:codeNotation", "sgdđt-vp");
        browser.type("incomingForm:issuerName", "Sở Giáo dục và Đào tạo tỉnh Nghệ An");
        browser.type("incomingForm:subject", subject);
        browser.type("incomingForm:signerName", "Trần Văn Giáo");
        // The date last: its calendar pop-up takes the keyboard until closed.
        String yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                .minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        browser.type("incomingForm:issuedDate_input", yesterday);
        browser.visible("incomingForm:issuedDate_input").sendKeys(Keys.ESCAPE);
    }

    @Test
    void IIId_IIIh_clerkRegistersADocumentIsWarnedOfADuplicateAndTheLeaderFindsItInTheRegister() {
        browser.signIn("vanthu", Api.DEMO_PASSWORD);
        browser.visible("welcome");

        fillForm("512", "Về việc tổ chức kỳ thi học sinh giỏi cấp tỉnh năm học 2026–2027");
        browser.click("incomingForm:save");
        browser.waitForText(By.id("details"), "512/SGDĐT-VP");
        String number = browser.text(By.id("arrivalNumber"));
        assertTrue(number.matches("\\d+/\\d{4}"), number);
        browser.waitForText(By.id("timeline"), "Vào sổ");
        browser.waitForText(By.id("timeline"), "Trần Thị Thư");
        browser.screenshot("incoming-registered");

        fillForm("512", "Về việc tổ chức kỳ thi học sinh giỏi (bản gửi lại)");
        browser.click("incomingForm:save");
        browser.waitForText(
                By.id("incomingForm:messages"), "có thể trùng với văn bản đã vào sổ (số đến " + number + ")");
        browser.screenshot("incoming-duplicate-warning");
        browser.driver()
                .findElement(By.xpath(
                        "//*[@id='incomingForm:registerDespiteDuplicates']//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.click("incomingForm:save");
        browser.waitForText(By.id("timeline"), "Vào sổ");

        browser.click("menuForm:signOut");

        browser.visible("login:username");
        browser.signIn("lanhdao", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/incoming/list.xhtml");
        browser.waitForText(By.id("listForm:table"), "Về việc tổ chức kỳ thi học sinh giỏi cấp tỉnh năm học 2026–2027");
        browser.screenshot("incoming-register-leader");
    }

    @Test
    void aMissingSubjectIsExplainedInVietnameseAndNothingIsRegistered() {
        browser.signIn("vanthu", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        fillForm("513", " ");
        browser.click("incomingForm:save");
        browser.waitForText(By.id("incomingForm:messages"), "Trường bắt buộc chưa được nhập.");
        assertTrue(Api.as(deployment, "vanthu").get("incoming?q=513").json().getInt("total") == 0);
    }
}
