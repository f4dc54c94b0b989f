package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Capabilities that had no page: the specialist attaches the result files of their part on the
 * incoming document's page (the upload of original files stays the clerk's), the list page links
 * the handling report as PDF and Excel, and the handling rules page sets the review chains of
 * outgoing drafts and the leader's routing rules for incoming documents.
 */
@RunAsClient
class IncomingScreensBrowserIT extends InChromium {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Registered, presented and directed to Phòng Tổng hợp as lead, whose head gives it to chuyenvien. */
    private long withTheSpecialist(String subject) {
        Api clerk = Api.as(deployment, "vanthu");
        Api admin = Api.as(deployment, "quantri");
        long register = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply registered = clerk.post(
                "incoming",
                IncomingRegistrationIT.document(
                                register, String.valueOf(90000 + (System.nanoTime() % 10000)), subject, null, "NONE")
                        .replace("\"registerId\"", "\"registerDespiteDuplicates\":true,\"registerId\""));
        assertEquals(201, registered.status(), registered.toString());
        long id = registered.json().getJsonNumber("id").longValue();
        OutgoingFlow people = new OutgoingFlow(deployment);
        assertEquals(
                200,
                clerk.post("incoming/" + id + "/present", "{\"leaderId\":" + people.people.get("lanhdao") + "}")
                        .status());
        long th =
                admin
                        .get("agencies/" + OutgoingFlow.PROVINCE + "/units")
                        .jsonArray()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(u -> "TH".equals(u.getString("code")))
                        .findFirst()
                        .orElseThrow()
                        .getJsonNumber("id")
                        .longValue();
        Api.Reply directed = Api.as(deployment, "lanhdao")
                .post(
                        "incoming/" + id + "/direction",
                        "{\"comment\":\"Giao Phòng Tổng hợp\",\"lead\":{\"unitId\":" + th + ",\"deadline\":\""
                                + TODAY.plusDays(10) + "\"},\"coordinating\":[],\"informed\":[]}");
        assertEquals(200, directed.status(), directed.toString());
        JsonArray parts = directed.jsonArray();
        long lead = parts.getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply assigned = Api.as(deployment, "truongphong")
                .post(
                        "incoming/assignments/" + lead + "/assign",
                        "{\"personId\":" + people.people.get("chuyenvien") + ",\"deadline\":\"" + TODAY.plusDays(9)
                                + "\"}");
        assertEquals(201, assigned.status(), assigned.toString());
        return id;
    }

