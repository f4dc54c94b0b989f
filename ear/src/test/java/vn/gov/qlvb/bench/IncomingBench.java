package vn.gov.qlvb.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.gov.qlvb.production.ServerProcess;

/**
 * The incoming benchmark (README "Benchmarks"): a production-shaped server on PostgreSQL with
 * {@code bench.documents} incoming documents (default 1,000,000) of one agency over four years,
 * each with its registration entry in the history; then the latency of the register's first
 * page, of filtered register queries and of opening a document, measured from a client on the
 * same machine (so it includes HTTP on loopback: an upper bound of the server-side time).
 *
 * <p>Run with {@code ./mvnw -Pbench verify}; not part of the test suite. Reports, asserts
 * nothing: the figures go to {@code ear/target/bench/incoming.txt}.
 */
class IncomingBench {

    private static final int DOCUMENTS = Integer.getInteger("bench.documents", 1_000_000);
    private static final int SAMPLES = Integer.getInteger("bench.samples", 300);
    private static final String DATABASE = "qlvb_bench";

    @Test
    void incomingAtScale() throws Exception {
        StringBuilder report = new StringBuilder();
        try (ServerProcess server = ServerProcess.copyOfProvisionedServer("bench-wildfly", 600)) {
            server.installPostgresql(DATABASE);
            server.deployQlvb();
            server.start(
                    "-Dqlvb.bootstrap.organId=000.00.00.H47",
                    "-Dqlvb.bootstrap.agencyName=Ủy ban nhân dân tỉnh Thử nghiệm");
            server.awaitReady(Duration.ofMinutes(3));
            Matcher m = Pattern.compile("administrator 'quantri' created with the one-time password (\\S+) ")
                    .matcher(server.serverLog());
            if (!m.find()) {
                throw new IllegalStateException("no bootstrap password in the log");
            }
            String api = "http://localhost:" + server.httpPort() + "/qlvb/api/v1/";
            Client admin = new Client(api, "quantri", m.group(1));
            admin.send(
                    "POST",
                    "agencies/000.00.00.H47/people",
                    """
                    {"fullName":"Văn thư đo hiệu năng","position":"Văn thư","username":"vanthu.bench",
                     "password":"Bench2026x","roles":["CLERK"]}""");
            long clerkId =
                    Long.parseLong(firstId(admin.send("GET", "agencies/000.00.00.H47/people?q=vanthu.bench", null)));
            long unit = Long.parseLong(firstId(admin.send(
                    "POST",
                    "agencies/000.00.00.H47/units",
                    """
                    {"code":"TH","name":"Phòng Tổng hợp"}""")));
            long specialistId = Long.parseLong(firstId(admin.send(
                    "POST",
                    "agencies/000.00.00.H47/people",
                    """
                    {"fullName":"Chuyên viên đo hiệu năng","position":"Chuyên viên","unitId":%d,
                     "username":"chuyenvien.bench","password":"Bench2026x","roles":["SPECIALIST"]}"""
                            .formatted(unit))));
            Client clerk = new Client(api, "vanthu.bench", "Bench2026x");
            Client specialist = new Client(api, "chuyenvien.bench", "Bench2026x");
            long register = Long.parseLong(firstId(clerk.send("GET", "registers", null)));

            long loadStart = System.nanoTime();
            load(register, unit, clerkId, specialistId);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            report.append(String.format(
                    "documents loaded: %,d (with %,d history entries, %,d assignments) in %.1f s%n",
                    DOCUMENTS, DOCUMENTS, DOCUMENTS + DOCUMENTS / 10, loadSeconds));

            int year = LocalDate.now().getYear();
            Map<String, String> calls = new LinkedHashMap<>();
            calls.put("register, first page (year)", "incoming?year=" + year + "&size=20");
            calls.put(
                    "register, filtered (year + status)", "incoming?year=" + (year - 1) + "&status=REGISTERED&size=20");
            calls.put("register, number lookup (year + number)", "incoming?year=" + (year - 2) + "&q=12345&size=20");
            calls.put("register, page 500 (year)", "incoming?year=" + (year - 1) + "&first=10000&size=20");
            for (Map.Entry<String, String> call : calls.entrySet()) {
                report.append(measure(clerk, call.getKey(), call.getValue()));
            }
            report.append(measureOpen(clerk));
            report.append(
                    measure(specialist, "work list, first page (to process)", "incoming/work?list=TO_PROCESS&size=20"));
            report.append(measure(
                    specialist, "work list, first page (in progress)", "incoming/work?list=IN_PROGRESS&size=20"));
            report.append(measure(specialist, "work list, first page (overdue)", "incoming/work?list=OVERDUE&size=20"));
            report.append(measure(specialist, "work list counts (home page)", "incoming/work/counts"));
        }
        Path out = ServerProcess.repositoryRoot().resolve("ear/target/bench/incoming.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("\n=== QLVB incoming benchmark ===\n" + report);
    }

    /** Bulk-loads the documents and their first history entries straight into PostgreSQL. */
    private static void load(long register, long unit, long clerkId, long specialistId) throws Exception {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://localhost:5432/" + DATABASE + "?reWriteBatchedInserts=true", "qlvb", "qlvb")) {
            c.setAutoCommit(false);
            long agency;
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT agency_id FROM qlvb_register WHERE id = " + register)) {
                r.next();
                agency = r.getLong(1);
            }
            long firstId = 10_000_000L;
            Random random = new Random(42);
            String[] subjects = {
                "Về việc báo cáo tình hình kinh tế - xã hội", "Về việc tổ chức hội nghị tổng kết",
                "Về việc triển khai chương trình chuyển đổi số", "Về việc phòng chống thiên tai",
                "Về việc kiểm tra công tác văn thư lưu trữ", "Về việc giải quyết kiến nghị của cử tri"
            };
            int thisYear = LocalDate.now().getYear();
            int perYear = DOCUMENTS / 4;
            try (PreparedStatement doc = c.prepareStatement(
                            "INSERT INTO qlvb_incoming_document (id, agency_id, register_id,"
                                    + " arrival_year, arrival_number, arrival_at, channel, status, document_type, code_number,"
                                    + " code_notation, issued_date, issuer_name, subject, language, page_count, urgency, urgency_rank,"
                                    + " confidentiality, created_at, updated_at, version)"
                                    + " VALUES (?,?,?,?,?,?,'PAPER',?,'CONG_VAN',?,'UBND-VX',?,?,?,'Tiếng Việt',2,?,?,'NONE',?,?,1)");
                    PreparedStatement assignment = c.prepareStatement("INSERT INTO qlvb_assignment (id, document_id,"
                            + " parent_id, role, unit_id, person_id, deadline, status, assigned_by_id, assigned_at, work_queue,"
                            + " urgency_rank, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)");
                    PreparedStatement event = c.prepareStatement(
                            "INSERT INTO qlvb_incoming_event (id, document_id, event_at,"
                                    + " action, actor_name, detail, previous_hash, hash) VALUES (?,?,?,'REGISTERED','Văn thư',?,?,?)")) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    int year = thisYear - 3 + i / perYear;
                    long number = i % perYear + 1;
                    Instant arrival = LocalDate.of(year, 1, 1)
                            .atStartOfDay()
                            .toInstant(ZoneOffset.ofHours(7))
                            .plusSeconds(number * (300L * 86_400 / perYear));
                    Timestamp at = Timestamp.from(arrival);
                    long id = firstId + i;
                    int urgency = random.nextInt(20) == 0 ? 1 + random.nextInt(3) : 0;
                    doc.setLong(1, id);
                    doc.setLong(2, agency);
                    doc.setLong(3, register);
                    doc.setInt(4, year);
                    doc.setLong(5, number);
                    doc.setTimestamp(6, at);
                    boolean done = year < thisYear || random.nextInt(10) < 6;
                    doc.setString(7, done ? "COMPLETED" : "IN_PROGRESS");
                    doc.setString(8, String.valueOf(number));
                    doc.setObject(
                            9,
                            LocalDate.ofInstant(arrival, ZoneOffset.ofHours(7)).minusDays(2));
                    doc.setString(10, "Sở ngành số " + (i % 300));
                    doc.setString(11, subjects[i % subjects.length] + " (" + number + "/" + year + ")");
                    doc.setString(12, new String[] {"NORMAL", "URGENT", "VERY_URGENT", "FLASH"}[urgency]);
                    doc.setInt(13, urgency);
                    doc.setTimestamp(14, at);
                    doc.setTimestamp(15, at);
                    doc.addBatch();
                    LocalDate deadline =
                            LocalDate.ofInstant(arrival, ZoneOffset.ofHours(7)).plusDays(10);
                    long lead = 30_000_000L + 2L * i;
                    assignment.setLong(1, lead);
                    assignment.setLong(2, id);
                    assignment.setNull(3, java.sql.Types.BIGINT);
                    assignment.setString(4, "LEAD");
                    assignment.setLong(5, unit);
                    assignment.setNull(6, java.sql.Types.BIGINT);
                    assignment.setObject(7, deadline);
                    assignment.setString(8, done ? "COMPLETED" : "IN_PROGRESS");
                    assignment.setLong(9, clerkId);
                    assignment.setTimestamp(10, at);
                    assignment.setString(11, done ? "DONE" : "IN_PROGRESS");
                    assignment.setInt(12, urgency);
                    assignment.addBatch();
                    if (i % 10 == 0) {
                        assignment.setLong(1, lead + 1);
                        assignment.setLong(2, id);
                        assignment.setLong(3, lead);
                        assignment.setString(4, "LEAD");
                        assignment.setNull(5, java.sql.Types.BIGINT);
                        assignment.setLong(6, specialistId);
                        assignment.setObject(7, deadline);
                        String status = done ? "COMPLETED" : random.nextBoolean() ? "ASSIGNED" : "IN_PROGRESS";
                        assignment.setString(8, status);
                        assignment.setLong(9, clerkId);
                        assignment.setTimestamp(10, at);
                        assignment.setString(
                                11,
                                status.equals("COMPLETED")
                                        ? "DONE"
                                        : status.equals("ASSIGNED") ? "TO_PROCESS" : status);
                        assignment.setInt(12, urgency);
                        assignment.addBatch();
                    }
                    event.setLong(1, id);
                    event.setLong(2, id);
                    event.setTimestamp(3, at);
                    event.setString(4, "Số đến " + number + "/" + year);
                    event.setString(5, "0".repeat(64));
                    event.setString(6, "0".repeat(64));
                    event.addBatch();
                    if (i % 5_000 == 4_999) {
                        doc.executeBatch();
                        assignment.executeBatch();
                        event.executeBatch();
                        c.commit();
                    }
                }
                doc.executeBatch();
                assignment.executeBatch();
                event.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                for (int k = 0; k < 4; k++) {
                    s.executeUpdate(
                            "INSERT INTO qlvb_number_counter (id, register_id, number_year, last_number) VALUES ("
                                    + (900_000 + k) + ", " + register + ", " + (thisYear - 3 + k) + ", " + perYear
                                    + ")");
                }
                s.executeUpdate("ALTER SEQUENCE qlvb_incoming_document_seq RESTART WITH 20000000");
                s.executeUpdate("ALTER SEQUENCE qlvb_incoming_event_seq RESTART WITH 20000000");
                c.commit();
                c.setAutoCommit(true);
                s.execute("VACUUM ANALYZE qlvb_incoming_document");
                s.execute("VACUUM ANALYZE qlvb_incoming_event");
                s.execute("VACUUM ANALYZE qlvb_assignment");
            }
        }
    }

    private static String measure(Client client, String name, String path) throws Exception {
        for (int i = 0; i < 30; i++) {
            client.send("GET", path, null);
        }
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long t = System.nanoTime();
            client.send("GET", path, null);
            nanos[i] = System.nanoTime() - t;
        }
        return line(name, nanos);
    }

    private static String measureOpen(Client client) throws Exception {
        Random random = new Random(7);
        long[] nanos = new long[SAMPLES];
        for (int i = 0; i < SAMPLES + 30; i++) {
            long id = 10_000_000L + random.nextInt(DOCUMENTS);
            long t = System.nanoTime();
            client.send("GET", "incoming/" + id, null);
            if (i >= 30) {
                nanos[i - 30] = System.nanoTime() - t;
            }
        }
        return line("open one document (records the view)", nanos);
    }

    private static String line(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "%-45s p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   (%d calls)%n",
                name,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted.length);
    }

    private static String firstId(String json) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(json);
        }
        return m.group(1);
    }

    /** A REST client that signs in once (HTTP Basic) and then rides the session cookie. */
    private static final class Client {
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String base;
        private final String authorization;
        private boolean signedIn;

        Client(String base, String username, String password) {
            this.base = base;
            this.authorization = "Basic "
                    + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        String send(String method, String path, String json) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json")
                    .method(
                            method,
                            json == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
            if (json != null) {
                request.header("Content-Type", "application/json");
            }
            if (!signedIn) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(
                        method + " " + path + " → " + response.statusCode() + " " + response.body());
            }
            signedIn = true;
            return response.body();
        }
    }
}
