package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.it.AgencyDirectoryIT.assertProblem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registering incoming documents through the REST API: arrival numbers (Appendix VI III.1.đ),
 * the duplicate warning (III.1.h), the fields and their bad input (II.II), the history, and who
 * sees what, including secret documents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncomingRegistrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    static String document(long registerId, String number, String subject) {
        return document(registerId, number, subject, null, "NONE");
    }

    static String document(long registerId, String number, String subject, String arrivalAt, String confidentiality) {
        return """
                {"registerId":%d,"channel":"PAPER",%s"documentType":"CONG_VAN","codeNumber":"%s",
                 "codeNotation":"UBND-VX","issuedDate":"2024-12-20","issuerName":"Ủy ban nhân dân huyện Đông Sơn",
                 "subject":"%s","pageCount":2,"signerPosition":"Chủ tịch","signerName":"Nguyễn Văn A",
                 "urgency":"NORMAL","confidentiality":"%s","recipients":"Văn phòng UBND tỉnh"}"""
                .formatted(
                        registerId,
                        arrivalAt == null ? "" : "\"arrivalAt\":\"" + arrivalAt + "\",",
                        number,
                        subject,
                        confidentiality);
    }

    private long openRegister(Api clerk, String name, boolean secret) {
        Api.Reply reply = clerk.post(
                "registers",
                """
                {"name":"%s","kind":"INCOMING","forSecret":%s}""".formatted(name, secret));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void IIIđ_arrivalNumbersFromTwentyConcurrentClerksRunFromOneWithoutGapOrRepeat() throws Exception {
        Api clerk = Api.as(deployment, "vanthu");
        long register = openRegister(clerk, "Sổ thử cấp số đồng thời", false);
        int threads = 20;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                List<Long> numbers = new ArrayList<>();
                Api own = Api.as(deployment, "vanthu");
                for (int i = 0; i < perThread; i++) {
                    Api.Reply reply = own.post(
                            "incoming",
                            document(
                                    register,
                                    String.valueOf(20000 + thread * 100 + i),
                                    "Đồng thời " + thread + "-" + i));
                    assertEquals(201, reply.status(), reply.toString());
                    numbers.add(reply.json().getJsonNumber("arrivalNumber").longValue());
                }
                return numbers;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        Set<Long> distinct = new TreeSet<>(all);
        assertEquals(threads * perThread, all.size());
        assertEquals(all.size(), distinct.size(), "no number given twice");
        assertEquals(
                LongStream.rangeClosed(1, threads * perThread).boxed().collect(Collectors.toSet()),
                distinct,
                "1..N, no gap");
        int year =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        JsonObject page = clerk.get("incoming?registerId=" + register + "&year=" + year + "&size=5")
                .json();
        assertEquals(threads * perThread, page.getInt("total"), "the year's total, taken from the series");
        assertEquals(
                threads * perThread,
                page.getJsonArray("items").getJsonObject(0).getInt("arrivalNumber"),
                "newest first");
    }

    @Test
    void IIIđ_numberingRestartsOnTheFirstOfJanuaryVietnamTime() {
        Api clerk = Api.as(deployment, "vanthu");
        long register = openRegister(clerk, "Sổ thử sang năm", false);
        // 23:00 and 23:59 on 31 December 2024 in Vietnam, then 00:00 on 1 January 2025 (UTC+7).
        assertEquals(
                1,
                arrival(clerk.post(
                        "incoming", document(register, "901", "Cuối năm 1", "2024-12-31T16:00:00Z", "NONE"))));
        assertEquals(
                2,
                arrival(clerk.post(
                        "incoming", document(register, "902", "Cuối năm 2", "2024-12-31T16:59:00Z", "NONE"))));
        Api.Reply january =
                clerk.post("incoming", document(register, "903", "Đầu năm", "2024-12-31T17:00:00Z", "NONE"));
        assertEquals(1, arrival(january));
        assertEquals(2025, january.json().getInt("arrivalYear"));
    }

    private static long arrival(Api.Reply reply) {
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("arrivalNumber").longValue();
    }

    @Test
    void IIIh_aProbableDuplicateIsWarnedAndRegisteredOnlyWhenTheClerkConfirms() {
        Api clerk = Api.as(deployment, "vanthu");
        long register = openRegister(clerk, "Sổ thử trùng", false);
        long first = arrival(clerk.post("incoming", document(register, "77", "Về việc báo cáo tình hình")));
        Api.Reply again = clerk.post("incoming", document(register, "77", "Về việc báo cáo tình hình (bản sao)"));
        assertProblem(again, 409, "incoming.duplicate", null);
        assertTrue(again.json().getString("message").contains(first + "/"), again.body());
        String confirmed = document(register, "77", "Về việc báo cáo tình hình (bản sao)")
                .replace("\"registerId\"", "\"registerDespiteDuplicates\":true,\"registerId\"");
        assertEquals(first + 1, arrival(clerk.post("incoming", confirmed)), "the refused attempt used no number");
    }

    @Test
    void IIII_badInputIsRefusedNamingTheFieldAndUsesNoNumber() {
        Api clerk = Api.as(deployment, "vanthu");
        long register = openRegister(clerk, "Sổ thử dữ liệu sai", false);
        assertProblem(clerk.post("incoming", document(register, "1", " ")), 400, "field.required", "subject");
        assertProblem(
                clerk.post("incoming", document(register, "2", "Tương lai", "2099-01-01T00:00:00Z", "NONE")),
                400,
                "incoming.arrival.future",
                "arrivalAt");
        assertProblem(
                clerk.post(
                        "incoming",
                        document(register, "3", "Hạn trước ngày đến")
                                .replace("\"recipients\"", "\"dueDate\":\"2020-01-01\",\"recipients\"")),
                400,
                "incoming.dueDate.beforeArrival",
                "dueDate");
        assertProblem(
                clerk.post(
                        "incoming",
                        document(register, "4", "Ngày văn bản sau ngày đến", "2024-12-01T00:00:00Z", "NONE")),
                400,
                "incoming.issuedDate.afterArrival",
                "issuedDate");
        assertProblem(
                clerk.post("incoming", document(register, "5", "S".repeat(501))), 400, "field.tooLong", "subject");
        assertProblem(
                clerk.post("incoming", document(register, "6", "Mật vào sổ thường", null, "SECRET")),
                400,
                "incoming.register.secrecy",
                "registerId");
        assertEquals(1, arrival(clerk.post("incoming", document(register, "7", "Hợp lệ"))), "no number was used");
    }

    @Test
    void onlyAClerkRegisters() {
        long register = Api.as(deployment, "vanthu")
                .get("registers")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Reply reply =
                Api.as(deployment, "chuyenvien").post("incoming", document(register, "8", "Chuyên viên vào sổ"));
        assertEquals(403, reply.status(), reply.toString());
    }

    @Test
    void theClerkOpensRenamesClosesAndReopensRegistersAndTheLastOpenOneStays() {
        Api clerk = Api.as(deployment, "vanthu");
        String name = "Sổ văn bản đến của Ban tiếp công dân " + System.nanoTime() % 100000;
        Api.Reply opened =
                clerk.post("registers", "{\"name\":\"" + name + "\",\"kind\":\"INCOMING\",\"forSecret\":false}");
        assertEquals(201, opened.status(), opened.toString());
        long id = opened.json().getJsonNumber("id").longValue();
        assertEquals(
                409,
                clerk.post("registers", "{\"name\":\"" + name + "\",\"kind\":\"INCOMING\"}")
                        .status());

        Api.Reply renamed = clerk.put("registers/" + id, "{\"name\":\"" + name + " (mới)\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(name + " (mới)", renamed.json().getString("name"));
        Api.Reply taken = clerk.put("registers/" + id, "{\"name\":\"Sổ văn bản đến\",\"active\":false}");
        assertEquals(409, taken.status(), taken.toString());
        assertTrue(taken.body().contains("register.nameTaken"), taken.body());
        assertTrue(
                clerk.get("registers").body().contains(name + " (mới)"),
                "a refused change closes nothing: the register is still open");

        assertEquals(200, clerk.put("registers/" + id, "{\"active\":false}").status());
        assertFalse(clerk.get("registers").body().contains(name), "a closed register takes no new document");
        assertTrue(clerk.get("registers?all=true").body().contains(name), "but the clerk still manages it");
        assertEquals(200, clerk.put("registers/" + id, "{\"active\":true}").status());
        assertTrue(clerk.get("registers").body().contains(name));

        long secret = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply last = clerk.put("registers/" + secret, "{\"active\":false}");
        assertEquals(409, last.status(), last.toString());
        assertTrue(last.body().contains("register.lastOpen"), last.body());
        assertEquals(
                403,
                Api.as(deployment, "chuyenvien")
                        .put("registers/" + id, "{\"active\":false}")
                        .status());
        assertEquals(
                404,
                Api.as(deployment, "vanthu.snv")
                        .put("registers/" + id, "{\"active\":false}")
                        .status(),
                "another agency's register does not exist for them");
    }

    @Test
    void IIIa5_theHistoryRecordsRegistrationAndEveryViewWithWhoAndWhen() {
        Api clerk = Api.as(deployment, "vanthu");
        long register = clerk.get("registers")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Reply registered = clerk.post("incoming", document(register, "3101", "Xem lịch sử"));
        assertEquals(201, registered.status(), registered.toString());
        long id = registered.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as(deployment, "lanhdao").get("incoming/" + id).status());
        JsonArray history = clerk.get("incoming/" + id + "/history").jsonArray();
        assertEquals("REGISTERED", history.getJsonObject(0).getString("action"));
        assertEquals("Trần Thị Thư", history.getJsonObject(0).getString("actor"));
        assertTrue(history.stream()
                .map(JsonObject.class::cast)
                .anyMatch(e -> "VIEWED".equals(e.getString("action")) && "Lê Văn Lãnh".equals(e.getString("actor"))));
    }

    @Test
    void III8_aSecretDocumentIsSeenByTheClerkButNotByTheLeaderAndNeverByAnotherAgency() {
        Api clerk = Api.as(deployment, "vanthu");
        long secretRegister = clerk.get("registers").jsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(r -> r.getBoolean("forSecret"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        long id = clerk.post("incoming", document(secretRegister, "41", "Tài liệu mật thử nghiệm", null, "SECRET"))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(200, clerk.get("incoming/" + id).status());
        assertEquals(404, Api.as(deployment, "lanhdao").get("incoming/" + id).status());
        assertEquals(
                0,
                Api.as(deployment, "lanhdao")
                        .get("incoming?q=m%E1%BA%ADt%20th%E1%BB%AD")
                        .json()
                        .getInt("total"));
        assertEquals(1, clerk.get("incoming?q=m%E1%BA%ADt%20th%E1%BB%AD").json().getInt("total"));
        assertEquals(404, Api.as(deployment, "vanthu.snv").get("incoming/" + id).status(), "another agency's clerk");
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        13,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        2,
        0,
        0,
        0
    };

    @Test
    void IIIb_anOriginalPdfIsStoredVerifiedAndShownInlineAndEveryOpeningIsRecorded() {
        Api clerk = Api.as(deployment, "vanthu");
        long register = clerk.get("registers")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Reply registered = clerk.post("incoming", document(register, "6101", "Văn bản có tệp đính kèm"));
        assertEquals(201, registered.status(), registered.toString());
        long id = registered.json().getJsonNumber("id").longValue();

        Api.Reply attached = clerk.postFile("incoming/" + id + "/files", "Công văn 6101.pdf", PDF, "application/pdf");
        assertEquals(201, attached.status(), attached.toString());
        long fileId = attached.json().getJsonNumber("id").longValue();
        assertEquals("application/pdf", attached.json().getString("mediaType"));

        java.net.http.HttpResponse<byte[]> file =
                Api.as(deployment, "lanhdao").bytes("incoming/" + id + "/files/" + fileId);
        assertEquals(200, file.statusCode());
        assertTrue(java.util.Arrays.equals(PDF, file.body()), "the same bytes come back");
        assertTrue(file.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("inline"));

        JsonArray history = clerk.get("incoming/" + id + "/history").jsonArray();
        assertTrue(history.stream().map(JsonObject.class::cast).anyMatch(e -> "FILE_ATTACHED"
                .equals(e.getString("action"))));
        assertTrue(history.stream()
                .map(JsonObject.class::cast)
                .anyMatch(
                        e -> "DOWNLOADED".equals(e.getString("action")) && "Lê Văn Lãnh".equals(e.getString("actor"))));
        assertEquals(1, clerk.get("incoming/" + id).json().getJsonArray("files").size());
        assertEquals(
                404,
                Api.as(deployment, "vanthu.snv")
                        .bytes("incoming/" + id + "/files/" + fileId)
                        .statusCode());
    }

    @Test
    void IIIb_aFileThatIsNotWhatItsNameSaysIsRefusedAndNothingIsAttached() {
        Api clerk = Api.as(deployment, "vanthu");
        long register = clerk.get("registers")
                .jsonArray()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        long id = clerk.post("incoming", document(register, "6102", "Tệp giả mạo"))
                .json()
                .getJsonNumber("id")
                .longValue();
        assertProblem(
                clerk.postFile("incoming/" + id + "/files", "bao-cao.pdf", PNG, "application/pdf"),
                400,
                "file.typeMismatch",
                "file");
        assertEquals(0, clerk.get("incoming/" + id).json().getJsonArray("files").size());
    }

    @Test
    void V1_theIncomingRegisterPrintsAsPdfWithTheDecreesColumnsAndExportsToExcelWithTheRows() throws Exception {
        Api clerk = Api.as(deployment, "vanthu");
        long register = openRegister(clerk, "Sổ thử in sổ", false);
        arrival(clerk.post("incoming", document(register, "7101", "Về việc kiểm kê tài sản công năm 2026")));
        arrival(clerk.post("incoming", document(register, "7102", "Về việc tuyển dụng viên chức giáo dục")));
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String query = "?registerId=" + register + "&from=" + today + "&to=" + today;

        java.net.http.HttpResponse<byte[]> pdf = clerk.bytes("incoming/register.pdf" + query);
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8));
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"), flat);
        assertTrue(flat.contains("Số đến") && flat.contains("Tác giả") && flat.contains("Ký nhận"), flat);
        assertTrue(flat.contains("kiểm kê tài sản công"), flat);
        assertTrue(flat.contains("Trần Thị Thư"), "the print mark names who printed it: " + flat);

        java.net.http.HttpResponse<byte[]> xlsx = clerk.bytes("incoming/register.xlsx" + query);
        assertEquals(200, xlsx.statusCode());
        List<String> cells = new ArrayList<>();
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
                new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            for (org.dhatim.fastexcel.reader.Row row : book.getFirstSheet().read()) {
                for (int c = 0; c < row.getCellCount(); c++) {
                    row.getCellAsString(c).ifPresent(cells::add);
                }
            }
        }
        assertTrue(cells.stream().anyMatch(c -> c.contains("Về việc kiểm kê tài sản công năm 2026")), cells.toString());
        assertTrue(cells.stream().anyMatch(c -> c.contains("Về việc tuyển dụng viên chức giáo dục")), cells.toString());

        java.net.http.HttpResponse<byte[]> reversed =
                clerk.bytes("incoming/register.pdf?registerId=" + register + "&from=" + today + "&to=2020-01-01");
        assertEquals(400, reversed.statusCode());
        assertTrue(
                new String(reversed.body(), java.nio.charset.StandardCharsets.UTF_8).contains("report.period.invalid"));
        assertEquals(
                403,
                Api.as(deployment, "chuyenvien")
                        .bytes("incoming/register.pdf" + query)
                        .statusCode());
    }
}
