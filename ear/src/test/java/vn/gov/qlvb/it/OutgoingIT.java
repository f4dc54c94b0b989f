package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.it.AgencyDirectoryIT.assertProblem;
import static vn.gov.qlvb.it.OutgoingFlow.FINANCE;
import static vn.gov.qlvb.it.OutgoingFlow.GOVERNMENT_OFFICE;
import static vn.gov.qlvb.it.OutgoingFlow.HOME_AFFAIRS;
import static vn.gov.qlvb.it.OutgoingFlow.ok;
import static vn.gov.qlvb.it.OutgoingFlow.recipients;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.documents.entity.Urgency;

/**
 * Outgoing documents through the REST API: the whole path from draft to the recipient's
 * register, the review chain, opinions, the bad input of issue 4 (each refused with its code,
 * nothing changed), who sees a draft, recall, recipient updates and replacement, with the
 * history on both sides.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutgoingIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    private OutgoingFlow flow;

    @BeforeEach
    void lookUpPeople() {
        flow = new OutgoingFlow(deployment);
    }

    /** What poppler's pdfsig says of a PDF's signatures (an independent validator). */
    static String pdfsig(byte[] pdf) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("van-ban-di-", ".pdf");
            java.nio.file.Files.write(file, pdf);
            Process p = new ProcessBuilder("pdfsig", "-nocert", file.toString())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            p.waitFor();
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> actions(Api api, String path) {
        return api.get(path).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action"))
                .toList();
    }

    @Test
    void IIIo_aDraftIsReturnedRevisedApprovedSignedIssuedSealedAndTheSenderFollowsTheRecipient() {
        Api author = flow.as("chuyenvien");
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(HOME_AFFAIRS, GOVERNMENT_OFFICE));

        JsonObject submitted = ok(author.post("outgoing/" + id + "/submit", "{}"));
        assertEquals("IN_REVIEW", submitted.getString("status"));
        assertEquals(
                List.of("UNIT_HEAD", "OFFICE", "LEADER"),
                submitted.getJsonArray("reviewSteps").getValuesAs(JsonObject.class).stream()
                        .map(s -> s.getString("kind"))
                        .toList(),
                "the usual chain: unit head, office, leader");
        assertEquals(
                flow.people.get("truongphong"),
                submitted.getJsonNumber("currentReviewerId").longValue());

        JsonObject returned =
                ok(flow.as("truongphong").post("outgoing/" + id + "/return", "{\"reason\":\"Bổ sung số liệu quý I\"}"));
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals("Bổ sung số liệu quý I", returned.getString("returnReason"));

        Api.Reply v2 = author.postFile(
                "outgoing/" + id + "/versions", "du-thao-v2.pdf", OutgoingFlow.pdf("v2 " + id), "application/pdf");
        assertEquals(201, v2.status(), v2.toString());
        assertEquals(2, v2.json().getInt("number"));

        flow.approved(id);
        JsonObject signed = ok(flow.as("lanhdao").post("outgoing/" + id + "/sign", "{\"pin\":\"123456\"}"));
        assertEquals("SIGNED", signed.getString("status"));
        assertEquals("TM", signed.getString("signatureForm"), "the chairman signs for the committee");

        JsonObject issued = ok(flow.as("vanthu").post("outgoing/" + id + "/issue", "{}"));
        assertEquals("ISSUED", issued.getString("status"));
        assertTrue(issued.getString("numberAndNotation").matches("\\d{2,}/UBND-TH"), issued.toString());
        assertEquals(LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString(), issued.getString("issueDate"));

        JsonObject sealed = ok(flow.as("vanthu").post("outgoing/" + id + "/agency-signature", "{}"));
        assertEquals("DISPATCHED", sealed.getString("status"));

        Map<String, JsonObject> table = recipients(author, id);
        assertEquals("ARRIVED", table.get(HOME_AFFAIRS).getString("status"));
        assertEquals("QUEUED_FOR_EXCHANGE", table.get(GOVERNMENT_OFFICE).getString("status"));
        long copy = table.get(HOME_AFFAIRS).getJsonNumber("incomingId").longValue();

        Api recipient = flow.as("vanthu.snv");
        JsonObject arrived = ok(recipient.get("incoming/" + copy));
        assertEquals("ARRIVED", arrived.getString("status"));
        assertEquals("EXCHANGE", arrived.getString("channel"));
        assertEquals(issued.getString("numberAndNotation"), arrived.getString("numberAndNotation"));
        assertEquals(1, arrived.getJsonArray("files").size(), "the sealed PDF travels with it");
        assertTrue(recipient.get("incoming?status=ARRIVED&size=200").body().contains("\"id\":" + copy));

        long register = recipient.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        JsonObject registered =
                ok(recipient.post("incoming/" + copy + "/register", "{\"registerId\":" + register + "}"));
        assertEquals("REGISTERED", registered.getString("status"));
        assertEquals("REGISTERED", recipients(author, id).get(HOME_AFFAIRS).getString("status"));

        List<JsonObject> versions =
                author.get("outgoing/" + id + "/versions").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(
                List.of("DRAFT", "DRAFT", "SIGNER_SIGNED", "NUMBERED", "AGENCY_SIGNED"),
                versions.stream().map(v -> v.getString("stage")).toList());
        assertTrue(versions.stream().allMatch(v -> v.getString("sha256").length() == 64 && v.getInt("size") > 0));
        assertEquals(200, author.bytes("outgoing/" + id + "/versions/1/file").statusCode(), "earlier versions stay");
        assertEquals(
                5,
                versions.stream().map(v -> v.getString("sha256")).distinct().count(),
                "each signature and the stamp made new bytes");

        // the issued PDF: two valid signatures, the signer's then the agency's (pdfsig, poppler-utils)
        byte[] issuedPdf = author.bytes("outgoing/" + id + "/versions/5/file").body();
        String pdfsig = pdfsig(issuedPdf);
        assertTrue(pdfsig.contains("Signature #1") && pdfsig.contains("Signature #2"), pdfsig);
        assertFalse(pdfsig.contains("Signature #3"), pdfsig);
        assertEquals(2, pdfsig.split("Signature is Valid", -1).length - 1, pdfsig);
        assertTrue(pdfsig.indexOf("Lê Văn Lãnh") < pdfsig.indexOf("Ủy ban nhân dân tỉnh Mẫu"), pdfsig);
        byte[] received = recipient
                .bytes("incoming/" + copy + "/files/"
                        + arrived.getJsonArray("files")
                                .getJsonObject(0)
                                .getJsonNumber("id")
                                .longValue())
                .body();
        assertTrue(java.util.Arrays.equals(issuedPdf, received), "the recipient got the exact sealed bytes");

        List<String> history = actions(author, "outgoing/" + id + "/history");
        assertTrue(
                history.containsAll(List.of(
                        "CREATED",
                        "VERSION_ADDED",
                        "SUBMITTED",
                        "RETURNED",
                        "APPROVED",
                        "SIGNED",
                        "ISSUED",
                        "AGENCY_SIGNED",
                        "DISPATCHED",
                        "RECIPIENT_STATUS")),
                history.toString());
        assertTrue(actions(recipient, "incoming/" + copy + "/history").containsAll(List.of("RECEIVED", "REGISTERED")));
    }

    /** The text shown on page 1 with the signatures' appearances flattened into the page (PDFBox). */
    static String firstPageText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            document.getDocumentCatalog().getAcroForm(null).flatten();
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return stripper.getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void III1d_separateAttachmentsGetTheAgencySignatureWithTheNumberAndTravelWithTheDocument() {
        Api author = flow.as("chuyenvien");
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(HOME_AFFAIRS));
        Api.Reply annex = author.postFile(
                "outgoing/" + id + "/annexes", "phu-luc-1.pdf", OutgoingFlow.pdf("phu luc " + id), "application/pdf");
        assertEquals(201, annex.status(), annex.toString());
        assertEquals(1, annex.jsonArray().size());
        assertEquals("phu-luc-1.pdf", annex.jsonArray().getJsonObject(0).getString("fileName"));
        assertProblem(
                flow.as("vanthu.snv")
                        .postFile("outgoing/" + id + "/annexes", "x.pdf", OutgoingFlow.pdf("x"), "application/pdf"),
                404,
                "outgoing.notFound",
                null);

        JsonObject dispatched = flow.dispatched(id, "lanhdao");
        String number = dispatched.getString("numberAndNotation");
        JsonObject listed = dispatched.getJsonArray("annexes").getJsonObject(0);
        assertTrue(listed.getBoolean("agencySigned"), dispatched.toString());
        assertProblem(
                author.postFile("outgoing/" + id + "/annexes", "late.pdf", OutgoingFlow.pdf("late"), "application/pdf"),
                409,
                "outgoing.notEditable",
                null);

        byte[] signedAnnex = author.bytes("outgoing/" + id + "/annexes/1/file").body();
        String pdfsig = pdfsig(signedAnnex);
        assertEquals(1, pdfsig.split("Signature is Valid", -1).length - 1, pdfsig);
        assertTrue(pdfsig.contains("Ủy ban nhân dân tỉnh Mẫu"), "the agency signs it: " + pdfsig);
        String text = firstPageText(signedAnnex);
        assertTrue(text.contains(number), "the number on page 1: " + text);
        assertTrue(
                text.matches("(?s).*\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+07:00.*"),
                "ISO 8601 time in Vietnam: " + text);

        long copy = recipients(author, id)
                .get(HOME_AFFAIRS)
                .getJsonNumber("incomingId")
                .longValue();
        Api recipient = flow.as("vanthu.snv");
        var files = ok(recipient.get("incoming/" + copy)).getJsonArray("files").getValuesAs(JsonObject.class);
        assertEquals(2, files.size(), "the main file and the attachment: " + files);
        byte[] received = recipient
                .bytes("incoming/" + copy + "/files/"
                        + files.get(1).getJsonNumber("id").longValue())
                .body();
        assertTrue(java.util.Arrays.equals(signedAnnex, received), "the recipient got the signed attachment");
    }

    @Test
    void III3b_nobodyOutsideTheDraftingChainSeesADraftNotEvenByItsId() {
        long id = flow.draft("TO_TRINH", "NONE", "lanhdao", List.of());
        for (String stranger : List.of("vanthu.snv", "thuky", "phochutich", "vanthu", "chanhvanphong")) {
            Api api = flow.as(stranger);
            assertProblem(api.get("outgoing/" + id), 404, "outgoing.notFound", null);
            assertProblem(api.get("outgoing/" + id + "/history"), 404, "outgoing.notFound", null);
            assertProblem(api.get("outgoing/" + id + "/versions"), 404, "outgoing.notFound", null);
            assertEquals(404, api.bytes("outgoing/" + id + "/versions/1/file").statusCode());
        }
        ok(flow.as("truongphong").get("outgoing/" + id));
        ok(flow.as("lanhdao").get("outgoing/" + id));
        assertFalse(
                actions(flow.as("chuyenvien"), "outgoing/" + id + "/history").contains("DOWNLOADED"));
    }

    @Test
    void IIII_issuingAnUnapprovedOrUnsignedDraftIsRefusedAndUsesNoNumber() {
        Api clerk = flow.as("vanthu");
        long inReview = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of());
        ok(flow.as("chuyenvien").post("outgoing/" + inReview + "/submit", "{}"));
        assertProblem(clerk.post("outgoing/" + inReview + "/issue", "{}"), 404, "outgoing.notFound", null);

        long approved = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of());
        flow.approved(approved);
        assertProblem(clerk.post("outgoing/" + approved + "/issue", "{}"), 409, "outgoing.notSigned", null);
        assertProblem(
                clerk.post("outgoing/" + approved + "/agency-signature", "{}"),
                409,
                "outgoing.signerSignatureMissing",
                null);
        JsonObject still = ok(clerk.get("outgoing/" + approved));
        assertEquals("APPROVED", still.getString("status"));
        assertFalse(still.containsKey("numberAndNotation"), "no number was given");

        long signed = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of());
        flow.signed(signed, "lanhdao");
        assertProblem(clerk.post("outgoing/" + signed + "/agency-signature", "{}"), 409, "outgoing.notIssued", null);
        long first = ok(clerk.post("outgoing/" + signed + "/issue", "{}"))
                .getJsonNumber("issueNumber")
                .longValue();
        assertProblem(clerk.post("outgoing/" + signed + "/issue", "{}"), 409, "outgoing.alreadyIssued", null);

        long next = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of());
        flow.signed(next, "lanhdao");
        assertEquals(
                first + 1,
                ok(clerk.post("outgoing/" + next + "/issue", "{}"))
                        .getJsonNumber("issueNumber")
                        .longValue(),
                "the refused issues took no number");
    }

    @Test
    void IIII_onlyTheDesignatedSignerSignsAnApprovedDraftWithAPin() {
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of());
        ok(flow.as("chuyenvien").post("outgoing/" + id + "/submit", "{}"));
        assertProblem(
                flow.as("lanhdao").post("outgoing/" + id + "/sign", "{\"pin\":\"123456\"}"),
                409,
                "outgoing.notApproved",
                null);
        flow.approved(id);
        assertProblem(
                flow.as("truongphong").post("outgoing/" + id + "/sign", "{\"pin\":\"123456\"}"),
                403,
                "outgoing.notSigner",
                null);
        assertProblem(
                flow.as("lanhdao").post("outgoing/" + id + "/sign", "{\"pin\":\"\"}"),
                400,
                "signing.pin.required",
                "pin");
        assertProblem(
                flow.as("lanhdao").post("outgoing/" + id + "/sign", "{\"pin\":\"000000\"}"),
                400,
                "signing.WRONG_PIN",
                null);
        assertEquals(
                1,
                flow.as("lanhdao")
                        .get("outgoing/" + id + "/versions")
                        .jsonArray()
                        .size(),
                "no signed version");
        assertEquals("APPROVED", ok(flow.as("lanhdao").get("outgoing/" + id)).getString("status"));
    }

    @Test
    void theWorkListsShowTheMostUrgentDocumentsFirstThenTheLatestChanged() {
        Api author = flow.as("chuyenvien");
        long signer = flow.people.get("lanhdao");
        long flash = author.post(
                        "outgoing",
                        OutgoingFlow.json(
                                        "CONG_VAN",
                                        OutgoingFlow.unique("Hỏa tốc"),
                                        "NONE",
                                        "lanhdao",
                                        signer,
                                        List.of())
                                .replace("\"urgency\":\"NORMAL\"", "\"urgency\":\"FLASH\""))
                .json()
                .getJsonNumber("id")
                .longValue();
        long normal = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of());

        List<JsonObject> items = author.get("outgoing?list=MY_DRAFTS&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        List<Long> ids =
                items.stream().map(d -> d.getJsonNumber("id").longValue()).toList();
        assertTrue(ids.contains(flash) && ids.contains(normal), ids.toString());
        assertTrue(
                ids.indexOf(flash) < ids.indexOf(normal),
                "the older flash draft comes before the newer normal one: " + ids);
        for (int i = 1; i < items.size(); i++) {
            JsonObject before = items.get(i - 1);
            JsonObject after = items.get(i);
            int rankBefore = Urgency.valueOf(before.getString("urgency")).ordinal();
            int rankAfter = Urgency.valueOf(after.getString("urgency")).ordinal();
            assertTrue(
                    rankBefore > rankAfter
                            || (rankBefore == rankAfter
                                    && !java.time.Instant.parse(before.getString("updatedAt"))
                                            .isBefore(java.time.Instant.parse(after.getString("updatedAt")))),
                    "out of order at " + i + ": " + before + " / " + after);
        }
    }

    @Test
    void IIII_aSecretDocumentIsNeverSentOutsideTheAgency() {
        Api author = flow.as("chuyenvien");
        long before = author.get("outgoing?list=MY_DRAFTS")
                .json()
                .getJsonNumber("total")
                .longValue();
        Api.Reply refused = author.post(
                "outgoing",
                OutgoingFlow.json(
                        "CONG_VAN",
                        "Mật: về việc",
                        "SECRET",
                        "lanhdao",
                        flow.people.get("lanhdao"),
                        List.of(HOME_AFFAIRS)));
        assertProblem(refused, 400, "outgoing.secret.outsideRecipient", "recipients");
        assertEquals(
                before,
                author.get("outgoing?list=MY_DRAFTS")
                        .json()
                        .getJsonNumber("total")
                        .longValue());

        long secret = flow.draft("CONG_VAN", "SECRET", "lanhdao", List.of());
        JsonObject sealed = flow.dispatched(secret, "lanhdao");
        assertEquals("DISPATCHED", sealed.getString("status"));
        assertEquals("Sổ văn bản đi mật", sealed.getString("registerName"), "the secret series");
        assertProblem(
                flow.as("vanthu").post("outgoing/" + secret + "/recipients", "{\"add\":[\"" + FINANCE + "\"]}"),
                400,
                "outgoing.secret.outsideRecipient",
                "recipients");
        assertTrue(recipients(author, secret).isEmpty());
    }

    @Test
    void III1k_aRecipientRefusesAnArrivalWithAReasonAndTheSenderSeesIt() {
        long id = flow.draft("THONG_BAO", "NONE", "lanhdao", List.of(FINANCE));
        flow.dispatched(id, "lanhdao");
        Api finance = flow.as("vanthu.stc");
        long copy = recipients(flow.as("vanthu"), id)
                .get(FINANCE)
                .getJsonNumber("incomingId")
                .longValue();
        assertProblem(
                finance.post("incoming/" + copy + "/refuse", "{\"reason\":\" \"}"), 400, "field.required", "reason");
        JsonObject refused = ok(finance.post("incoming/" + copy + "/refuse", "{\"reason\":\"Gửi nhầm cơ quan\"}"));
        assertEquals("RETURNED", refused.getString("status"));
        JsonObject row = recipients(flow.as("vanthu"), id).get(FINANCE);
        assertEquals("REFUSED", row.getString("status"));
        assertEquals("Gửi nhầm cơ quan", row.getString("reason"));
        assertProblem(
                finance.post("incoming/" + copy + "/refuse", "{\"reason\":\"Lần nữa\"}"),
                409,
                "incoming.refuse.notArrived",
                null);
    }

    @Test
    void III1k_anInternalRecipientsHandlingReachesTheSendersTableAssignedProcessingCompleted() {
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(HOME_AFFAIRS));
        flow.dispatched(id, "lanhdao");
        Api sender = flow.as("vanthu");
        long copy = recipients(sender, id)
                .get(HOME_AFFAIRS)
                .getJsonNumber("incomingId")
                .longValue();
        OutgoingFlow home = new OutgoingFlow(deployment, HOME_AFFAIRS);
        Api clerk = flow.as("vanthu.snv");
        Api director = flow.as("lanhdao.snv");
        long register = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        ok(clerk.post("incoming/" + copy + "/register", "{\"registerId\":" + register + "}"));
        ok(clerk.post("incoming/" + copy + "/present", "{\"leaderId\":" + home.people.get("lanhdao.snv") + "}"));
        assertEquals("REGISTERED", recipients(sender, id).get(HOME_AFFAIRS).getString("status"));

        Api.Reply directed = director.post(
                "incoming/" + copy + "/direction",
                "{\"comment\":\"Văn thư Sở theo dõi, tham mưu\",\"lead\":{\"personId\":"
                        + home.people.get("vanthu.snv") + ",\"deadline\":\""
                        + LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5)
                        + "\"},\"coordinating\":[],\"informed\":[]}");
        assertEquals(200, directed.status(), directed.toString());
        assertEquals("ASSIGNED", recipients(sender, id).get(HOME_AFFAIRS).getString("status"));

        long part = directed.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        ok(clerk.post("incoming/assignments/" + part + "/progress", "{\"text\":\"Đang tổng hợp\"}"));
        assertEquals("PROCESSING", recipients(sender, id).get(HOME_AFFAIRS).getString("status"));

        ok(clerk.post("incoming/assignments/" + part + "/complete", "{\"text\":\"Đã tham mưu\"}"));
        ok(clerk.post("incoming/" + copy + "/complete", "{\"note\":\"Đã giải quyết xong\"}"));
        JsonObject row = recipients(sender, id).get(HOME_AFFAIRS);
        assertEquals("COMPLETED", row.getString("status"));

        List<String> steps =
                sender.get("outgoing/" + id + "/history").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(e -> "RECIPIENT_STATUS".equals(e.getString("action")))
                        .map(e -> e.getString("detail"))
                        .toList();
        for (String status : List.of("REGISTERED", "ASSIGNED", "PROCESSING", "COMPLETED")) {
            assertTrue(steps.stream().anyMatch(d -> d.endsWith(": " + status)), status + " in " + steps);
        }
    }

    @Test
    void IIId_twoLegalNormativeDocumentTypesKeepSeparateNumberSeries() {
        Api clerk = flow.as("vanthu");
        int year = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        Map<String, List<Long>> numbers = new java.util.HashMap<>();
        Map<String, java.util.Set<String>> registers = new java.util.HashMap<>();
        for (String type : List.of("CHI_THI", "NGHI_QUYET", "CHI_THI", "NGHI_QUYET", "CHI_THI")) {
            Api author = flow.as("chuyenvien");
            Api.Reply created = author.post(
                    "outgoing",
                    OutgoingFlow.json(
                                    type,
                                    OutgoingFlow.unique("Văn bản quy phạm"),
                                    "NONE",
                                    "lanhdao",
                                    flow.people.get("lanhdao"),
                                    List.of())
                            .replace("\"documentType\"", "\"legalNormative\":true,\"documentType\""));
            assertEquals(201, created.status(), created.toString());
            long id = created.json().getJsonNumber("id").longValue();
            author.postFile(
                    "outgoing/" + id + "/versions", "vb.pdf", OutgoingFlow.pdf("qppl " + id), "application/pdf");
            flow.signed(id, "lanhdao");
            JsonObject issued = ok(clerk.post("outgoing/" + id + "/issue", "{}"));
            long number = issued.getJsonNumber("issueNumber").longValue();
            String abbreviation = "CHI_THI".equals(type) ? "CT" : "NQ";
            assertEquals(
                    (number < 10 ? "0" : "") + number + "/" + year + "/" + abbreviation + "-UBND",
                    issued.getString("numberAndNotation"));
            numbers.computeIfAbsent(type, t -> new java.util.ArrayList<>()).add(number);
            registers.computeIfAbsent(type, t -> new java.util.HashSet<>()).add(issued.getString("registerName"));
        }
        List<Long> directives = numbers.get("CHI_THI");
        List<Long> resolutions = numbers.get("NGHI_QUYET");
        assertEquals(List.of(directives.get(0), directives.get(0) + 1, directives.get(0) + 2), directives, "no gap");
        assertEquals(List.of(resolutions.get(0), resolutions.get(0) + 1), resolutions, "no gap");
        assertEquals(1, registers.get("CHI_THI").size());
        assertEquals(1, registers.get("NGHI_QUYET").size());
        assertFalse(
                registers.get("CHI_THI").equals(registers.get("NGHI_QUYET")), "one register per type: " + registers);
    }

    @Test
    void III8a_aRecallFreezesTheRecipientsCopiesAndTakesThemOffTheirLists() {
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(HOME_AFFAIRS));
        flow.dispatched(id, "lanhdao");
        Api clerk = flow.as("vanthu");
        long copy = recipients(clerk, id)
                .get(HOME_AFFAIRS)
                .getJsonNumber("incomingId")
                .longValue();
        Api recipient = flow.as("vanthu.snv");
        assertTrue(recipient.get("incoming?size=200").body().contains("\"id\":" + copy));

        assertProblem(clerk.post("outgoing/" + id + "/recall", "{}"), 400, "field.required", "reason");
        JsonObject recalled = ok(clerk.post("outgoing/" + id + "/recall", "{\"reason\":\"Sai số liệu tại mục 2\"}"));
        assertEquals("RECALLED", recalled.getString("status"));
        assertEquals("Sai số liệu tại mục 2", recalled.getString("recallReason"));

        assertEquals("RECALLED", recipients(clerk, id).get(HOME_AFFAIRS).getString("status"));
        assertFalse(recipient.get("incoming?size=200").body().contains("\"id\":" + copy), "out of the list");
        JsonObject frozen = ok(recipient.get("incoming/" + copy));
        assertEquals("RECALLED", frozen.getString("status"));
        assertTrue(actions(recipient, "incoming/" + copy + "/history").contains("RECALLED"));
        assertTrue(actions(clerk, "outgoing/" + id + "/history").containsAll(List.of("RECALLED", "RECIPIENT_STATUS")));
        assertProblem(
                clerk.post("outgoing/" + id + "/recall", "{\"reason\":\"Lần nữa\"}"),
                409,
                "outgoing.notDispatched",
                null);
    }

    @Test
    void recipientsAreAddedAndRemovedAfterDispatch() {
        long id = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(HOME_AFFAIRS));
        flow.dispatched(id, "lanhdao");
        Api clerk = flow.as("vanthu");
        ok(clerk.post("outgoing/" + id + "/recipients", "{\"add\":[\"" + FINANCE + "\"]}"));
        assertEquals("ARRIVED", recipients(clerk, id).get(FINANCE).getString("status"));
        assertProblem(
                clerk.post("outgoing/" + id + "/recipients", "{\"add\":[\"" + FINANCE + "\"]}"),
                400,
                "outgoing.recipient.twice",
                "recipients");
        long copy =
                recipients(clerk, id).get(FINANCE).getJsonNumber("incomingId").longValue();
        ok(clerk.post("outgoing/" + id + "/recipients", "{\"remove\":[\"" + FINANCE + "\"]}"));
        assertEquals("REMOVED", recipients(clerk, id).get(FINANCE).getString("status"));
        assertEquals(
                "RECALLED", ok(flow.as("vanthu.stc").get("incoming/" + copy)).getString("status"));
        assertTrue(actions(clerk, "outgoing/" + id + "/history").contains("RECIPIENTS_UPDATED"));
    }

    @Test
    void aReplacementIsIssuedAsANewDocumentAndTheOldOneIsReplaced() {
        long old = flow.draft("CONG_VAN", "NONE", "lanhdao", List.of(HOME_AFFAIRS));
        String oldNumber = flow.dispatched(old, "lanhdao").getString("numberAndNotation");
        Api author = flow.as("chuyenvien");
        Api.Reply started = author.post("outgoing/" + old + "/replace", "{}");
        assertEquals(201, started.status(), started.toString());
        long replacement = started.json().getJsonNumber("id").longValue();
        assertEquals(old, started.json().getJsonNumber("replacesId").longValue());
        assertEquals(
                List.of(HOME_AFFAIRS),
                started.json().getJsonArray("recipientOrganIds").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        author.postFile(
                "outgoing/" + replacement + "/versions",
                "thay-the.pdf",
                OutgoingFlow.pdf("thay the"),
                "application/pdf");
        flow.dispatched(replacement, "lanhdao");

        JsonObject replaced = ok(flow.as("vanthu").get("outgoing/" + old));
        assertEquals("REPLACED", replaced.getString("status"));
        assertEquals(replacement, replaced.getJsonNumber("replacedById").longValue());
        Map<String, JsonObject> oldTable = recipients(author, old);
        assertEquals("RECALLED", oldTable.get(HOME_AFFAIRS).getString("status"));
        assertEquals(
                "ARRIVED", recipients(author, replacement).get(HOME_AFFAIRS).getString("status"));
        assertTrue(actions(author, "outgoing/" + old + "/history").contains("REPLACED"), oldNumber);
    }

    @Test
    void opinionsAreAskedAnsweredExtendedAndSummarised() {
        long id = flow.draft("KE_HOACH", "NONE", "lanhdao", List.of());
        Api author = flow.as("chuyenvien");
        LocalDate deadline = LocalDate.now().plusDays(3);
        List<JsonObject> asked = author.post(
                        "outgoing/" + id + "/opinions",
                        "{\"personIds\":[" + flow.people.get("chanhvanphong") + "," + flow.people.get("thuky")
                                + "],\"deadline\":\"" + deadline + "\"}")
                .jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(2, asked.size());
        long office = asked.get(0).getJsonNumber("id").longValue();
        long secretary = asked.get(1).getJsonNumber("id").longValue();

        ok(flow.as("thuky").get("outgoing/" + id));
        assertTrue(flow.as("thuky").get("outgoing?list=OPINIONS").body().contains("\"id\":" + id));
        assertProblem(
                flow.as("chanhvanphong").post("outgoing/opinions/" + office + "/answer", "{\"answer\":\"DISAGREE\"}"),
                400,
                "field.required",
                "comment");
        ok(flow.as("chanhvanphong")
                .post(
                        "outgoing/opinions/" + office + "/answer",
                        "{\"answer\":\"DISAGREE\",\"comment\":\"Chưa đủ căn cứ\"}"));
        assertProblem(
                flow.as("truongphong").post("outgoing/opinions/" + secretary + "/answer", "{\"answer\":\"AGREE\"}"),
                403,
                "access.denied",
                null);
        JsonObject extended = ok(author.post(
                "outgoing/opinions/" + secretary + "/extend", "{\"deadline\":\"" + deadline.plusDays(2) + "\"}"));
        assertEquals(deadline.plusDays(2).toString(), extended.getString("deadline"));

        JsonObject summarised = ok(author.post("outgoing/" + id + "/opinions/summary", "{}"));
        String summary = summarised.getString("opinionSummary");
        assertTrue(summary.startsWith("Nhất trí: 0; Không nhất trí: 1; Ý kiến khác: 0; Chưa trả lời: 1"), summary);
        assertTrue(summary.contains("Chưa đủ căn cứ"), summary);
    }

    @Test
    void anAnswerLinksToTheIncomingDocumentItAnswersBothWays() {
        Api clerk = flow.as("vanthu");
        long register = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply incoming = clerk.post(
                "incoming",
                IncomingRegistrationIT.document(
                        register, String.valueOf(System.nanoTime() % 100000), "Đề nghị báo cáo"));
        assertEquals(201, incoming.status(), incoming.toString());
        long incomingId = incoming.json().getJsonNumber("id").longValue();

        Api author = flow.as("chuyenvien");
        Api.Reply created = author.post(
                "outgoing",
                OutgoingFlow.json(
                                "BAO_CAO",
                                "Báo cáo theo đề nghị",
                                "NONE",
                                "lanhdao",
                                flow.people.get("lanhdao"),
                                List.of())
                        .replace(
                                "\"recipientOrganIds\":[]",
                                "\"recipientOrganIds\":[],\"answersIncomingIds\":[" + incomingId + "]"));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(
                incomingId,
                created.json()
                        .getJsonArray("answersIncomingIds")
                        .getJsonNumber(0)
                        .longValue());
        assertTrue(author.get("outgoing/answering/" + incomingId).body().contains("\"id\":" + id));
    }

    @Test
    void theReviewChainIsSetPerDocumentType() {
        Api admin = flow.as("quantri");
        ok(admin.put("outgoing/review-chains/CHUONG_TRINH", "{\"steps\":[\"UNIT_HEAD\",\"LEADER\"]}"));
        assertProblem(
                admin.put("outgoing/review-chains/CHUONG_TRINH", "{\"steps\":[\"LEADER\",\"UNIT_HEAD\"]}"),
                400,
                "outgoing.chain.invalid",
                "steps");
        assertEquals(
                403,
                flow.as("chuyenvien")
                        .put("outgoing/review-chains/CHUONG_TRINH", "{\"steps\":[\"LEADER\"]}")
                        .status());
        long id = flow.draft("CHUONG_TRINH", "NONE", "lanhdao", List.of());
        JsonObject submitted = ok(flow.as("chuyenvien").post("outgoing/" + id + "/submit", "{}"));
        assertEquals(2, submitted.getJsonArray("reviewSteps").size());
    }

    @Test
    void V3_V4_theOutgoingRegisterAndTheHandlingReportPrintAsPdfAndExportToExcel() throws Exception {
        long id = flow.draft("THONG_BAO", "NONE", "lanhdao", List.of(HOME_AFFAIRS));
        JsonObject sent = flow.dispatched(id, "lanhdao");
        String notation = sent.getString("numberAndNotation");
        Api clerk = flow.as("vanthu");
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String query =
                "?registerId=" + sent.getJsonNumber("registerId").longValue() + "&from=" + today + "&to=" + today;

        java.net.http.HttpResponse<byte[]> pdf = clerk.bytes("outgoing/register.pdf" + query);
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI"), flat);
        assertTrue(flat.contains("Người ký") && flat.contains("Nơi nhận văn bản"), flat);
        assertTrue(flat.contains(notation), flat);
        assertTrue(flat.contains("Sở Nội vụ tỉnh Mẫu"), flat);

        java.net.http.HttpResponse<byte[]> xlsx = clerk.bytes("outgoing/register.xlsx" + query);
        assertEquals(200, xlsx.statusCode());
        java.util.List<String> cells = new java.util.ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            for (org.dhatim.fastexcel.reader.Row row : book.getFirstSheet().read()) {
                for (int c = 0; c < row.getCellCount(); c++) {
                    row.getCellAsString(c).ifPresent(cells::add);
                }
            }
        }
        assertTrue(cells.contains(notation), cells.toString());

        java.net.http.HttpResponse<byte[]> report =
                clerk.bytes("outgoing/handling-report.pdf?from=" + today + "&to=" + today);
        assertEquals(200, report.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(report.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Đã phát hành"), text);
        java.net.http.HttpResponse<byte[]> reportXlsx =
                clerk.bytes("outgoing/handling-report.xlsx?from=" + today + "&to=" + today);
        assertEquals(200, reportXlsx.statusCode());
        List<String> row = Sheets.rowWith(Sheets.rows(reportXlsx.body()), notation);
        assertTrue(row.stream().anyMatch(c -> c.contains("Thông báo")), "the type and subject: " + row);
        assertTrue(row.stream().anyMatch(c -> c.startsWith("Đã phát hành")), "the state: " + row);
        assertTrue(row.stream().anyMatch(c -> c.contains("Sở Nội vụ tỉnh Mẫu")), "the recipients: " + row);
        assertTrue(row.stream().anyMatch(c -> c.contains("Lê Văn Lãnh")), "the signer: " + row);
        assertEquals(
                403,
                flow.as("chuyenvien").bytes("outgoing/register.pdf" + query).statusCode());
    }

    @Test
    void theOpenApiDocumentDescribesTheOutgoingResource() {
        java.net.http.HttpResponse<byte[]> openapi = flow.as("chuyenvien").bytes("../../../openapi?format=JSON");
        assertEquals(200, openapi.statusCode());
        String body = new String(openapi.body(), java.nio.charset.StandardCharsets.UTF_8);
        for (String path : List.of(
                "/outgoing/{id}/issue",
                "/outgoing/{id}/agency-signature",
                "/outgoing/{id}/recipients",
                "/outgoing/{id}/sign/prepare")) {
            assertTrue(body.contains(path), path + " in " + body.substring(0, Math.min(300, body.length())));
        }
    }
}
