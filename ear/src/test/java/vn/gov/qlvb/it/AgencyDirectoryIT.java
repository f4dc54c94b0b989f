package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agency directory through the REST API of the deployed EAR: its rules, its bad input
 * (each refused with a coded problem naming the field, nothing saved) and who may change it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgencyDirectoryIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    private static String agency(String organId, String name, String level, String parent) {
        return """
                {"organId":"%s","name":"%s","level":"%s","parentOrganId":%s,"remote":false,
                 "address":"Số 2 đường Lê Lợi","phone":"0238 3844 999","email":"vp@mau.gov.vn"}"""
                .formatted(organId, name, level, parent == null ? "null" : "\"" + parent + "\"");
    }

    @Test
    void demoProvinceIsLoaded() {
        JsonObject province =
                Api.as(deployment, "vanthu").get("agencies/000.00.00.H99").json();
        assertEquals("Ủy ban nhân dân tỉnh Mẫu", province.getString("name"));
        assertEquals("PROVINCE", province.getString("level"));
        assertEquals(false, province.getBoolean("remote"));
        JsonObject remote =
                Api.as(deployment, "vanthu").get("agencies/000.00.00.G22").json();
        assertEquals(true, remote.getBoolean("remote"));
    }

    @Test
    void administratorCreatesChangesAndDeactivatesAnAgency() {
        Api admin = Api.as(deployment, "quantri");
        Api.Reply created =
                admin.post("agencies", agency("000.00.04.H99", "Sở Y tế tỉnh Mẫu", "PROVINCE", "000.00.00.H99"));
        assertEquals(201, created.status(), created.toString());
        assertEquals("000.00.04.H99", created.json().getString("organId"));
        assertEquals("000.00.00.H99", created.json().getString("parentOrganId"));

        Api.Reply changed =
                admin.put("agencies/000.00.04.H99", agency("000.00.04.H99", "Sở Y tế", "PROVINCE", "000.00.00.H99"));
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Sở Y tế", admin.get("agencies/000.00.04.H99").json().getString("name"));

        assertEquals("INACTIVE", admin.delete("agencies/000.00.04.H99").json().getString("status"));
        assertEquals(0, admin.get("agencies?q=000.00.04.H99").json().getInt("total"));
        assertEquals(
                1,
                admin.get("agencies?q=000.00.04.H99&includeInactive=true")
                        .json()
                        .getInt("total"));
    }

    @Test
    void searchFindsByNameWithoutCaseAndByIdentifier() {
        Api clerk = Api.as(deployment, "vanthu");
        assertTrue(clerk.get("agencies?q=b%E1%BA%AFc%20m%E1%BA%ABu").json().getInt("total") >= 1);
        assertTrue(clerk.get("agencies?level=COMMUNE").json().getInt("total") >= 4);
        assertEquals(0, clerk.get("agencies?level=COMMUNE&q=000.00.00").json().getInt("total"));
        assertEquals(2, clerk.get("agencies/000.00.32.H99/children").jsonArray().size());
    }

    @Test
    void malformedOrganIdIsRefusedNamingTheFieldAndNothingIsSaved() {
        Api admin = Api.as(deployment, "quantri");
        Api.Reply reply = admin.post("agencies", agency("00.00.04.H99", "Sở sai mã", "PROVINCE", "000.00.00.H99"));
        assertProblem(reply, 400, "organId.malformed", "organId");
        assertTrue(reply.json().getString("message").contains("NNN.NN.NN.Xnn"));
        assertEquals(
                0,
                admin.get("agencies?q=S%E1%BB%9F%20sai%20m%C3%A3&includeInactive=true")
                        .json()
                        .getInt("total"));
    }

    @Test
    void duplicateOrganIdIsAConflict() {
        Api.Reply reply = Api.as(deployment, "quantri")
                .post("agencies", agency("000.00.01.H99", "Sở Nội vụ bản sao", "PROVINCE", "000.00.00.H99"));
        assertProblem(reply, 409, "organId.duplicate", "organId");
    }

    @Test
    void aParentThatWouldMakeACycleIsRefused() {
        Api admin = Api.as(deployment, "quantri");
        // The province under one of its own districts.
        Api.Reply reply = admin.put(
                "agencies/000.00.00.H99",
                agency("000.00.00.H99", "Ủy ban nhân dân tỉnh Mẫu", "PROVINCE", "000.00.31.H99"));
        assertEquals(400, reply.status(), reply.toString());
        assertEquals("parentOrganId", reply.json().getString("field"), reply.toString());
        assertEquals(null, admin.get("agencies/000.00.00.H99").json().get("parentOrganId"));
        // An agency under itself.
        assertProblem(
                admin.put(
                        "agencies/000.00.31.H99",
                        agency("000.00.31.H99", "UBND huyện Bắc Mẫu", "DISTRICT", "000.00.31.H99")),
                400,
                "agency.parent.cycle",
                "parentOrganId");
    }

    @Test
    void emptyAndTooLongNamesAreRefused() {
        Api admin = Api.as(deployment, "quantri");
        assertProblem(
                admin.post("agencies", agency("000.00.05.H99", " ", "PROVINCE", "000.00.00.H99")),
                400,
                "field.required",
                "name");
        assertProblem(
                admin.post("agencies", agency("000.00.05.H99", "S".repeat(256), "PROVINCE", "000.00.00.H99")),
                400,
                "field.tooLong",
                "name");
        assertEquals(404, admin.get("agencies/000.00.05.H99").status());
    }

    @Test
    void aBadEmailIsRefusedAndTheAgencyIsNotHalfSaved() {
        Api admin = Api.as(deployment, "quantri");
        String body = agency("000.00.06.H99", "Sở Xây dựng", "PROVINCE", "000.00.00.H99")
                .replace("vp@mau.gov.vn", "not-an-email");
        assertProblem(admin.post("agencies", body), 400, "email.malformed", "email");
        assertEquals(404, admin.get("agencies/000.00.06.H99").status());
    }

    @Test
    void problemMessagesFollowTheCallersLanguage() {
        Api.Reply english = Api.as(deployment, "quantri")
                .inEnglish()
                .post("agencies", agency("bad", "Sở", "PROVINCE", "000.00.00.H99"));
        assertTrue(
                english.json().getString("message").startsWith("Identifier \"bad\" is not of the form"),
                english.body());
    }

    @Test
    void aClerkReadsTheDirectoryButCannotChangeIt() {
        Api clerk = Api.as(deployment, "vanthu");
        assertEquals(200, clerk.get("agencies").status());
        Api.Reply reply =
                clerk.post("agencies", agency("000.00.07.H99", "Sở Công Thương", "PROVINCE", "000.00.00.H99"));
        assertEquals(403, reply.status(), reply.toString());
        assertEquals(404, clerk.get("agencies/000.00.07.H99").status());
    }

    @Test
    void aDistrictAdministratorManagesOnlyTheDistrictsPartOfTheTree() {
        Api district = Api.as(deployment, "quantri.bacmau");
        Api.Reply commune =
                district.post("agencies", agency("000.03.31.H99", "UBND xã Bắc Phong", "COMMUNE", "000.00.31.H99"));
        assertEquals(201, commune.status(), commune.toString());
        Api.Reply elsewhere =
                district.post("agencies", agency("000.03.32.H99", "UBND xã Nam Phong", "COMMUNE", "000.00.32.H99"));
        assertProblem(elsewhere, 403, "access.denied", null);
        assertProblem(district.delete("agencies/000.00.00.H99"), 403, "access.denied", null);
    }

    @Test
    void withoutCredentialsTheApiAnswers401WithAProblemNotARedirect() {
        Api.Reply reply = Api.anonymous(deployment).get("agencies");
        assertEquals(401, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals("auth.required", reply.json().getString("code"));
    }

    static void assertProblem(Api.Reply reply, int status, String code, String field) {
        assertEquals(status, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(code, problem.getString("code"), reply.toString());
        if (field != null) {
            assertEquals(field, problem.getString("field"), reply.toString());
        }
        assertTrue(!problem.getString("message").isBlank());
    }
}
