package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import java.net.URL;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.signing.boundary.SigningKeys;
import vn.gov.qlvb.signing.control.DemoAuthority;

/**
 * The signer signs an outgoing document in two steps with a key the server never holds (a USB
 * token, a remote signing service): the server prepares what to sign for the signer's registered
 * certificate, the key signs outside, the server completes the PDF; the clerk then issues and
 * seals it as usual. A value for another document's preparation is refused. Runs inside the
 * server to register the outside authority and the signer's certificate.
 */
@ExtendWith(ArquillianExtension.class)
class OutgoingExternalSignatureIT {

    @Deployment
    static EnterpriseArchive ear() {
        EnterpriseArchive ear = Deployments.qlvbEarWithTestModule(OutgoingExternalSignatureIT.class);
        ear.getAsType(WebArchive.class, "test.war").addClasses(Api.class, Api.Reply.class, OutgoingFlow.class);
        return ear;
    }

    @EJB
    SigningKeys keys;

    @ArquillianResource
    URL deployment;

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String prepareBody(List<X509Certificate> chain) throws Exception {
        List<String> encoded = new java.util.ArrayList<>();
        for (X509Certificate c : chain) {
            encoded.add("\"" + base64(c.getEncoded()) + "\"");
        }
        return "{\"certificateChain\":[" + encoded.stream().collect(Collectors.joining(",")) + "]}";
    }

    @Test
    void aSignerSignsWithAKeyOutsideTheServerInTwoStepsAndTheDocumentIsIssuedAndSealed() throws Exception {
        OutgoingFlow flow = new OutgoingFlow(deployment);
        long deputy = flow.people.get("phochutich");
        DemoAuthority outside = DemoAuthority.create("CA token thử nghiệm", DemoAuthority.Keys.RSA_2048);
        DemoAuthority.Issued token = outside.issue("Phạm Minh Phó", "Ủy ban nhân dân tỉnh Mẫu", 2);
        keys.addTrustAnchor(outside.certificate().getEncoded());
        List<byte[]> chainDer =
                List.of(token.certificate().getEncoded(), outside.certificate().getEncoded());
        keys.registerExternalCertificate(deputy, chainDer);

        long id = flow.draft("CONG_VAN", "NONE", "phochutich", List.of(OutgoingFlow.HOME_AFFAIRS));
        long other = flow.draft("CONG_VAN", "NONE", "phochutich", List.of());
        flow.approved(id);
        flow.approved(other);
        Api signer = flow.as("phochutich");

        Api.Reply prepared = signer.post("outgoing/" + id + "/sign/prepare", prepareBody(token.chain()));
        assertEquals(200, prepared.status(), prepared.toString());
        JsonObject p = prepared.json();
        Signature outsideKey = Signature.getInstance(p.getString("signatureAlgorithm"));
        outsideKey.initSign(token.keys().getPrivate());
        outsideKey.update(Base64.getDecoder().decode(p.getString("dataToSign")));
        String value = base64(outsideKey.sign());

        Api.Reply wrongDocument = signer.post(
                "outgoing/" + other + "/sign/complete",
                "{\"preparationId\":\"" + p.getString("preparationId") + "\",\"signatureValue\":\"" + value + "\"}");
        assertEquals(409, wrongDocument.status(), wrongDocument.toString());
        assertTrue(wrongDocument.body().contains("outgoing.sign.preparationMismatch"), wrongDocument.body());

        JsonObject signed = OutgoingFlow.ok(signer.post(
                "outgoing/" + id + "/sign/complete",
                "{\"preparationId\":\"" + p.getString("preparationId") + "\",\"signatureValue\":\"" + value + "\"}"));
        assertEquals("SIGNED", signed.getString("status"));
        assertEquals("KT", signed.getString("signatureForm"), "a vice-chairman signs for the chairman");

        Api clerk = flow.as("vanthu");
        OutgoingFlow.ok(clerk.post("outgoing/" + id + "/issue", "{}"));
        JsonObject sealed = OutgoingFlow.ok(clerk.post("outgoing/" + id + "/agency-signature", "{}"));
        assertEquals("DISPATCHED", sealed.getString("status"));

        byte[] issued = clerk.bytes("outgoing/" + id + "/versions/" + sealed.getInt("latestVersion") + "/file")
                .body();
        Api.Reply validation = signer.postBytes("signing/validation", issued, "application/pdf");
        assertEquals(200, validation.status(), validation.toString());
        List<JsonObject> signatures = validation.jsonArray().getValuesAs(JsonObject.class);
        assertEquals(2, signatures.size(), validation.body());
        assertTrue(signatures.stream().allMatch(s -> s.getBoolean("valid")), validation.body());
        assertEquals("Phạm Minh Phó", signatures.get(0).getString("signerName"), validation.body());
    }
}
