package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole path of an incoming document on its page, in a real Chromium with the demo
 * accounts: the clerk attaches the scan and presents it, the Chairman directs (lead, coordinating
 * and informed units with a deadline), the head of the lead unit assigns a specialist, who
 * records progress and completes, and the head completes the document; the timeline shows each
 * step in order. A secretary enters a direction on the Chairman's behalf.
 */
@RunAsClient
class IncomingPathBrowserIT extends InChromium {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Registers a document through the REST API as the clerk; its id. */
    private long registered(String subject) {
        return registered(subject, null);
    }

    private long registered(String subject, String arrivalAt) {
        Api clerk = Api.as(deployment, "vanthu");
        long register = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        String body = IncomingRegistrationIT.document(
                        register, String.valueOf(80000 + (System.nanoTime() % 10000)), subject, arrivalAt, "NONE")
                .replace("\"registerId\"", "\"registerDespiteDuplicates\":true,\"registerId\"");
        Api.Reply reply = clerk.post("incoming", body);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    /** The clerk presents the document to the Chairman (lanhdao) through the REST API. */
    private void presentToTheChairman(long id) {
        Api.Reply reply = Api.as(deployment, "vanthu")
                .post("incoming/" + id + "/present", "{\"leaderId\":" + personId("lanhdao") + "}");
        assertEquals(200, reply.status(), reply.toString());
    }

    private long personId(String username) {
        return Api.as(deployment, "quantri")
                .get("agencies/000.00.00.H99/people?size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.containsKey("username") && username.equals(p.getString("username", null)))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private void signInAndOpen(String username, long id) {
        browser.signIn(username, Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/incoming/view.xhtml?id=" + id);
        browser.visible("subject");
    }

    private void signOut() {
        browser.click("menuForm:signOut");
        browser.visible("login:username");
    }

    private void choose(String id, String text) {
        new Select(browser.visible(id)).selectByVisibleText(text);
    }

    private void tick(String id, String label) {
        browser.driver()
                .findElement(By.xpath("//*[@id='" + id + "']//label[normalize-space()='" + label + "']"))
                .click();
    }

    /**
     * The date last: its calendar pop-up takes the keyboard until closed, and closing it with
     * Escape gives the focus back to its field a moment later.
     */
    private void date(String id, LocalDate day) {
        browser.type(id + "_input", day.format(DAY));
        browser.visible(id + "_input").sendKeys(Keys.ESCAPE);
    }

    /**
     * A date before another one, written into its field as typed text: typing two calendar
     * fields in a row loses keystrokes to the first pop-up (it takes the focus back on closing).
     */
    private void dateThenNext(String id, LocalDate day) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "document.getElementById(arguments[0]).value = arguments[1];", id + "_input", day.format(DAY));
    }

    private void direct(String onBehalfOf, String comment, LocalDate deadline) {
        if (onBehalfOf != null) {
            choose("directForm:onBehalfOfId", onBehalfOf);
        }
        choose("directForm:leadUnit", "Phòng Tổng hợp");
        tick("directForm:coordinating", "Phòng Kinh tế");
        tick("directForm:informed", "Phòng Văn hóa - Xã hội");
        browser.type("directForm:comment", comment);
        date("directForm:deadline", deadline);
        browser.click("directForm:submit");
        browser.waitForText(By.id("partsForm:parts"), "Phòng Tổng hợp");
    }

    /** A screenshot of the page scrolled to the handling card. */
    private void screenshotOfHandling(String name) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('handling').scrollIntoView({block:'start'});");
        browser.screenshot(name);
    }

    private List<String> timelineActions() {
        return browser.driver().findElements(By.cssSelector("#timeline li strong")).stream()
                .map(e -> e.getText())
                .filter(t -> !"Xem văn bản".equals(t))
                .toList();
    }

