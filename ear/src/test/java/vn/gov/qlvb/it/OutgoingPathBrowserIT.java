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
import org.openqa.selenium.support.ui.Select;

/**
 * The path of an outgoing document on its pages, in a real Chromium with the demo accounts: the
 * specialist drafts, the head of Phòng Tổng hợp returns it with a reason, the specialist revises
 * and submits again, the head approves, the Chairman approves and signs with his PIN, the clerk
 * issues it and applies the agency signature, Sở Nội vụ's clerk finds it among the arrived
 * incoming documents and registers it, and the sender sees the recipient's status change.
 */
@RunAsClient
class OutgoingPathBrowserIT extends InChromium {

    private static final String SUBJECT = "Báo cáo kết quả cải cách hành chính quý I (thử nghiệm trên giao diện)";

    private void signIn(String username) {
        browser.signIn(username, Api.DEMO_PASSWORD);
        browser.visible("welcome");
    }

    private void signInAndOpen(String username, long id) {
        signIn(username);
        browser.open("qlvb/outgoing/view.xhtml?id=" + id);
        browser.visible("subject");
    }

    private void signOut() {
        browser.click("menuForm:signOut");
        browser.visible("login:username");
    }

    private void choose(String id, String text) {
        new Select(browser.visible(id)).selectByVisibleText(text);
    }

    /** A screenshot of the page scrolled to a card. */
    private void screenshotOf(String card, String name) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('" + card + "').scrollIntoView({block:'start'});");
        browser.screenshot(name);
    }

    private void upload(String name, String text) throws Exception {
        Path pdf = Files.createTempDirectory("du-thao").resolve(name);
        Files.write(pdf, OutgoingFlow.pdf(text));
        browser.driver()
                .findElement(By.cssSelector("#versionsForm input[type=file]"))
                .sendKeys(pdf.toString());
        browser.click("versionsForm:upload");
        browser.waitForText(By.id("versions"), name);
    }

    @Test
    void IIIo_fromTheSpecialistsDraftToTheRecipientsRegisterAndBackToTheSender() throws Exception {
        Api.Reply chain = Api.as(deployment, "quantri")
                .put("outgoing/review-chains/BAO_CAO", "{\"steps\":[\"UNIT_HEAD\",\"LEADER\"]}");
        assertEquals(200, chain.status(), chain.toString());

        // the specialist drafts, uploads the PDF and submits
        signIn("chuyenvien");
        browser.open("qlvb/outgoing/draft.xhtml");
        choose("draft:documentType", "Báo cáo");
        browser.type("draft:subject", SUBJECT);
        choose("draft:signerId", "Lê Văn Lãnh – Chủ tịch");
        new Select(browser.visible("draft:recipients")).selectByVisibleText("Sở Nội vụ tỉnh Mẫu");
        browser.click("draft:save");
        browser.waitForText(By.id("subject"), SUBJECT);
        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
        upload("du-thao-bao-cao.pdf", "v1");
        browser.click("actions:submit");
        browser.waitForText(By.id("status"), "Đang trình duyệt");
        browser.screenshot("outgoing-1-submitted");
        signOut();

        // the head of Phòng Tổng hợp returns it with a reason
        signInAndOpen("truongphong", id);
        browser.type("review:text", "Bổ sung số liệu của Phòng Kinh tế");
        browser.click("review:giveBack");
        browser.waitForText(By.id("status"), "Bị trả lại");
        signOut();

        // the specialist revises and submits again
        signInAndOpen("chuyenvien", id);
        browser.waitForText(By.id("returnReason"), "Bổ sung số liệu của Phòng Kinh tế");
        upload("du-thao-bao-cao-v2.pdf", "v2");
        browser.click("actions:submit");
        browser.waitForText(By.id("status"), "Đang trình duyệt");
        signOut();

        // the head approves
        signInAndOpen("truongphong", id);
        browser.click("review:approve");
        browser.waitForText(By.id("timeline"), "Duyệt");
        signOut();

        // the Chairman approves and signs with his PIN
        signInAndOpen("lanhdao", id);
        browser.type("review:text", "Đồng ý ban hành");
        browser.click("review:approve");
        browser.waitForText(By.id("status"), "Đã duyệt, chờ ký");
        browser.click("signForm:openSign");
        browser.type("signForm:pin", "123456");
        browser.click("signForm:confirmSign");
        browser.waitForText(By.id("status"), "Đã ký, chờ phát hành");
        browser.waitForText(By.id("signer"), "TM. ỦY BAN NHÂN DÂN");
        screenshotOf("versionsCard", "outgoing-2-signed");
        signOut();

        // the clerk issues and applies the agency signature: the document goes out
        signInAndOpen("vanthu", id);
        browser.click("clerk:issue");
        browser.waitForText(By.id("status"), "Đã cấp số, chờ ký số cơ quan");
        String notation = browser.text(By.id("notation"));
        assertTrue(notation.matches("\\d{2,}/BC-UBND"), notation);
        browser.click("clerk:agencySign");
        browser.waitForText(By.id("status"), "Đã phát hành");
        browser.waitForText(By.id("recipients"), "Đã đến");
        screenshotOf("recipientsCard", "outgoing-3-dispatched");
        signOut();

        // Sở Nội vụ's clerk sees it among the arrived documents and registers it
        long copy = Api.as(deployment, "vanthu")
                .get("outgoing/" + id + "/recipients")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .get(0)
                .getJsonNumber("incomingId")
                .longValue();
        signIn("vanthu.snv");
        browser.open("qlvb/incoming/list.xhtml");
        browser.waitForText(By.id("arrived"), SUBJECT);
        browser.open("qlvb/incoming/view.xhtml?id=" + copy);
        browser.waitForText(By.id("status"), "Đã đến, chưa vào sổ");
        choose("arrivalForm:registerId", "Sổ văn bản đến");
        browser.click("arrivalForm:register");
        browser.waitForText(By.id("status"), "Đã vào sổ");
        browser.screenshot("outgoing-4-registered-at-the-recipient");
        signOut();

        // the sender sees the recipient's status change
        signInAndOpen("vanthu", id);
        browser.waitForText(By.id("recipients"), "Đã vào sổ");
        List<String> timeline = browser.driver().findElements(By.cssSelector("#timeline li strong")).stream()
                .map(e -> e.getText())
                .toList();
        assertTrue(
                timeline.containsAll(List.of(
                        "Tạo dự thảo",
                        "Trình duyệt",
                        "Trả lại",
                        "Phiên bản mới",
                        "Duyệt",
                        "Ký số",
                        "Cấp số, phát hành",
                        "Ký số của cơ quan",
                        "Gửi đi",
                        "Tình trạng tại nơi nhận")),
                timeline.toString());
        screenshotOf("recipientsCard", "outgoing-5-sender-follows");
    }
}
