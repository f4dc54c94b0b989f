package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.incoming.boundary.IncomingHistory;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDetails;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.organisations.entity.Agency;

/**
 * III.5.a / III.5.d: a document's timeline is hash-chained. Its check (REST and the document
 * page) finds it intact as written; an entry changed behind the application's back, directly in
 * the database, is reported as the first broken entry, for an incoming and an outgoing document.
 * The tampering runs inside the server (the only place the embedded database can be reached);
 * the checks run as a client through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HistoryIntegrityIT {

    static final String INCOMING_SUBJECT = "Văn bản thử toàn vẹn lịch sử";
    static final String OUTGOING_SUBJECT = "Dự thảo thử toàn vẹn lịch sử";

    @Deployment
    static EnterpriseArchive ear() {
        EnterpriseArchive ear = Deployments.qlvbEarWithTestModule(HistoryIntegrityIT.class);
        ear.getAsType(WebArchive.class, "test.war").addClasses(Api.class, Api.Reply.class);
        return ear;
    }

    @ArquillianResource
    URL deployment;

    @PersistenceContext(unitName = "qlvb")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @jakarta.ejb.EJB
    IncomingHistory history;

    @Test
    @Order(1)
    @RunAsClient
    void III5a_timelinesAsWrittenVerify() {
        Api clerk = Api.as(deployment, "vanthu");
        long register = clerk.get("registers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.getBoolean("forSecret") && "INCOMING".equals(r.getString("kind", "INCOMING")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api.Reply registered = clerk.post(
                "incoming",
                """
                {"registerId":%d,"channel":"PAPER","documentType":"CONG_VAN","codeNumber":"77",
                 "codeNotation":"UBND-TV","issuedDate":"2026-11-20","issuerName":"Ủy ban nhân dân huyện Đông Sơn",
                 "subject":"%s","pageCount":1,"signerPosition":"Chủ tịch","signerName":"Nguyễn Văn A",
                 "urgency":"NORMAL","confidentiality":"NONE","recipients":"Văn phòng UBND tỉnh"}"""
                        .formatted(register, INCOMING_SUBJECT));
        assertEquals(201, registered.status(), registered.toString());
        long incoming = registered.json().getJsonNumber("id").longValue();
        clerk.get("incoming/" + incoming); // a view: one more entry

        long signer = Api.as(deployment, "quantri")
                .get("agencies/000.00.00.H99/people?size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> "lanhdao".equals(p.getString("username", "")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        Api author = Api.as(deployment, "chuyenvien");
        Api.Reply drafted = author.post(
                "outgoing",
                """
                {"documentType":"CONG_VAN","subject":"%s","urgency":"NORMAL","confidentiality":"NONE","signerId":%d,
                 "recipientsText":"- Lưu: VT.","pageCount":1,"recipientOrganIds":[]}"""
                        .formatted(OUTGOING_SUBJECT, signer));
        assertEquals(201, drafted.status(), drafted.toString());
        long outgoing = drafted.json().getJsonNumber("id").longValue();

        JsonObject incomingCheck =
                clerk.get("incoming/" + incoming + "/history/verification").json();
        assertTrue(incomingCheck.getBoolean("intact"), incomingCheck.toString());
        assertTrue(incomingCheck.getInt("entries") >= 2, incomingCheck.toString());
        JsonObject outgoingCheck =
                author.get("outgoing/" + outgoing + "/history/verification").json();
        assertTrue(outgoingCheck.getBoolean("intact"), outgoingCheck.toString());
        assertTrue(outgoingCheck.getInt("entries") >= 1, outgoingCheck.toString());

        Api.Reply outsider = Api.as(deployment, "chuyenvien").get("incoming/" + incoming + "/history/verification");
        assertEquals(404, outsider.status(), "only those who see the document check its history: " + outsider);
    }

    @Test
    @Order(2)
    void anEntryIsChangedInTheDatabase() throws Exception {
        transaction.begin();
        int changed = em.createNativeQuery("UPDATE qlvb_incoming_event SET detail = 'Nội dung bị sửa'"
                                + " WHERE id = (SELECT MIN(e.id) FROM qlvb_incoming_event e JOIN qlvb_incoming_document d"
                                + " ON d.id = e.document_id WHERE d.subject = ?1)")
                        .setParameter(1, INCOMING_SUBJECT)
                        .executeUpdate()
                + em.createNativeQuery("UPDATE qlvb_outgoing_event SET detail = 'Nội dung bị sửa'"
                                + " WHERE id = (SELECT MIN(e.id) FROM qlvb_outgoing_event e JOIN qlvb_outgoing_document d"
                                + " ON d.id = e.document_id WHERE d.subject = ?1)")
                        .setParameter(1, OUTGOING_SUBJECT)
                        .executeUpdate();
        transaction.commit();
        assertEquals(2, changed);
    }

    @Test
    @Order(3)
    @RunAsClient
    void III5d_theChangedEntryIsReportedAsTheFirstBroken() {
        Api clerk = Api.as(deployment, "vanthu");
        long incoming = clerk.get("incoming?q="
                        + java.net.URLEncoder.encode(INCOMING_SUBJECT, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        List<JsonObject> timeline =
                clerk.get("incoming/" + incoming + "/history").jsonArray().getValuesAs(JsonObject.class);
        JsonObject check =
                clerk.get("incoming/" + incoming + "/history/verification").json();
        assertFalse(check.getBoolean("intact"), check.toString());
        assertEquals(
                timeline.get(0).getJsonNumber("id").longValue(),
                check.getJsonNumber("firstBrokenEntry").longValue(),
                check.toString());

        Api author = Api.as(deployment, "chuyenvien");
        long outgoing = author
                .get("outgoing?list=MY_DRAFTS&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(d -> OUTGOING_SUBJECT.equals(d.getString("subject")))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        JsonObject outgoingCheck =
                author.get("outgoing/" + outgoing + "/history/verification").json();
        assertFalse(outgoingCheck.getBoolean("intact"), outgoingCheck.toString());
    }

    /**
     * Entries appended in the transaction that creates the document (taken without a lock or a
     * query: no one else sees the document yet) chain one after the other, as later ones do.
     */
    @Test
    @Order(4)
    void III5a_entriesWrittenWithTheDocumentChainInOrder() throws Exception {
        transaction.begin();
        Agency agency = em.createQuery("SELECT a FROM Agency a WHERE a.organId.value = :id", Agency.class)
                .setParameter("id", "000.00.00.H99")
                .getSingleResult();
        Instant now = Instant.now();
        IncomingDocument document = IncomingDocument.arrived(agency, details(), "H98.1,chuoi-lich-su", now, now);
        em.persist(document);
        history.recordBySystem(document, IncomingAction.RECEIVED, "lần một", now);
        history.recordBySystem(document, IncomingAction.RECEIVED, "lần hai", now);
        transaction.commit();

        transaction.begin();
        history.recordBySystem(
                em.find(IncomingDocument.class, document.getId()), IncomingAction.RECEIVED, "lần ba", now);
        transaction.commit();

        var check = history.verify(document.getId());
        assertEquals(new vn.gov.qlvb.platform.entity.ChainCheck(3, null, true), check);
    }

    private static IncomingDetails details() {
        return new IncomingDetails(
                DocumentType.CONG_VAN,
                "12",
                "UBND-VP",
                java.time.LocalDate.of(2026, 11, 20),
                "Ủy ban nhân dân tỉnh Bên Kia",
                null,
                "Văn bản thử chuỗi lịch sử",
                null,
                1,
                null,
                "Chủ tịch",
                "Nguyễn Văn B",
                Urgency.NORMAL,
                Confidentiality.NONE,
                null,
                null);
    }
}
