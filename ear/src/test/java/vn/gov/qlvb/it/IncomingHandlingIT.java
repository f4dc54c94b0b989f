package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.it.AgencyDirectoryIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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

/**
 * Presenting, directing, handling and following up incoming documents through the REST API
 * (Appendix VI III.1.l reminders and statistics, III.1.m distribution and deadlines, III.5.a the
 * handling history, III.3.b access per document): the whole path from the clerk to the lead's
 * completion, directions entered by a secretary and given under delegation, refusals of bad
 * input and of steps out of order, work lists and their counts, and another agency seeing
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncomingHandlingIT {

    private static final String PROVINCE = "000.00.00.H99";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    private final Map<String, Long> people = new HashMap<>();
    private final Map<String, Long> units = new HashMap<>();
    private long register;
    private long secretRegister;
    private static int serial;

    @BeforeEach
    void lookUpPeopleUnitsAndRegisters() {
        Api admin = Api.as(deployment, "quantri");
        for (JsonObject p : admin.get("agencies/" + PROVINCE + "/people?size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (p.containsKey("username") && !p.isNull("username")) {
                people.put(p.getString("username"), p.getJsonNumber("id").longValue());
            }
        }
        for (JsonObject u :
                admin.get("agencies/" + PROVINCE + "/units").jsonArray().getValuesAs(JsonObject.class)) {
            units.put(u.getString("code"), u.getJsonNumber("id").longValue());
        }
        for (JsonObject r :
                Api.as(deployment, "vanthu").get("registers").jsonArray().getValuesAs(JsonObject.class)) {
            if (r.getBoolean("forSecret")) {
                secretRegister = r.getJsonNumber("id").longValue();
            } else if (register == 0) {
                register = r.getJsonNumber("id").longValue();
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------

    private long registered(String subject) {
        return registered(subject, null, "NONE", "NORMAL");
    }

    private long registered(String subject, String arrivalAt, String confidentiality, String urgency) {
        serial++;
        String body = IncomingRegistrationIT.document(
                        "SECRET".equals(confidentiality) ? secretRegister : register,
                        String.valueOf(70000 + serial),
                        subject,
                        arrivalAt,
                        confidentiality)
                .replace("\"urgency\":\"NORMAL\"", "\"urgency\":\"" + urgency + "\"")
                .replace("\"registerId\"", "\"registerDespiteDuplicates\":true,\"registerId\"");
        Api.Reply reply = Api.as(deployment, "vanthu").post("incoming", body);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    private long presented(String subject) {
        long id = registered(subject);
        present(id, "lanhdao");
        return id;
    }

    private void present(long id, String leader) {
        Api.Reply reply = Api.as(deployment, "vanthu")
                .post("incoming/" + id + "/present", "{\"leaderId\":" + people.get(leader) + "}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("PRESENTED", reply.json().getString("status"));
    }

    private String unit(String code, LocalDate deadline) {
        return "{\"unitId\":" + units.get(code) + (deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"") + "}";
    }

    private String person(String username, LocalDate deadline) {
        return "{\"personId\":" + people.get(username) + (deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"")
                + "}";
    }

    private static String direction(String onBehalfOf, String lead, List<String> coordinating, List<String> informed) {
        return "{" + (onBehalfOf == null ? "" : "\"onBehalfOfId\":" + onBehalfOf + ",")
                + "\"comment\":\"Giao Phòng Tổng hợp chủ trì, báo cáo trước hạn\","
                + "\"lead\":" + lead + ",\"coordinating\":[" + String.join(",", coordinating) + "],"
                + "\"informed\":[" + String.join(",", informed) + "]}";
    }

    /** The standard direction: lead TH, coordinating KT, informed VX and chanhvanphong. */
    private JsonArray directed(long id, LocalDate deadline) {
        Api.Reply reply = Api.as(deployment, "lanhdao")
                .post(
                        "incoming/" + id + "/direction",
                        direction(
                                null,
                                unit("TH", deadline),
                                List.of(unit("KT", deadline.minusDays(2))),
                                List.of(unit("VX", null), person("chanhvanphong", null))));
        assertEquals(200, reply.status(), reply.toString());
        return reply.jsonArray();
    }

    private static long idOf(JsonArray parts, String role) {
        return parts.getValuesAs(JsonObject.class).stream()
                .filter(p -> role.equals(p.getString("role")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
    }

    private long assignedTo(String username, long unitPart, LocalDate deadline) {
        Api.Reply reply = Api.as(deployment, "truongphong")
                .post(
                        "incoming/assignments/" + unitPart + "/assign",
                        "{\"personId\":" + people.get(username) + ",\"deadline\":\"" + deadline
                                + "\",\"note\":\"Đề nghị xử lý\"}");
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    private static JsonObject counts(Api who) {
        Api.Reply reply = who.get("incoming/work/counts");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    private static long delta(JsonObject before, JsonObject after, String list) {
        return after.getJsonNumber(list).longValue()
                - before.getJsonNumber(list).longValue();
    }

    private List<JsonObject> history(long id) {
        return Api.as(deployment, "vanthu")
                .get("incoming/" + id + "/history")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(e -> !"VIEWED".equals(e.getString("action")))
                .toList();
    }

    // ---- tests -----------------------------------------------------------------------------

    @Test
    void IIIm_theClerkPresentsTheLeaderDirectsTheUnitDistributesTheSpecialistCompletesAndTheLeadClosesIt() {
        Api clerk = Api.as(deployment, "vanthu");
        Api leader = Api.as(deployment, "lanhdao");
        Api head = Api.as(deployment, "truongphong");
        Api specialist = Api.as(deployment, "chuyenvien");
        Api office = Api.as(deployment, "chanhvanphong");
        long id = registered("Về việc triển khai kế hoạch cải cách hành chính");
        present(id, "lanhdao");
        assertTrue(leader.get("incoming/work/to-direct").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getJsonNumber("id").longValue() == id));

        JsonObject headBefore = counts(head);
        JsonObject officeBefore = counts(office);
        LocalDate deadline = TODAY.plusDays(10);
        JsonArray parts = directed(id, deadline);
        assertEquals(4, parts.size());
        assertEquals("DIRECTED", clerk.get("incoming/" + id).json().getString("status"));
        JsonObject headDirected = counts(head);
        assertEquals(1, delta(headBefore, headDirected, "toProcess"), "the TH part waits for its head");
        assertEquals(1, delta(officeBefore, counts(office), "forInformation"), "chanhvanphong is informed");

        long thPart = idOf(parts, "LEAD");
        JsonObject specialistBefore = counts(specialist);
        long mine = assignedTo("chuyenvien", thPart, deadline.minusDays(1));
        JsonObject headAssigned = counts(head);
        assertEquals(-1, delta(headDirected, headAssigned, "toProcess"));
        assertEquals(1, delta(headDirected, headAssigned, "inProgress"), "redistributed: in progress");
        JsonObject specialistAssigned = counts(specialist);
        assertEquals(1, delta(specialistBefore, specialistAssigned, "toProcess"));
        assertTrue(specialist.get("incoming/work?list=TO_PROCESS&size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .anyMatch(a -> a.getJsonNumber("id").longValue() == mine));
        assertEquals(200, specialist.get("incoming/" + id).status(), "an assignee sees the document");

        Api.Reply progress = specialist.post(
                "incoming/assignments/" + mine + "/progress", "{\"text\":\"Đã làm việc với các sở, đang tổng hợp\"}");
        assertEquals(200, progress.status(), progress.toString());
        assertEquals("IN_PROGRESS", progress.json().getString("status"));
        JsonObject specialistWorking = counts(specialist);
        assertEquals(-1, delta(specialistAssigned, specialistWorking, "toProcess"));
        assertEquals(1, delta(specialistAssigned, specialistWorking, "inProgress"));
        assertEquals("IN_PROGRESS", clerk.get("incoming/" + id).json().getString("status"));

        Api.Reply done =
                specialist.post("incoming/assignments/" + mine + "/complete", "{\"text\":\"Đã có dự thảo báo cáo\"}");
        assertEquals(200, done.status(), done.toString());
        assertEquals("COMPLETED", done.json().getString("status"));
        JsonObject specialistDone = counts(specialist);
        assertEquals(-1, delta(specialistWorking, specialistDone, "inProgress"));
        assertEquals(1, delta(specialistWorking, specialistDone, "done"));

        Api.Reply closed = head.post("incoming/" + id + "/complete", "{\"note\":\"Đã báo cáo Chủ tịch\"}");
        assertEquals(200, closed.status(), closed.toString());
        assertEquals("COMPLETED", closed.json().getString("status"));
        JsonObject headClosed = counts(head);
        assertEquals(-1, delta(headAssigned, headClosed, "inProgress"));
        assertEquals(1, delta(headAssigned, headClosed, "done"));
        assertEquals(1, delta(officeBefore, counts(office), "forInformation"), "still there for information");
        for (JsonObject part :
                clerk.get("incoming/" + id + "/assignments").jsonArray().getValuesAs(JsonObject.class)) {
            assertFalse(
                    List.of("ASSIGNED", "IN_PROGRESS").contains(part.getString("status")),
                    "nothing left open: " + part);
        }

        List<JsonObject> steps = history(id);
        assertEquals(
                List.of(
                        "REGISTERED",
                        "PRESENTED",
                        "DIRECTED",
                        "ASSIGNED",
                        "PROGRESS",
                        "ASSIGNMENT_COMPLETED",
                        "COMPLETED"),
                steps.stream().map(e -> e.getString("action")).toList());
        assertEquals(
                List.of(
                        "Trần Thị Thư",
                        "Trần Thị Thư",
                        "Lê Văn Lãnh",
                        "Đỗ Thị Hương",
                        "Vũ Văn Chuyên",
                        "Vũ Văn Chuyên",
                        "Đỗ Thị Hương"),
                steps.stream().map(e -> e.getString("actor")).toList());
        String direction = steps.get(2).getString("detail");
        assertTrue(
                direction.contains("Chủ trì: Phòng Tổng hợp")
                        && direction.contains("Phối hợp: Phòng Kinh tế")
                        && direction.contains("Để biết: Phòng Văn hóa - Xã hội"),
                direction);
        assertFalse(steps.get(2).containsKey("onBehalfOf") && !steps.get(2).isNull("onBehalfOf"), "in his own name");

        assertProblem(head.post("incoming/" + id + "/complete", "{}"), 409, "incoming.alreadyCompleted", null);
    }

    @Test
    void IIIm_theSpecialistAttachesResultFilesToTheirPartAndOthersMayNot() {
        Api clerk = Api.as(deployment, "vanthu");
        Api specialist = Api.as(deployment, "chuyenvien");
        long id = presented("Về việc báo cáo kết quả kiểm tra");
        JsonArray parts = directed(id, TODAY.plusDays(10));
        long mine = assignedTo("chuyenvien", idOf(parts, "LEAD"), TODAY.plusDays(9));
        long informed = parts.getValuesAs(JsonObject.class).stream()
                .filter(p -> "INFORMED".equals(p.getString("role")) && p.containsKey("personId"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        byte[] report = OutgoingFlow.pdf("ket qua kiem tra");

        Api.Reply attached = specialist.postFile(
                "incoming/assignments/" + mine + "/results", "bao-cao-ket-qua.pdf", report, "application/pdf");
        assertEquals(200, attached.status(), attached.toString());
        assertEquals("IN_PROGRESS", attached.json().getString("status"));
        JsonObject file = attached.json().getJsonArray("results").getJsonObject(0);
        assertEquals("bao-cao-ket-qua.pdf", file.getString("fileName"));
        assertEquals("IN_PROGRESS", clerk.get("incoming/" + id).json().getString("status"));

        // whoever sees the document reads it from the part, and the opening is recorded
        java.net.http.HttpResponse<byte[]> read = clerk.bytes("incoming/assignments/" + mine + "/results/"
                + file.getJsonNumber("id").longValue());
        assertEquals(200, read.statusCode());
        assertTrue(java.util.Arrays.equals(report, read.body()), "the same bytes");
        JsonObject part =
                clerk.get("incoming/" + id + "/assignments").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getJsonNumber("id").longValue() == mine)
                        .findFirst()
                        .orElseThrow();
        assertEquals(1, part.getJsonArray("results").size());

        // not someone else's part, not a part for information, not the original files
        assertProblem(
                Api.as(deployment, "chanhvanphong")
                        .postFile("incoming/assignments/" + mine + "/results", "khac.pdf", report, "application/pdf"),
                403,
                "incoming.assignment.notAssignee",
                null);
        assertProblem(
                Api.as(deployment, "chanhvanphong")
                        .postFile(
                                "incoming/assignments/" + informed + "/results", "khac.pdf", report, "application/pdf"),
                409,
                "incoming.assignment.forInformation",
                null);
        assertEquals(
                403,
                specialist
                        .postFile("incoming/" + id + "/files", "goc.pdf", report, "application/pdf")
                        .status());

        List<JsonObject> steps = history(id);
        JsonObject entry = steps.stream()
                .filter(e -> "RESULT_ATTACHED".equals(e.getString("action")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(steps.toString()));
        assertEquals("Vũ Văn Chuyên", entry.getString("actor"));
        assertTrue(entry.getString("detail").contains("bao-cao-ket-qua.pdf"), entry.toString());
        assertEquals(
                1,
                steps.stream()
                        .filter(e -> "RESULT_ATTACHED".equals(e.getString("action")))
                        .count());

        // a completed part takes no more results
        assertEquals(
                200,
                specialist
                        .post("incoming/assignments/" + mine + "/complete", "{\"text\":\"Đã xong\"}")
                        .status());
        assertProblem(
                specialist.postFile("incoming/assignments/" + mine + "/results", "muon.pdf", report, "application/pdf"),
                409,
                "incoming.assignment.closed",
                null);
    }

    @Test
    void IIIa5_aSecretaryEntersTheChairmansPaperDirectionOnHisBehalf() {
        long id = presented("Về việc tổ chức hội nghị tổng kết");
        Api secretary = Api.as(deployment, "thuky");
        LocalDate deadline = TODAY.plusDays(7);
        assertProblem(
                secretary.post(
                        "incoming/" + id + "/direction", direction(null, unit("TH", deadline), List.of(), List.of())),
                400,
                "field.required",
                "onBehalfOfId");
        assertProblem(
                secretary.post(
                        "incoming/" + id + "/direction",
                        direction(
                                String.valueOf(people.get("chuyenvien")), unit("TH", deadline), List.of(), List.of())),
                400,
                "incoming.direct.onBehalfOf.notLeader",
                "onBehalfOfId");
        Api.Reply reply = secretary.post(
                "incoming/" + id + "/direction",
                direction(
                        String.valueOf(people.get("lanhdao")),
                        unit("TH", deadline),
                        List.of(unit("KT", deadline)),
                        List.of(unit("VX", null))));
        assertEquals(200, reply.status(), reply.toString());
        JsonObject entry = history(id).stream()
                .filter(e -> "DIRECTED".equals(e.getString("action")))
                .findFirst()
                .orElseThrow();
        assertEquals("Ngô Thị Ký", entry.getString("actor"));
        assertEquals("Lê Văn Lãnh", entry.getString("onBehalfOf"));
    }

    @Test
    void IIIm_theDeputyDirectsUnderTheChairmansDelegationAndNobodyElseMay() {
        long id = presented("Về việc phòng chống thiên tai");
        LocalDate deadline = TODAY.plusDays(5);
        String own = direction(null, unit("TH", deadline), List.of(), List.of());
        assertProblem(
                Api.as(deployment, "phochutich").post("incoming/" + id + "/direction", own),
                403,
                "incoming.direct.notPresentedToYou",
                null);
        assertProblem(
                Api.as(deployment, "lanhdao")
                        .post(
                                "incoming/" + id + "/direction",
                                direction(
                                        String.valueOf(people.get("phochutich")),
                                        unit("TH", deadline),
                                        List.of(),
                                        List.of())),
                403,
                "incoming.direct.noDelegation",
                null);
        assertEquals(
                403,
                Api.as(deployment, "truongphong")
                        .post("incoming/" + id + "/direction", own)
                        .status(),
                "a unit head does not direct");
        Api.Reply reply = Api.as(deployment, "phochutich")
                .post(
                        "incoming/" + id + "/direction",
                        direction(String.valueOf(people.get("lanhdao")), unit("TH", deadline), List.of(), List.of()));
        assertEquals(200, reply.status(), reply.toString());
        JsonObject entry = history(id).stream()
                .filter(e -> "DIRECTED".equals(e.getString("action")))
                .findFirst()
                .orElseThrow();
        assertEquals("Phạm Minh Phó", entry.getString("actor"));
        assertEquals("Lê Văn Lãnh", entry.getString("onBehalfOf"));
        assertProblem(
                Api.as(deployment, "lanhdao").post("incoming/" + id + "/direction", own),
                409,
                "incoming.alreadyDirected",
                null);
    }

    @Test
    void IIIm_stepsOutOfOrderAndBadInputAreRefusedWithTheirCodes() {
        Api clerk = Api.as(deployment, "vanthu");
        Api leader = Api.as(deployment, "lanhdao");
        Api head = Api.as(deployment, "truongphong");
        Api specialist = Api.as(deployment, "chuyenvien");
        LocalDate deadline = TODAY.plusDays(10);
        String good = direction(null, unit("TH", deadline), List.of(), List.of());

        long id = registered("Về việc kiểm tra thứ tự các bước");
        assertProblem(leader.post("incoming/" + id + "/direction", good), 409, "incoming.notPresented", null);
        assertProblem(leader.post("incoming/" + id + "/complete", "{}"), 409, "incoming.notDirected", null);
        assertEquals(403, specialist.post("incoming/" + id + "/present", "{}").status(), "only the clerk presents");
        assertProblem(
                clerk.post("incoming/" + id + "/present", "{\"leaderId\":" + people.get("chuyenvien") + "}"),
                400,
                "incoming.present.notLeader",
                "leaderId");
        present(id, "lanhdao");
        assertProblem(clerk.post("incoming/" + id + "/present", "{}"), 409, "incoming.alreadyPresented", null);

        String url = "incoming/" + id + "/direction";
        assertProblem(
                leader.post(url, direction(null, unit("TH", TODAY.minusDays(1)), List.of(), List.of())),
                400,
                "incoming.deadline.beforeArrival",
                "deadline");
        assertProblem(
                leader.post(url, "{\"comment\":\"Không có chủ trì\",\"coordinating\":[" + unit("KT", deadline) + "]}"),
                400,
                "field.required",
                "lead");
        assertProblem(
                leader.post(
                        url,
                        direction(
                                null,
                                "{\"unitId\":" + units.get("TH") + ",\"personId\":" + people.get("chuyenvien")
                                        + ",\"deadline\":\"" + deadline + "\"}",
                                List.of(),
                                List.of())),
                400,
                "incoming.assignee.oneOf",
                "assignee");
        assertProblem(
                leader.post(url, direction(null, unit("TH", deadline), List.of(unit("TH", deadline)), List.of())),
                400,
                "incoming.direction.duplicateAssignee",
                "coordinating");
        assertProblem(
                leader.post(
                        url,
                        direction(null, "{\"unitId\":999999,\"deadline\":\"" + deadline + "\"}", List.of(), List.of())),
                400,
                "incoming.assignee.invalid",
                "unitId");
        assertEquals(
                List.of("REGISTERED", "PRESENTED"),
                history(id).stream().map(e -> e.getString("action")).toList(),
                "refused directions left nothing behind");

        JsonArray parts = directed(id, deadline);
        long thPart = idOf(parts, "LEAD");
        long ktPart = idOf(parts, "COORDINATING");
        long informed = idOf(parts, "INFORMED");
        String assignUrl = "incoming/assignments/" + thPart + "/assign";
        assertProblem(
                head.post(
                        assignUrl,
                        "{\"personId\":" + people.get("chuyenvien") + ",\"deadline\":\"" + deadline.plusDays(1)
                                + "\"}"),
                400,
                "incoming.assign.deadlineAfterParent",
                "deadline");
        assertProblem(
                head.post(assignUrl, "{\"personId\":" + people.get("thuky") + ",\"deadline\":\"" + deadline + "\"}"),
                400,
                "incoming.assign.notInUnit",
                "personId");
        assertProblem(
                head.post(
                        "incoming/assignments/" + ktPart + "/assign",
                        "{\"personId\":" + people.get("chuyenvien") + ",\"deadline\":\"" + deadline + "\"}"),
                403,
                "incoming.assignment.notAssignee",
                null);
        assertEquals(
                403,
                specialist
                        .post(
                                assignUrl,
                                "{\"personId\":" + people.get("chuyenvien") + ",\"deadline\":\"" + deadline + "\"}")
                        .status(),
                "a specialist does not redistribute");
        long mine = assignedTo("chuyenvien", thPart, deadline);

        assertProblem(
                head.post("incoming/assignments/" + mine + "/progress", "{\"text\":\"Làm thay\"}"),
                403,
                "incoming.assignment.notAssignee",
                null);
        assertProblem(
                specialist.post("incoming/assignments/" + thPart + "/complete", "{}"),
                403,
                "incoming.assignment.notAssignee",
                null);
        assertProblem(
                Api.as(deployment, "chanhvanphong").post("incoming/assignments/" + informed + "/complete", "{}"),
                403,
                "incoming.assignment.notAssignee",
                null);
        assertProblem(
                specialist.post("incoming/assignments/" + mine + "/progress", "{\"text\":\" \"}"),
                400,
                "field.required",
                "text");
        assertProblem(
                specialist.post("incoming/assignments/" + mine + "/return", "{}"), 400, "field.required", "reason");

        // extension: a later date, one at a time, answered by the assigner only
        String ext = "incoming/assignments/" + mine + "/extension";
        assertProblem(
                specialist.post(ext, "{\"wantedDeadline\":\"" + deadline + "\"}"),
                400,
                "incoming.extension.notLater",
                "wantedDeadline");
        Api.Reply asked = specialist.post(
                ext, "{\"wantedDeadline\":\"" + deadline.plusDays(3) + "\",\"reason\":\"Chờ số liệu\"}");
        assertEquals(200, asked.status(), asked.toString());
        assertEquals(deadline.plusDays(3).toString(), asked.json().getString("wantedDeadline"));
        assertProblem(
                specialist.post(ext, "{\"wantedDeadline\":\"" + deadline.plusDays(4) + "\"}"),
                409,
                "incoming.extension.pending",
                null);
        assertProblem(
                specialist.post(ext + "/answer", "{\"granted\":true}"), 403, "incoming.extension.notAssigner", null);
        assertProblem(
                head.post(ext + "/answer", "{\"granted\":true}"),
                400,
                "incoming.assign.deadlineAfterParent",
                "wantedDeadline");
        Api.Reply refused = head.post(ext + "/answer", "{\"granted\":false,\"comment\":\"Không gia hạn\"}");
        assertEquals(200, refused.status(), refused.toString());
        assertEquals(deadline.toString(), refused.json().getString("deadline"));
        assertProblem(head.post(ext + "/answer", "{\"granted\":true}"), 409, "incoming.extension.none", null);

        Api.Reply leaderExt = head.post(
                "incoming/assignments/" + thPart + "/extension",
                "{\"wantedDeadline\":\"" + deadline.plusDays(5) + "\"}");
        assertEquals(200, leaderExt.status(), leaderExt.toString());
        Api.Reply granted = leader.post(
                "incoming/assignments/" + thPart + "/extension/answer", "{\"granted\":true,\"comment\":\"Đồng ý\"}");
        assertEquals(200, granted.status(), granted.toString());
        assertEquals(deadline.plusDays(5).toString(), granted.json().getString("deadline"));

        assertEquals(
                200,
                specialist
                        .post("incoming/assignments/" + mine + "/complete", "{}")
                        .status());
        assertProblem(
                specialist.post("incoming/assignments/" + mine + "/complete", "{}"),
                409,
                "incoming.assignment.alreadyCompleted",
                null);
        assertProblem(specialist.post("incoming/" + id + "/complete", "{}"), 403, "incoming.complete.notLead", null);
        assertProblem(
                Api.as(deployment, "chanhvanphong")
                        .post("incoming/assignments/" + informed + "/progress", "{\"text\":\"x\"}"),
                403,
                "incoming.assignment.notAssignee",
                null);
        List<String> actions =
                history(id).stream().map(e -> e.getString("action")).toList();
        assertTrue(
                actions.containsAll(List.of("EXTENSION_REQUESTED", "EXTENSION_REFUSED", "EXTENSION_GRANTED")),
                actions.toString());
    }

    @Test
    void IIIm_overdueAndUrgentWorkListsFollowDeadlinesAndUrgency() {
        Api specialist = Api.as(deployment, "chuyenvien");
        JsonObject before = counts(specialist);
        // arrived three weeks ago, due yesterday: overdue today
        String arrival = TODAY.minusDays(21)
                .atTime(9, 0)
                .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
                .toInstant()
                .toString();
        long late = registered("Về việc báo cáo đã quá hạn", arrival, "NONE", "NORMAL");
        present(late, "lanhdao");
        Api.Reply d = Api.as(deployment, "lanhdao")
                .post(
                        "incoming/" + late + "/direction",
                        direction(null, person("chuyenvien", TODAY.minusDays(1)), List.of(), List.of()));
        assertEquals(200, d.status(), d.toString());
        long urgent = registered("Về việc thượng khẩn", null, "NONE", "FLASH");
        present(urgent, "lanhdao");
        Api.Reply u = Api.as(deployment, "lanhdao")
                .post(
                        "incoming/" + urgent + "/direction",
                        direction(null, person("chuyenvien", TODAY.plusDays(30)), List.of(), List.of()));
        assertEquals(200, u.status(), u.toString());

        JsonObject after = counts(specialist);
        assertEquals(1, delta(before, after, "overdue"));
        assertEquals(2, delta(before, after, "toProcess"));
        List<JsonObject> overdue = specialist
                .get("incoming/work?list=OVERDUE&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertTrue(overdue.stream().anyMatch(a -> a.getJsonNumber("documentId").longValue() == late));
        assertTrue(overdue.stream().allMatch(a -> a.getBoolean("overdue")));
        List<JsonObject> toProcess = specialist
                .get("incoming/work?list=TO_PROCESS&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals("FLASH", toProcess.get(0).getString("urgency"), "urgent first");
    }

    @Test
    void III8_aSecretDocumentIsSeenByItsAssigneeAndAnotherAgencySeesNothing() {
        long id = registered("Về việc tài liệu mật giao xử lý", null, "SECRET", "NORMAL");
        present(id, "lanhdao");
        Api leader = Api.as(deployment, "lanhdao");
        assertEquals(200, leader.get("incoming/" + id).status(), "presented to him: he sees it to direct it");
        assertEquals(404, Api.as(deployment, "phochutich").get("incoming/" + id).status());
        Api.Reply d = leader.post(
                "incoming/" + id + "/direction",
                direction(null, person("chuyenvien", TODAY.plusDays(3)), List.of(), List.of()));
        assertEquals(200, d.status(), d.toString());
        long part = d.jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, Api.as(deployment, "chuyenvien").get("incoming/" + id).status());
        assertEquals(
                404, Api.as(deployment, "truongphong").get("incoming/" + id).status());

        for (String outsider : List.of("vanthu.snv", "lanhdao.snv")) {
            Api other = Api.as(deployment, outsider);
            assertEquals(404, other.get("incoming/" + id).status(), outsider);
            assertEquals(404, other.get("incoming/" + id + "/assignments").status(), outsider);
            assertEquals(404, other.get("incoming/" + id + "/history").status(), outsider);
            assertEquals(
                    404,
                    other.post("incoming/assignments/" + part + "/progress", "{\"text\":\"x\"}")
                            .status());
            assertEquals(
                    404,
                    other.get("incoming/" + (id + 1000000) + "/assignments").status(),
                    "guessed id");
            JsonObject counts = counts(other);
            assertEquals(
                    0,
                    counts.getJsonNumber("toProcess").longValue()
                            + counts.getJsonNumber("inProgress").longValue());
        }
        assertEquals(
                404,
                Api.as(deployment, "lanhdao.snv")
                        .post("incoming/" + id + "/direction", direction(null, unit("TH", TODAY), List.of(), List.of()))
                        .status());
        assertEquals(
                404,
                Api.as(deployment, "vanthu.snv")
                        .post("incoming/" + id + "/present", "{}")
                        .status());
    }

    @Test
    void IIIl_remindersOfThreeGradesAndTheAutomaticOnesAreRecordedAndCounted() {
        long id = presented("Về việc đôn đốc thực hiện");
        LocalDate deadline = TODAY.plusDays(6);
        JsonArray parts = directed(id, deadline);
        long mine = assignedTo("chuyenvien", idOf(parts, "LEAD"), deadline.minusDays(1));
        String stats = "incoming/work/reminders?from=" + TODAY + "&to=" + TODAY.plusDays(60);
        Api leader = Api.as(deployment, "lanhdao");
        long before = countFor(leader.get(stats).jsonArray(), "Vũ Văn Chuyên", null);

        Api.Reply critic = leader.post(
                "incoming/assignments/" + mine + "/reminders",
                "{\"grade\":\"CRITICISM\",\"comment\":\"Chậm tiến độ\"}");
        assertEquals(201, critic.status(), critic.toString());
        Api.Reply notice = Api.as(deployment, "truongphong")
                .post(
                        "incoming/assignments/" + mine + "/reminders",
                        "{\"grade\":\"NOTICE\",\"comment\":\"Khẩn trương\"}");
        assertEquals(201, notice.status(), notice.toString());
        assertEquals(
                403,
                Api.as(deployment, "chuyenvien")
                        .post("incoming/assignments/" + mine + "/reminders", "{\"grade\":\"REVIEW\"}")
                        .status());
        assertProblem(
                leader.post("incoming/assignments/" + mine + "/reminders", "{\"comment\":\"Không cấp độ\"}"),
                400,
                "field.required",
                "grade");
        assertProblem(
                leader.post("incoming/assignments/" + idOf(parts, "INFORMED") + "/reminders", "{\"grade\":\"NOTICE\"}"),
                409,
                "incoming.remind.notOpen",
                null);

        // the day before the specialist's deadline the system reminds once, however often it runs
        Api admin = Api.as(deployment, "quantri");
        String run = "incoming/work/reminders/automatic?day=" + deadline.minusDays(2);
        Api.Reply first = admin.post(run, "");
        assertEquals(200, first.status(), first.toString());
        assertTrue(first.json().getInt("sent") >= 1, first.toString());
        assertEquals(200, admin.post(run, "").status());
        assertEquals(403, leader.post(run, "").status(), "only an administrator runs them by hand");

        List<JsonObject> reminders = history(id).stream()
                .filter(e -> "REMINDED".equals(e.getString("action")))
                .toList();
        assertEquals(
                List.of("Lê Văn Lãnh", "Đỗ Thị Hương", "Hệ thống QLVB"),
                reminders.stream()
                        .filter(e -> e.getString("detail").contains("Vũ Văn Chuyên"))
                        .map(e -> e.getString("actor"))
                        .toList());
        assertTrue(reminders.get(0).getString("detail").startsWith("Phê bình"), reminders.toString());

        JsonArray counted = leader.get(stats).jsonArray();
        assertEquals(before + 3, countFor(counted, "Vũ Văn Chuyên", null), counted.toString());
        assertTrue(countFor(counted, "Vũ Văn Chuyên", "CRITICISM") >= 1, counted.toString());
        assertTrue(counted.getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> "Phòng Tổng hợp".equals(c.getString("unitName", null))));
        JsonArray own = Api.as(deployment, "chuyenvien").get(stats).jsonArray();
        assertTrue(
                own.getValuesAs(JsonObject.class).stream()
                        .allMatch(c -> "Vũ Văn Chuyên".equals(c.getString("personName", null))),
                own.toString());
        assertEquals(0, Api.as(deployment, "lanhdao.snv").get(stats).jsonArray().size());
    }

    @Test
    void IIIm_aLeadersRoutingRuleSendsInvitationsStraightToTheOfficeAsLead() {
        Api leader = Api.as(deployment, "lanhdao");
        Api office = Api.as(deployment, "chanhvanphong");
        assertEquals(
                403,
                Api.as(deployment, "vanthu")
                        .put("incoming/routing-rules/GIAY_MOI", "{\"unitId\":" + units.get("VP") + "}")
                        .status(),
                "leaders set the rules");
        assertProblem(
                leader.put(
                        "incoming/routing-rules/GIAY_MOI", "{\"unitId\":" + units.get("VP") + ",\"deadlineDays\":400}"),
                400,
                "incoming.routing.days",
                "deadlineDays");
        Api.Reply set = leader.put(
                "incoming/routing-rules/GIAY_MOI", "{\"unitId\":" + units.get("VP") + ",\"deadlineDays\":3}");
        assertEquals(200, set.status(), set.toString());
        try {
            JsonObject before = counts(office);
            serial++;
            String body = IncomingRegistrationIT.document(
                            register, String.valueOf(90000 + serial), "Giấy mời họp giao ban")
                    .replace("\"CONG_VAN\"", "\"GIAY_MOI\"")
                    .replace("\"registerId\"", "\"registerDespiteDuplicates\":true,\"registerId\"");
            Api clerk = Api.as(deployment, "vanthu");
            long id = clerk.post("incoming", body).json().getJsonNumber("id").longValue();
            Api.Reply routed = clerk.post("incoming/" + id + "/present", "{}");
            assertEquals(200, routed.status(), routed.toString());
            assertEquals("DIRECTED", routed.json().getString("status"));
            JsonObject lead =
                    clerk.get("incoming/" + id + "/assignments").jsonArray().getJsonObject(0);
            assertEquals("LEAD", lead.getString("role"));
            assertEquals(units.get("VP"), lead.getJsonNumber("unitId").longValue());
            assertEquals(TODAY.plusDays(3).toString(), lead.getString("deadline"));
            assertEquals(1, delta(before, counts(office), "toProcess"));
            JsonObject directed = history(id).stream()
                    .filter(e -> "DIRECTED".equals(e.getString("action")))
                    .findFirst()
                    .orElseThrow();
            assertEquals("Trần Thị Thư", directed.getString("actor"));
            assertEquals("Lê Văn Lãnh", directed.getString("onBehalfOf"));
        } finally {
            assertEquals(204, leader.delete("incoming/routing-rules/GIAY_MOI").status());
        }
        assertProblem(leader.delete("incoming/routing-rules/GIAY_MOI"), 404, "incoming.routing.notFound", null);
    }

    private static long countFor(JsonArray counts, String person, String grade) {
        return counts.getValuesAs(JsonObject.class).stream()
                .filter(c -> person.equals(c.getString("personName", null)))
                .filter(c -> grade == null || grade.equals(c.getString("grade")))
                .mapToLong(c -> c.getJsonNumber("count").longValue())
                .sum();
    }

    @Test
    void V2_theReportOnHandlingOfIncomingDocumentsNamesTheLeadDeadlineAndProgress() throws Exception {
        long id = presented("Về việc rà soát hồ sơ đất đai để báo cáo tình hình giải quyết");
        directed(id, LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(5));
        String today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        java.net.http.HttpResponse<byte[]> pdf =
                Api.as(deployment, "vanthu").bytes("incoming/handling-report.pdf?from=" + today + "&to=" + today);
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN"), text);
        assertTrue(text.contains("rà soát hồ sơ đất đai"), text);
        assertTrue(text.contains("Phòng Tổng hợp"), text);
        assertTrue(text.contains("Đang giải quyết"), text);
        java.net.http.HttpResponse<byte[]> xlsx =
                Api.as(deployment, "lanhdao").bytes("incoming/handling-report.xlsx?from=" + today + "&to=" + today);
        assertEquals(200, xlsx.statusCode());
        List<List<String>> rows = Sheets.rows(xlsx.body());
        assertTrue(
                rows.stream().limit(10).anyMatch(r -> String.join(" ", r).contains("BÁO CÁO TÌNH HÌNH GIẢI QUYẾT")),
                rows.toString());
        List<String> row = Sheets.rowWith(rows, "rà soát hồ sơ đất đai");
        assertTrue(row.contains("Phòng Tổng hợp"), "the lead: " + row);
        assertTrue(row.contains("Đang giải quyết"), "the state: " + row);
        long arrival = Api.as(deployment, "vanthu")
                .get("incoming/" + id)
                .json()
                .getJsonNumber("arrivalNumber")
                .longValue();
        assertTrue(
                row.stream().anyMatch(c -> c.equals(String.valueOf(arrival)) || c.equals(arrival + ".0")),
                "the arrival number " + arrival + ": " + row);
    }
}
