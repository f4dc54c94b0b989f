package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.it.OutgoingFlow.FINANCE;
import static vn.gov.qlvb.it.OutgoingFlow.HOME_AFFAIRS;
import static vn.gov.qlvb.it.OutgoingFlow.ok;
import static vn.gov.qlvb.it.OutgoingFlow.recipients;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * The outgoing capabilities that had only a REST way in, now on their pages in a real Chromium:
 * the clerk adds and removes recipients of a dispatched document, the author extends the deadline
 * of a request for opinion, and a draft is linked to the incoming document it answers (from the
 * incoming document's page), the link kept when the draft is saved again.
 */
@RunAsClient
class OutgoingScreensBrowserIT extends InChromium {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private OutgoingFlow flow() {
        return new OutgoingFlow(deployment);
    }

    private void signInAndOpen(String username, long id) {
        browser.signIn(username, Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/outgoing/view.xhtml?id=" + id);
        browser.visible("subject");
    }

    /** A date written into a date picker's field (the calendar pop-up would cover the buttons). */
    private void date(String inputId, LocalDate day) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", inputId, day.format(DAY));
    }

    @Test
    void III8_theClerkAddsAndRemovesRecipientsOfADispatchedDocumentOnItsPage() {
        OutgoingFlow flow = flow();
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(HOME_AFFAIRS));
        flow.dispatched(id, "lanhdao");

        signInAndOpen("vanthu", id);
        new Select(browser.visible("recipientsForm:add")).selectByValue(FINANCE);
        browser.click("recipientsForm:updateRecipients");
        browser.waitForText(By.id("timeline"), "Điều chỉnh nơi nhận");
        Api clerk = flow.as("vanthu");
        assertEquals("ARRIVED", recipients(clerk, id).get(FINANCE).getString("status"));
        long copy =
                recipients(clerk, id).get(FINANCE).getJsonNumber("incomingId").longValue();
        // the added agency is no longer offered; it may now be removed
        assertTrue(new Select(browser.visible("recipientsForm:add"))
                .getOptions().stream().noneMatch(o -> FINANCE.equals(o.getAttribute("value"))));

        new Select(browser.visible("recipientsForm:remove")).selectByValue(HOME_AFFAIRS);
        browser.click("recipientsForm:updateRecipients");
        browser.waitForText(By.id("recipients"), "Đã bỏ khỏi nơi nhận");
        browser.screenshot("outgoing-recipients-updated");

        assertEquals("REMOVED", recipients(clerk, id).get(HOME_AFFAIRS).getString("status"));
        assertEquals("ARRIVED", recipients(clerk, id).get(FINANCE).getString("status"));
        assertEquals(
                "ARRIVED", ok(flow.as("vanthu.stc").get("incoming/" + copy)).getString("status"));
        long updates = clerk.get("outgoing/" + id + "/history").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(e -> "RECIPIENTS_UPDATED".equals(e.getString("action")))
                .count();
        assertEquals(2, updates, "each update in the history");
    }

    @Test
    void theAuthorExtendsTheDeadlineOfARequestForOpinionOnTheDraftsPage() {
        OutgoingFlow flow = flow();
        long id = flow.draft("KE_HOACH", "NONE", "lanhdao", List.of());
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3);
        Api author = flow.as("chuyenvien");
        long request = author.post(
                        "outgoing/" + id + "/opinions",
                        "{\"personIds\":[" + flow.people.get("thuky") + "],\"deadline\":\"" + deadline + "\"}")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        signInAndOpen("chuyenvien", id);
        new Select(browser.visible("opinions:extendOpinionId")).selectByValue(String.valueOf(request));
        date("opinions:extendDeadline_input", deadline.plusDays(4));
        browser.click("opinions:extend");
        browser.waitForText(By.id("opinionTable"), deadline.plusDays(4).format(DAY));
        browser.waitForText(By.id("timeline"), "Gia hạn");

        JsonObject asked = author.get("outgoing/" + id + "/opinions").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("id").longValue() == request)
                .findFirst()
                .orElseThrow();
        assertEquals(deadline.plusDays(4).toString(), asked.getString("deadline"));

        // the one asked has no such action
        browser.click("menuForm:signOut");
        signInAndOpen("thuky", id);
        assertTrue(browser.driver().findElements(By.id("opinions:extend")).isEmpty());
    }

    @Test
    void aDraftStartedFromAnIncomingDocumentAnswersItAndKeepsTheLinkWhenSavedAgain() {
        OutgoingFlow flow = flow();
        Api clerk = flow.as("vanthu");
        long register = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> "INCOMING".equals(r.getString("kind", "INCOMING")) && !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply registered = clerk.post(
                "incoming",
                IncomingRegistrationIT.document(
                        register, String.valueOf(System.nanoTime() % 100000), "Đề nghị báo cáo số liệu"));
        assertEquals(201, registered.status(), registered.toString());
        long incoming = registered.json().getJsonNumber("id").longValue();

        browser.signIn("vanthu", Api.DEMO_PASSWORD);
        browser.visible("welcome");
        browser.open("qlvb/incoming/view.xhtml?id=" + incoming);
        browser.click("draftAnswer");
        browser.visible("draft:subject");
        assertTrue(browser.driver().getCurrentUrl().contains("answers=" + incoming));
        browser.type("draft:subject", OutgoingFlow.unique("Báo cáo số liệu theo đề nghị"));
        new Select(browser.visible("draft:signerId")).selectByValue(String.valueOf(flow.people.get("lanhdao")));
        browser.click("draft:save");
        browser.visible("subject");
        browser.waitForText(By.id("answers"), String.valueOf(incoming));
        String url = browser.driver().getCurrentUrl();
        long id = Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
        assertEquals(
                incoming,
                ok(clerk.get("outgoing/" + id))
                        .getJsonArray("answersIncomingIds")
                        .getJsonNumber(0)
                        .longValue());

        // saved again from the form: the link stays
        browser.open("qlvb/outgoing/draft.xhtml?id=" + id);
        browser.type("draft:subject", OutgoingFlow.unique("Báo cáo số liệu (sửa)"));
        browser.click("draft:save");
        browser.waitForText(By.id("subject"), "(sửa)");
        assertEquals(
                List.of(incoming),
                ok(clerk.get("outgoing/" + id)).getJsonArray("answersIncomingIds").stream()
                        .map(v -> ((jakarta.json.JsonNumber) v).longValue())
                        .toList());
        assertTrue(clerk.get("outgoing/answering/" + incoming).body().contains("\"id\":" + id));
    }
}
