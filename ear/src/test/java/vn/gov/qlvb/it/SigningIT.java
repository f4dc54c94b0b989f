package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.signing.boundary.PdfSigning;
import vn.gov.qlvb.signing.boundary.SigningKeys;
import vn.gov.qlvb.signing.entity.CertificateInfo;
import vn.gov.qlvb.signing.entity.KeyAccess;
import vn.gov.qlvb.signing.entity.SealPlacement;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SignatureForm;
import vn.gov.qlvb.signing.entity.SignedPdf;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * EU DSS, BouncyCastle and PDFBox inside WildFly, in the real EAR with the demo province's
 * generated keys: the signer signs with the PKCS#12 and PIN, the clerk stamps the number, the
 * agency signs with its seal; the signatures validate in the server and through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class SigningIT {

    @Deployment
    static EnterpriseArchive ear() {
        EnterpriseArchive ear = Deployments.qlvbEarWithTestModule(SigningIT.class);
        ear.getAsType(WebArchive.class, "test.war").addClasses(Api.class, Api.Reply.class);
        return ear;
    }

    @EJB
    PdfSigning signing;

    @EJB
    SigningKeys keys;

    @PersistenceContext(unitName = "qlvb")
    EntityManager em;

    @ArquillianResource
    URL deployment;

    private Person person(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", username)
                .getSingleResult()
                .getPerson();
    }

    @Test
    void demoSignerSignsTheClerkNumbersAndTheAgencySealsInTheServer() throws IOException {
        Person chairman = person("lanhdao");
        List<CertificateInfo> certificates = keys.certificatesOf(chairman.getId());
        assertEquals(1, certificates.size(), certificates.toString());
        assertTrue(certificates.get(0).usable(), certificates.toString());

        SignatureBlock block =
                new SignatureBlock(SignatureForm.TM, "ỦY BAN NHÂN DÂN", "CHỦ TỊCH", chairman.getFullName());
        SigningException wrongPin = assertThrows(
                SigningException.class,
                () -> signing.signAsSigner(
                        draft(), chairman.getId(), block, new KeyAccess.PersonalKeystore("000000".toCharArray())));
        assertEquals(SigningRefusal.WRONG_PIN, wrongPin.refusal());

        SignedPdf signed = signing.signAsSigner(
                draft(), chairman.getId(), block, new KeyAccess.PersonalKeystore("123456".toCharArray()));
        assertTrue(signed.signerSubject().contains(chairman.getFullName()), signed.signerSubject());

        SigningException unsigned = assertThrows(
                SigningException.class,
                () -> signing.signAsAgency(draft(), chairman.getAgency().getId(), SealPlacement.standard()));
        assertEquals(SigningRefusal.SIGNER_SIGNATURE_MISSING, unsigned.refusal());

        byte[] numbered = signing.stampIssueNumber(signed.content(), "12/QĐ-UBND", LocalDate.of(2026, 1, 5), "Mẫu");
        SignedPdf issued = signing.signAsAgency(numbered, chairman.getAgency().getId(), SealPlacement.standard());

        List<SignatureCheck> checks = signing.validate(issued.content());
        assertEquals(2, checks.size(), checks.toString());
        assertTrue(checks.get(0).valid() && checks.get(1).valid(), checks.toString());
        assertEquals(chairman.getFullName(), checks.get(0).signerName());
        assertEquals(chairman.getAgency().getName(), checks.get(1).signerName());
        assertFalse(checks.get(0).coversWholeDocument());
        assertTrue(checks.get(1).coversWholeDocument());

        Api api = Api.as(deployment, "lanhdao");
        Api.Reply mine = api.get("signing/certificates");
        assertEquals(200, mine.status(), mine.toString());
        JsonArray list = Json.createReader(new StringReader(mine.body())).readArray();
        assertEquals(1, list.size(), mine.body());
        assertEquals(certificates.get(0).serial(), list.getJsonObject(0).getString("serial"));

        Api.Reply validated = api.postBytes("signing/validation", issued.content(), "application/pdf");
        assertEquals(200, validated.status(), validated.toString());
        JsonArray signatures =
                Json.createReader(new StringReader(validated.body())).readArray();
        assertEquals(2, signatures.size(), validated.body());
        JsonObject agency = signatures.getJsonObject(1);
        assertTrue(agency.getBoolean("valid"), validated.body());
        assertTrue(agency.getBoolean("coversWholeDocument"), validated.body());

        Api.Reply notPdf = api.postBytes("signing/validation", new byte[] {1, 2, 3}, "application/pdf");
        assertEquals(400, notPdf.status(), notPdf.toString());
        assertTrue(notPdf.body().contains("signing.PDF_UNREADABLE"), notPdf.body());
    }

    private static byte[] draft() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 13);
                content.newLineAtOffset(90, 730);
                content.showText("Quyet dinh thu nghiem ky so");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