    @Test
    void IIIm_theSpecialistAttachesAResultFileToTheirPartOnTheDocumentsPage() throws Exception {
        long id = withTheSpecialist("Về việc báo cáo kết quả rà soát (thử nghiệm trên giao diện)");
        Path result = Files.createTempDirectory("ket-qua").resolve("bao-cao-ket-qua-ra-soat.pdf");
        Files.write(result, OutgoingFlow.pdf("ket qua ra soat"));

        browser.signIn("chuyenvien", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/incoming/view.xhtml?id=" + id);
        browser.visible("subject");
        assertTrue(browser.driver().findElements(By.id("files:attach")).isEmpty(), "the originals stay the clerk's");
        browser.driver()
                .findElement(By.cssSelector("#resultForm input[type=file]"))
                .sendKeys(result.toString());
        browser.click("resultForm:attachResult");
        browser.waitForText(By.id("partsForm:parts"), "bao-cao-ket-qua-ra-soat.pdf");
        browser.waitForText(By.id("timeline"), "Đính kèm kết quả xử lý");
        browser.screenshot("incoming-result-attached");

        JsonObject part = Api.as(deployment, "vanthu")
                .get("incoming/" + id + "/assignments")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.containsKey("parentId") && !p.isNull("parentId"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "bao-cao-ket-qua-ra-soat.pdf",
                part.getJsonArray("results").getJsonObject(0).getString("fileName"));
        assertEquals("IN_PROGRESS", part.getString("status"));
        // the link on the page opens the file
        String href = browser.driver()
                .findElement(By.cssSelector("#partsForm a.qlvb-result"))
                .getAttribute("href");
        assertTrue(
                href.endsWith("/api/v1/incoming/assignments/"
                        + part.getJsonNumber("id").longValue() + "/results/"
                        + part.getJsonArray("results")
                                .getJsonObject(0)
                                .getJsonNumber("id")
                                .longValue()),
                href);
    }

    @Test
    void V2_theListPageLinksTheHandlingReportAsPdfAndExcel() {
        browser.signIn("lanhdao", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/incoming/list.xhtml");
        String pdf = browser.visible("handlingReport").getAttribute("href");
        String xlsx = browser.visible("handlingReportXlsx").getAttribute("href");
        assertTrue(pdf.contains("/api/v1/incoming/handling-report.pdf?from="), pdf);
        assertTrue(xlsx.contains("/api/v1/incoming/handling-report.xlsx?from="), xlsx);
        java.net.http.HttpResponse<byte[]> sheet =
                Api.as(deployment, "lanhdao").bytes(xlsx.substring(xlsx.indexOf("incoming/handling-report")));
        assertEquals(200, sheet.statusCode());
        assertTrue(
                Sheets.rows(sheet.body()).stream().limit(10).anyMatch(r -> String.join(" ", r)
                        .contains("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN")),
                "the report's title");
    }

    @Test
    void theLeaderSetsAReviewChainAndARoutingRuleOnTheRulesPage() {
        Api leader = Api.as(deployment, "lanhdao");
        browser.signIn("lanhdao", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/rules/index.xhtml");

        // a review chain of its own for Phương án: the head of the unit, then the leader
        new Select(browser.visible("chainForm:type")).selectByValue("PHUONG_AN");
        new Select(browser.visible("chainForm:step1")).selectByValue("UNIT_HEAD");
        new Select(browser.visible("chainForm:step2")).selectByValue("LEADER");
        browser.click("chainForm:save");
        browser.waitForText(By.id("chainForm:messages"), "Đã lưu");
        assertEquals(
                List.of("UNIT_HEAD", "LEADER"),
                steps(leader.get("outgoing/review-chains/PHUONG_AN").json()));
        // the leader not last is refused with its message, nothing changed
        new Select(browser.visible("chainForm:type")).selectByValue("PHUONG_AN");
        new Select(browser.visible("chainForm:step1")).selectByValue("LEADER");
        new Select(browser.visible("chainForm:step2")).selectByValue("OFFICE");
        browser.click("chainForm:save");
        browser.waitForText(By.cssSelector("#chainForm\\:messages .ui-messages-error"), "");
        assertEquals(
                List.of("UNIT_HEAD", "LEADER"),
                steps(leader.get("outgoing/review-chains/PHUONG_AN").json()));
        // back to the agency's default
        new Select(browser.visible("chainForm:type")).selectByValue("PHUONG_AN");
        browser.click("chainForm:reset");
        browser.waitForText(By.id("chainForm:messages"), "Đã lưu");
        assertEquals(
                steps(leader.get("outgoing/review-chains/DEFAULT").json()),
                steps(leader.get("outgoing/review-chains/PHUONG_AN").json()));

        // Phiếu báo straight to Phòng Kinh tế, in the usual 10 days
        new Select(browser.visible("ruleForm:type")).selectByValue("PHIEU_BAO");
        new Select(browser.visible("ruleForm:unit")).selectByVisibleText("Phòng Kinh tế");
        browser.click("ruleForm:save");
        browser.waitForText(By.id("ruleForm:rules"), "Phòng Kinh tế");
        JsonObject rule = leader.get("incoming/routing-rules").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> "PHIEU_BAO".equals(r.getString("documentType")))
                .findFirst()
                .orElseThrow();
        assertEquals("Phòng Kinh tế", rule.getString("unitName"));
        assertEquals(10, rule.getInt("deadlineDays"));
        browser.screenshot("handling-rules");

        int row = browser.driver().findElements(By.cssSelector("#ruleForm\\:rules tbody tr")).stream()
                .map(e -> e.getText())
                .toList()
                .indexOf(browser.driver().findElements(By.cssSelector("#ruleForm\\:rules tbody tr")).stream()
                        .map(e -> e.getText())
                        .filter(t -> t.contains("Phiếu báo"))
                        .findFirst()
                        .orElseThrow());
        browser.click("ruleForm:rules:" + row + ":remove");
        browser.waitForText(By.id("ruleForm:messages"), "Đã lưu");
        assertTrue(leader.get("incoming/routing-rules").jsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> "PHIEU_BAO".equals(r.getString("documentType"))));

        // a specialist sees neither form
        browser.click("menuForm:signOut");
        browser.signIn("chuyenvien", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/rules/index.xhtml");
        browser.visible("menuForm");
        assertTrue(browser.driver().findElements(By.id("chainForm")).isEmpty());
        assertTrue(browser.driver().findElements(By.id("ruleForm")).isEmpty());
    }

    private static List<String> steps(JsonObject chain) {
        return chain.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
