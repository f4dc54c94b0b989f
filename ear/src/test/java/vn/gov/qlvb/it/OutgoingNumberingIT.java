package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.it.OutgoingFlow.ok;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Issue numbers of outgoing documents (Appendix VI III.1.đ): fifty clerks' requests at once give
 * 01..50 without gap or repeat; secret documents and each type of legal normative document keep
 * series of their own. (The yearly restart is the calendar year in Vietnam:
 * {@code OutgoingLifecycleTest.theNumberingYearIsTheCalendarYearInVietnam}; the counter per
 * register and year is the one the incoming ITs prove restarting.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutgoingNumberingIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    private long openRegister(Api clerk, String name, boolean secret) {
        Api.Reply reply = clerk.post(
                "registers",
                """
                {"name":"%s","kind":"OUTGOING","forSecret":%s}""".formatted(name, secret));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    @Test
    void IIIđ_issueNumbersFromFiftyConcurrentIssuesRunFromOneWithoutGapOrRepeat() throws Exception {
        OutgoingFlow flow = new OutgoingFlow(deployment);
        Api admin = flow.as("quantri");
        ok(admin.put("outgoing/review-chains/GIAY_MOI", "{\"steps\":[\"LEADER\"]}"));
        ok(admin.put("outgoing/review-chains/QUYET_DINH", "{\"steps\":[\"LEADER\"]}"));
        Api clerk = flow.as("vanthu");
        long register = openRegister(clerk, "Sổ thử cấp số đi đồng thời", false);
        long secretRegister = openRegister(clerk, "Sổ thử cấp số đi mật", true);

        int n = 50;
        List<Long> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long id = flow.draft("GIAY_MOI", "NONE", "lanhdao", List.of());
            flow.signed(id, "lanhdao");
            drafts.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(n);
        List<Future<JsonObject>> results = new ArrayList<>();
        for (long id : drafts) {
            results.add(pool.submit(() -> {
                Api.Reply reply = Api.as(deployment, "vanthu")
                        .post("outgoing/" + id + "/issue", "{\"registerId\":" + register + "}");
                assertEquals(200, reply.status(), reply.toString());
                return reply.json();
            }));
        }
        List<Long> numbers = new ArrayList<>();
        for (Future<JsonObject> f : results) {
            JsonObject issued = f.get();
            numbers.add(issued.getJsonNumber("issueNumber").longValue());
            long number = issued.getJsonNumber("issueNumber").longValue();
            assertEquals((number < 10 ? "0" : "") + number + "/GM-UBND", issued.getString("numberAndNotation"));
        }
        pool.shutdown();
        Set<Long> distinct = new TreeSet<>(numbers);
        assertEquals(n, numbers.size());
        assertEquals(n, distinct.size(), "no number given twice");
        assertEquals(LongStream.rangeClosed(1, n).boxed().collect(Collectors.toSet()), distinct, "01..N, no gap");

        // Secret documents: a series of their own, from 01.
        List<Long> secret = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long id = flow.draft("GIAY_MOI", "SECRET", "lanhdao", List.of());
            flow.signed(id, "lanhdao");
            Api.Reply wrongSeries = clerk.post("outgoing/" + id + "/issue", "{\"registerId\":" + register + "}");
            AgencyDirectoryIT.assertProblem(wrongSeries, 400, "outgoing.register.secrecy", "registerId");
            secret.add(ok(clerk.post("outgoing/" + id + "/issue", "{\"registerId\":" + secretRegister + "}"))
                    .getJsonNumber("issueNumber")
                    .longValue());
        }
        assertEquals(List.of(1L, 2L, 3L), secret);

        // Legal normative decisions: their own series, the year in the notation.
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        List<Long> decisions = new ArrayList<>();
        String registerName = null;
        for (int i = 0; i < 2; i++) {
            Api author = flow.as("chuyenvien");
            Api.Reply created = author.post(
                    "outgoing",
                    OutgoingFlow.json(
                                    "QUYET_DINH",
                                    OutgoingFlow.unique("Ban hành quy chế"),
                                    "NONE",
                                    "lanhdao",
                                    flow.people.get("lanhdao"),
                                    List.of())
                            .replace("\"documentType\"", "\"legalNormative\":true,\"documentType\""));
            assertEquals(201, created.status(), created.toString());
            long id = created.json().getJsonNumber("id").longValue();
            author.postFile("outgoing/" + id + "/versions", "qd.pdf", OutgoingFlow.pdf("qd " + id), "application/pdf");
            flow.signed(id, "lanhdao");
            AgencyDirectoryIT.assertProblem(
                    clerk.post("outgoing/" + id + "/issue", "{\"registerId\":" + register + "}"),
                    400,
                    "outgoing.register.series",
                    "registerId");
            JsonObject issued = ok(clerk.post("outgoing/" + id + "/issue", "{}"));
            long number = issued.getJsonNumber("issueNumber").longValue();
            decisions.add(number);
            registerName = issued.getString("registerName");
            assertEquals(
                    (number < 10 ? "0" : "") + number + "/" + year + "/QĐ-UBND", issued.getString("numberAndNotation"));
        }
        assertEquals(decisions.get(0) + 1, decisions.get(1), "consecutive in their own series");
        assertTrue(registerName.contains("quy phạm pháp luật"), registerName);

        // The ordinary series went on untouched by the secret and legal ones.
        long id = flow.draft("GIAY_MOI", "NONE", "lanhdao", List.of());
        flow.signed(id, "lanhdao");
        assertEquals(
                n + 1,
                ok(clerk.post("outgoing/" + id + "/issue", "{\"registerId\":" + register + "}"))
                        .getJsonNumber("issueNumber")
                        .longValue());
    }
}
