package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.exchange.control.BadPackageCorpusTest;
import vn.gov.qlvb.exchange.control.ExchangeFixtures;
import vn.gov.qlvb.signing.control.DemoAuthority;

/**
 * The bad-package corpus of the exchange's unit tests (malformed XML, DTD/XXE, entity expansion,
 * missing elements, unsigned, tampered subject and attachment, moved or wrapped signature,
 * external reference, unknown / expired / other-agency certificate, wrong addressee, oversized,
 * zip bomb…), replayed against the real EAR over REST as a registered partner would send it:
 * each package is answered 4xx with its code, and nothing is stored (the evidence log and the
 * arrivals of the hosted agency do not grow). The server's package limit is set to the corpus's
 * (5 MB, arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadPackageCorpusIT {

    static final String PARTNER = "truc-goi-hong";
    static final String SECRET = "bi-mat-cua-truc-goi-hong-2026";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void everyBadPackageIsRefusedWithItsCodeOverRestAndLeavesNothingStored() {
        Api admin = Api.as(deployment, "quantri");
        Api.Reply partner = admin.post(
                "partners",
                """
                {"systemId":"%s","name":"Trục gửi gói hỏng","secret":"%s","endpointUrl":"http://127.0.0.1:9/","transport":"rest"}"""
                        .formatted(PARTNER, SECRET));
        assertEquals(201, partner.status(), partner.toString());
        // the corpus's sender is a remote agency of the demo directory: routed through the partner
        Api.Reply sender = admin.put(
                "agencies/" + ExchangeFixtures.SENDER,
                """
                {"organId":"%s","name":"Ủy ban nhân dân tỉnh Nghệ An","shortName":"UBND","level":"PROVINCE",
                 "remote":true,"partnerSystemId":"%s"}"""
                        .formatted(ExchangeFixtures.SENDER, PARTNER));
        assertEquals(200, sender.status(), sender.toString());
        for (DemoAuthority.Issued key :
                List.of(ExchangeFixtures.SENDER_KEY, ExchangeFixtures.EXPIRED_KEY, ExchangeFixtures.FUTURE_KEY)) {
            register(admin, ExchangeFixtures.SENDER, key);
        }
        register(admin, ExchangeFixtures.OTHER, ExchangeFixtures.OTHER_KEY);

        long evidence = evidenceEntries(admin);
        long arrivals = arrivals();
        Lienthong lienthong = new Lienthong(deployment, PARTNER, SECRET);
        List<String> wrong = new ArrayList<>();
        int cases = 0;
        for (var arguments : BadPackageCorpusTest.corpus().toList()) {
            BadPackageCorpusTest.Case bad =
                    (BadPackageCorpusTest.Case) arguments.get()[0];
            byte[] bytes = bad.bytes().get();
            boolean status = new String(bytes, StandardCharsets.ISO_8859_1).contains("ResponseFor>");
            Lienthong.Answer answer = lienthong.post(status ? "sendStatus" : "sendEdoc", bytes, "application/xml");
            String code = codeOf(answer);
            if (answer.status() < 400
                    || answer.status() >= 500
                    || !bad.expected().name().equals(code)) {
                wrong.add(bad.name() + ": expected " + bad.expected() + ", got HTTP " + answer.status() + " "
                        + new String(answer.body(), StandardCharsets.UTF_8));
            }
            cases++;
        }
        assertTrue(cases >= 50, "only " + cases + " bad packages");
        assertTrue(
                wrong.isEmpty(), wrong.size() + " of " + cases + " answered otherwise:\n" + String.join("\n", wrong));
        assertEquals(evidence, evidenceEntries(admin), "a refused package leaves no evidence entry");
        assertEquals(arrivals, arrivals(), "a refused package leaves no incoming document");
    }

    private static void register(Api admin, String organId, DemoAuthority.Issued key) {
        try {
            String pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(key.certificate().getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
            Api.Reply reply = admin.postBytes(
                    "agencies/" + organId + "/certificates",
                    pem.getBytes(StandardCharsets.US_ASCII),
                    "application/x-pem-file");
            assertEquals(201, reply.status(), reply.toString());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String codeOf(Lienthong.Answer answer) {
        try (var reader = Json.createReader(new ByteArrayInputStream(answer.body()))) {
            JsonObject json = reader.readObject();
            return json.getString("code", null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static long evidenceEntries(Api admin) {
        return admin.post("partners/evidence/verification", "")
                .json()
                .getJsonNumber("checked")
                .longValue();
    }

    /** The documents the hosted agency's clerk sees arrived and not yet registered. */
    private long arrivals() {
        return Api.as(deployment, "vanthu")
                .get("incoming?status=ARRIVED&size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }
}