    @Test
    void IIIm_fromTheClerkToTheLeadOnTheDocumentPage() throws Exception {
        String subject = "Về việc rà soát thủ tục hành chính năm 2026 (thử nghiệm trên giao diện)";
        LocalDate deadline = TODAY.plusDays(10);

        // the clerk registers the paper document on the registration form, lands on its page,
        // attaches the scan and presents the document to the Chairman
        browser.signIn("vanthu", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/incoming/register.xhtml");
        browser.type("incomingForm:codeNumber", String.valueOf(70000 + (System.nanoTime() % 10000)));
        browser.type("incomingForm:codeNotation", "ubnd-vp");
        browser.type("incomingForm:issuerName", "Ủy ban nhân dân huyện Đông Sơn");
        browser.type("incomingForm:subject", subject);
        browser.type("incomingForm:signerName", "Nguyễn Văn A");
        // the date last: its calendar pop-up takes the keyboard until closed
        browser.type(
                "incomingForm:issuedDate_input", TODAY.minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        browser.visible("incomingForm:issuedDate_input").sendKeys(Keys.ESCAPE);
        browser.click("incomingForm:save");
        browser.waitForText(By.id("timeline"), "Vào sổ");
        browser.waitForText(By.id("subject"), subject);
        long id = Api.as(deployment, "vanthu")
                .get("incoming?q=" + java.net.URLEncoder.encode(subject, StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Path pdf = Files.createTempFile("cong-van-", ".pdf");
        Files.write(
                pdf,
                ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                                + "trailer<</Root 1 0 R>>\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII));
        browser.driver().findElement(By.cssSelector("#files input[type=file]")).sendKeys(pdf.toString());
        browser.click("files:attach");
        browser.waitForText(By.id("fileList"), pdf.getFileName().toString());
        choose("presentForm:leader", "Lê Văn Lãnh");
        browser.click("presentForm:submit");
        browser.waitForText(By.id("status"), "Đã trình");
        browser.screenshot("path-1-presented");
        signOut();

        // the Chairman directs
        signInAndOpen("lanhdao", id);
        direct(null, "Giao Phòng Tổng hợp chủ trì, Phòng Kinh tế phối hợp; báo cáo trước hạn.", deadline);
        browser.waitForText(By.id("partsForm:parts"), "Phòng Kinh tế");
        browser.waitForText(By.id("partsForm:parts"), "Để biết");
        browser.waitForText(By.id("status"), "Đã có ý kiến chỉ đạo");
        screenshotOfHandling("path-2-directed");
        signOut();

        // the head of Phòng Tổng hợp gives the part to a specialist
        signInAndOpen("truongphong", id);
        choose("assignForm:personId", "Vũ Văn Chuyên");
        browser.type("assignForm:note", "Đề nghị anh Chuyên xử lý");
        date("assignForm:deadline", deadline.minusDays(2));
        browser.click("assignForm:submit");
        browser.waitForText(By.id("partsForm:parts"), "Vũ Văn Chuyên");
        signOut();

        // the specialist records progress and completes his part
        signInAndOpen("chuyenvien", id);
        browser.type("workForm:text", "Đã rà soát 12 thủ tục, đang tổng hợp.");
        browser.click("workForm:progress");
        browser.waitForText(By.id("partsForm:parts"), "Đã rà soát 12 thủ tục");
        screenshotOfHandling("path-3-progress");
        browser.click("workForm:complete");
        browser.waitForText(By.id("timeline"), "Hoàn thành phần việc");
        signOut();

        // the head of the lead unit completes the document
        signInAndOpen("truongphong", id);
        browser.type("completeForm:note", "Đã báo cáo Chủ tịch");
        browser.click("completeForm:submit");
        browser.waitForText(By.id("status"), "Đã hoàn thành");
        screenshotOfHandling("path-4-completed");

        assertEquals(
                List.of(
                        "Vào sổ",
                        "Đính kèm tệp",
                        "Trình lãnh đạo",
                        "Ý kiến chỉ đạo",
                        "Phân công xử lý",
                        "Cập nhật tiến độ",
                        "Hoàn thành phần việc",
                        "Hoàn thành"),
                timelineActions());
        String timeline = browser.text(By.id("timeline"));
        assertTrue(timeline.contains("Trình Lê Văn Lãnh"), timeline);
        assertTrue(timeline.contains("Chủ trì: Phòng Tổng hợp"), timeline);
        assertTrue(timeline.contains("Phòng Tổng hợp → Vũ Văn Chuyên"), timeline);
    }

    /** Chooses the option of a select whose text starts with {@code prefix}. */
    private void chooseStarting(String id, String prefix) {
        Select select = new Select(browser.visible(id));
        select.getOptions().stream()
                .filter(o -> o.getText().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no option " + prefix + " in " + id))
                .click();
    }

    /** Opens a collapsed action panel. */
    private void expand(String panelId) {
        browser.click(panelId + "_toggler");
        browser.visible(panelId + "_content");
    }

    @Test
    void IIIm_anExtensionIsAskedAndGrantedTheLeaderRemindsAndThePartIsGivenBack() {
        long id = registered("Về việc xây dựng kế hoạch cải cách hành chính (gia hạn, đôn đốc)");
        presentToTheChairman(id);
        LocalDate deadline = TODAY.plusDays(10);

        // the Chairman gives the coordinating unit an earlier deadline than the lead
        signInAndOpen("lanhdao", id);
        choose("directForm:leadUnit", "Phòng Tổng hợp");
        tick("directForm:coordinating", "Phòng Kinh tế");
        browser.type("directForm:comment", "Phòng Kinh tế góp ý trước.");
        dateThenNext("directForm:coordinatingDeadline", TODAY.plusDays(5));
        date("directForm:deadline", deadline);
        browser.click("directForm:submit");
        browser.waitForText(By.id("partsForm:parts"), "Phòng Kinh tế");
        String parts = browser.text(By.id("partsForm:parts"));
        assertTrue(parts.contains(TODAY.plusDays(5).format(DAY)) && parts.contains(deadline.format(DAY)), parts);
        signOut();

        signInAndOpen("truongphong", id);
        choose("assignForm:personId", "Vũ Văn Chuyên");
        date("assignForm:deadline", deadline.minusDays(3));
        browser.click("assignForm:submit");
        browser.waitForText(By.id("partsForm:parts"), "Vũ Văn Chuyên");
        signOut();

        // the specialist asks for two more days
        signInAndOpen("chuyenvien", id);
        expand("requestForm:panel");
        browser.type("requestForm:reason", "Chờ số liệu của các huyện");
        date("requestForm:wantedDeadline", deadline.minusDays(1));
        browser.click("requestForm:extend");
        browser.waitForText(By.id("timeline"), "Xin gia hạn");
        browser.waitForText(
                By.id("partsForm:parts"),
                "Xin gia hạn đến " + deadline.minusDays(1).format(DAY));
        signOut();

        // the head who gave the part grants it
        signInAndOpen("truongphong", id);
        browser.waitForText(By.id("answerForm:pending"), "Chờ số liệu của các huyện");
        browser.type("answerForm:comment", "Đồng ý, khẩn trương hoàn thành");
        browser.click("answerForm:grant");
        browser.waitForText(By.id("timeline"), "gia hạn đến " + deadline.minusDays(1));
        signOut();

        // the Chairman criticises the specialist's slow part
        signInAndOpen("lanhdao", id);
        expand("remindForm:panel");
        chooseStarting("remindForm:part", "Vũ Văn Chuyên");
        choose("remindForm:grade", "Phê bình");
        browser.type("remindForm:comment", "Đề nghị báo cáo tiến độ ngay");
        browser.click("remindForm:submit");
        browser.waitForText(By.id("timeline"), "Nhắc việc");
        signOut();

        // the specialist gives the part back with a reason
        signInAndOpen("chuyenvien", id);
        expand("requestForm:panel");
        browser.type("requestForm:reason", "Nội dung thuộc lĩnh vực của Phòng Kinh tế");
        browser.click("requestForm:giveBack");
        browser.waitForText(By.id("timeline"), "Trả lại");
        screenshotOfHandling("path-extension-reminder-giveback");

        List<String> actions = timelineActions();
        assertEquals(
                List.of("Xin gia hạn", "Gia hạn", "Nhắc việc", "Trả lại"),
                actions.subList(actions.indexOf("Xin gia hạn"), actions.size()),
                actions.toString());
        String timeline = browser.text(By.id("timeline"));
        assertTrue(timeline.contains("Nội dung thuộc lĩnh vực của Phòng Kinh tế"), timeline);
        List<String> lines = browser.driver().findElements(By.cssSelector("#timeline li")).stream()
                .map(e -> e.getText().replaceFirst("^\\S+ \\S+ ", ""))
                .toList();
        for (int i = 1; i < lines.size(); i++) {
            String actor = lines.get(i - 1).replaceFirst("^[^–]*– ", "").replaceFirst(":.*$", "");
            assertFalse(
                    lines.get(i).startsWith("Xem văn bản") && lines.get(i).contains("– " + actor),
                    "a view right after the same person's entry is folded: " + lines);
        }
        assertTrue(timeline.contains("Đề nghị báo cáo tiến độ ngay"), timeline);
    }

    @Test
    void theClerkManagesTheRegistersOnTheirPage() {
        String name = "Sổ văn bản đến của Ban tiếp công dân " + System.nanoTime() % 100000;
        browser.signIn("vanthu", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/registers/index.xhtml");
        browser.type("openForm:name", name);
        browser.click("openForm:submit");
        browser.waitForText(By.id("registersForm:table"), name);

        rowButton(name, "edit").click();
        WebElement rename = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=':rename']")));
        browser.type(rename.getAttribute("id"), name + " (đổi tên)");
        browser.click(browser.driver()
                .findElement(By.cssSelector("button[id$=':saveName']"))
                .getAttribute("id"));
        browser.waitForText(By.id("registersForm:messages"), "Đã đổi tên sổ");
        browser.waitForText(By.id("registersForm:table"), name + " (đổi tên)");

        rowButton(name + " (đổi tên)", "close").click();
        browser.waitForText(By.id("registersForm:messages"), "Đã khóa sổ");
        browser.waitForText(By.id("registersForm:table"), "Đã khóa sổ");
        rowButton("Sổ văn bản đến mật", "close").click();
        browser.waitForText(By.id("registersForm:messages"), "Không thể khóa sổ cuối cùng đang sử dụng của loại này.");
        browser.screenshot("registers");
    }

    /** The button of a row of the registers table, by the register's name. */
    private WebElement rowButton(String registerName, String button) {
        return browser.driver()
                .findElement(By.xpath("//tr[.//span[contains(@class,'registerName') and normalize-space()='"
                        + registerName + "']]//button[contains(@id,':" + button + "')]"));
    }

    @Test
    void IIIm_theSecretaryEntersTheChairmansDirectionOnHisBehalf() {
        long id = registered("Về việc chuẩn bị hội nghị tổng kết năm (ý kiến nhập thay)");
        presentToTheChairman(id);

        signInAndOpen("thuky", id);
        direct("Lê Văn Lãnh", "Đồng ý, giao Phòng Tổng hợp chuẩn bị.", TODAY.plusDays(7));
        browser.waitForText(By.id("timeline"), "thay mặt Lê Văn Lãnh");
        screenshotOfHandling("path-secretary-direction");
        String timeline = browser.text(By.id("timeline"));
        assertTrue(timeline.contains("Ngô Thị Ký (thay mặt Lê Văn Lãnh)"), timeline);
    }

    @Test
    void aDirectionWithoutALeadIsRefusedInVietnamese() {
        long id = registered("Về việc góp ý dự thảo quy chế (thiếu đơn vị chủ trì)");
        presentToTheChairman(id);

        signInAndOpen("lanhdao", id);
        browser.type("directForm:comment", "Chưa chọn đơn vị");
        browser.click("directForm:submit");
        browser.waitForText(By.id("directForm:messages"), "Trường bắt buộc chưa được nhập.");
    }

    @Test
    void theWorkListShowsTheUnitsDocumentsWithCounts() {
        long id = registered("Về việc báo cáo số liệu quý (danh sách cần xử lý)");
        presentToTheChairman(id);
        signInAndOpen("lanhdao", id);
        direct(null, "Phòng Tổng hợp xử lý.", TODAY.plusDays(5));
        signOut();

        browser.signIn("truongphong", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        assertTrue(browser.driver()
                .findElement(By.cssSelector("#counters a[href*='list=TO_PROCESS']"))
                .getText()
                .contains("Văn bản đến chờ xử lý"));
        browser.click("menuForm:incomingWork");
        browser.waitForText(By.id("workForm:table"), "Về việc báo cáo số liệu quý (danh sách cần xử lý)");
        browser.waitForText(By.id("tabs"), "Cần xử lý (");
        browser.screenshot("work-list");
        browser.driver()
                .findElement(By.linkText("Về việc báo cáo số liệu quý (danh sách cần xử lý)"))
                .click();
        browser.waitForText(By.id("partsForm:parts"), "Phòng Tổng hợp");
    }

    @Test
    void theSecretaryMustNameTheLeaderSheWritesFor() {
        long id = registered("Về việc lịch tiếp công dân tháng 12 (chưa chọn lãnh đạo)");
        presentToTheChairman(id);

        signInAndOpen("thuky", id);
        choose("directForm:leadUnit", "Phòng Tổng hợp");
        browser.type("directForm:comment", "Giao Phòng Tổng hợp");
        date("directForm:deadline", TODAY.plusDays(3));
        browser.click("directForm:submit");
        browser.waitForText(By.id("directForm:messages"), "Trường bắt buộc chưa được nhập.");
        assertTrue(browser.text(By.id("partsForm")).contains("Văn bản chưa được giao xử lý."));
    }

    @Test
    void anOverduePartIsShownInRed() {
        String arrival = TODAY.minusDays(21)
                .atTime(9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()
                .toString();
        long id = registered("Về việc báo cáo đã quá hạn (hiển thị màu đỏ)", arrival);
        presentToTheChairman(id);
        Api.Reply directed = Api.as(deployment, "lanhdao")
                .post(
                        "incoming/" + id + "/direction",
                        "{\"comment\":\"Báo cáo gấp\",\"lead\":{\"personId\":" + personId("chuyenvien")
                                + ",\"deadline\":\"" + TODAY.minusDays(1) + "\"}}");
        assertEquals(200, directed.status(), directed.toString());

        signInAndOpen("chuyenvien", id);
        browser.waitForText(By.id("partsForm:parts"), "Quá hạn");
        assertTrue(browser.driver()
                .findElement(By.cssSelector("#partsForm\\:parts tr.qlvb-overdue"))
                .getText()
                .contains("Vũ Văn Chuyên"));
        browser.open("qlvb/incoming/work.xhtml?list=OVERDUE");
        browser.waitForText(By.id("workForm:table"), "Về việc báo cáo đã quá hạn (hiển thị màu đỏ)");
        browser.screenshot("work-list-overdue");
    }
}
