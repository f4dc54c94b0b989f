package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Steps of the outgoing path through the REST API, shared by the outgoing ITs. */
final class OutgoingFlow {

    static final String PROVINCE = "000.00.00.H99";
    static final String HOME_AFFAIRS = "000.00.01.H99";
    static final String FINANCE = "000.00.02.H99";
    static final String GOVERNMENT_OFFICE = "000.00.00.G22";

    private final URL deployment;
    final Map<String, Long> people = new HashMap<>();
    private static int serial;

    OutgoingFlow(URL deployment) {
        this(deployment, PROVINCE);
    }

    /** On a server whose demo province is {@code province} (a second node plays another province). */
    OutgoingFlow(URL deployment, String province) {
        this.deployment = deployment;
        Api admin = Api.as(deployment, "quantri");
        for (JsonObject p : admin.get("agencies/" + province + "/people?size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (p.containsKey("username") && !p.isNull("username")) {
                people.put(p.getString("username"), p.getJsonNumber("id").longValue());
            }
        }
    }

    Api as(String username) {
        return Api.as(deployment, username);
    }

    /** A one-page A4 PDF with {@code text} (ASCII) on it, as a drafting tool would export it. */
    static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 13);
                content.newLineAtOffset(90, 730);
                content.showText("Du thao " + text);
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized String unique(String subject) {
        return subject + " #" + (++serial) + "-" + System.nanoTime() % 100000;
    }

    static String json(
            String type,
            String subject,
            String confidentiality,
            String signer,
            long signerId,
            List<String> recipients) {
        return """
                {"documentType":"%s","subject":"%s","urgency":"NORMAL","confidentiality":"%s","signerId":%d,
                 "recipientsText":"- Như trên;\\n- Lưu: VT, TH.","pageCount":1,"recipientOrganIds":[%s]}"""
                .formatted(
                        type,
                        subject,
                        confidentiality,
                        signerId,
                        recipients.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(",")));
    }

    /** A draft of chuyenvien, signed by {@code signer}, with one PDF version; its id. */
    long draft(String type, String confidentiality, String signer, List<String> recipients) {
        Api author = as("chuyenvien");
        Api.Reply created = author.post(
                "outgoing",
                json(type, unique("Về việc thử nghiệm"), confidentiality, signer, people.get(signer), recipients));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        Api.Reply version =
                author.postFile("outgoing/" + id + "/versions", "du-thao.pdf", pdf("v1 " + id), "application/pdf");
        assertEquals(201, version.status(), version.toString());
        return id;
    }

    /** Submits as the author (unless in review already) and approves at every step of its chain; the document as approved. */
    JsonObject approved(long id) {
        JsonObject d = ok(as("chuyenvien").get("outgoing/" + id));
        if (!"IN_REVIEW".equals(d.getString("status"))) {
            d = ok(as("chuyenvien").post("outgoing/" + id + "/submit", "{}"));
        }
        while ("IN_REVIEW".equals(d.getString("status"))) {
            long reviewer = d.getJsonNumber("currentReviewerId").longValue();
            d = ok(as(username(reviewer)).post("outgoing/" + id + "/approve", "{\"comment\":\"Đồng ý\"}"));
        }
        assertEquals("APPROVED", d.getString("status"), d.toString());
        return d;
    }

    JsonObject signed(long id, String signer) {
        approved(id);
        return ok(as(signer).post("outgoing/" + id + "/sign", "{\"pin\":\"123456\"}"));
    }

    JsonObject issued(long id, String signer) {
        signed(id, signer);
        return ok(as("vanthu").post("outgoing/" + id + "/issue", "{}"));
    }

    JsonObject dispatched(long id, String signer) {
        issued(id, signer);
        return ok(as("vanthu").post("outgoing/" + id + "/agency-signature", "{}"));
    }

    String username(long personId) {
        return people.entrySet().stream()
                .filter(e -> e.getValue() == personId)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no account for person " + personId));
    }

    static JsonObject ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.toString());
        return reply.json();
    }

    /** The recipients' table of a document as organId → status. */
    static Map<String, JsonObject> recipients(Api api, long id) {
        return api.get("outgoing/" + id + "/recipients").jsonArray().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("organId"), r -> r));
    }
}
