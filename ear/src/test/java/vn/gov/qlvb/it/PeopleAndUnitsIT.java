package vn.gov.qlvb.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.gov.qlvb.it.AgencyDirectoryIT.assertProblem;

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
 * Units, people with their accounts, and delegations through the REST API: who sees what (a
 * person sees only their own agency's units and people, an administrator their part of the
 * tree), and the bad input of each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PeopleAndUnitsIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.qlvbEar();
    }

    @ArquillianResource
    URL deployment;

    @Test
    void aPersonSeesTheUnitsAndPeopleOfTheirOwnAgencyOnly() {
        Api homeAffairsClerk = Api.as(deployment, "vanthu.snv");
        assertEquals(200, homeAffairsClerk.get("agencies/000.00.01.H99/units").status());
        assertEquals(200, homeAffairsClerk.get("agencies/000.00.01.H99/people").status());
        assertEquals(404, homeAffairsClerk.get("agencies/000.00.00.H99/units").status());
        assertEquals(404, homeAffairsClerk.get("agencies/000.00.00.H99/people").status());

        long provinceClerkId = personId(Api.as(deployment, "quantri"), "000.00.00.H99", "vanthu");
        assertEquals(
                200,
                Api.as(deployment, "vanthu").get("people/" + provinceClerkId).status());
        assertEquals(404, homeAffairsClerk.get("people/" + provinceClerkId).status(), "a guessed id reveals nothing");
    }

    @Test
    void aDistrictAdministratorManagesTheDistrictButNotTheProvince() {
        Api district = Api.as(deployment, "quantri.bacmau");
        assertEquals(200, district.get("agencies/000.01.31.H99/people").status(), "a commune below the district");
        assertEquals(404, district.get("agencies/000.00.00.H99/people").status());
        assertEquals(
                403,
                district.post("agencies/000.00.00.H99/units", "{\"code\":\"XX\",\"name\":\"Phòng thử\"}")
                        .status());
    }

    @Test
    void anAdministratorCreatesAPersonWithAnAccountWhoThenSignsIn() {
        Api admin = Api.as(deployment, "quantri");
        Api.Reply created = admin.post(
                "agencies/000.00.00.H99/people",
                """
                {"fullName":"Lương Thị Mới","position":"Chuyên viên","email":"moi@mau.gov.vn",
                 "username":"chuyenvien.moi","password":"MatKhau2026","roles":["SPECIALIST"]}""");
        assertEquals(201, created.status(), created.toString());
        JsonObject person = created.json();
        assertFalse(person.containsKey("password") && !person.isNull("password"), "never echoes the password");
        assertFalse(created.body().contains("$2"), "never exposes the hash");
        assertEquals(
                200,
                Api.as(deployment, "chuyenvien.moi", "MatKhau2026")
                        .get("agencies?size=1")
                        .status());
    }

    @Test
    void badPeopleAreRefusedAndNothingIsSaved() {
        Api admin = Api.as(deployment, "quantri");
        assertProblem(
                admin.post(
                        "agencies/000.00.00.H99/people",
                        """
                        {"fullName":"Trùng Tên","username":"vanthu","password":"MatKhau2026","roles":["CLERK"]}"""),
                409,
                "account.username.duplicate",
                "username");
        assertProblem(
                admin.post(
                        "agencies/000.00.00.H99/people",
                        """
                        {"fullName":"Yếu Mật Khẩu","username":"yeu.matkhau","password":"abc","roles":["CLERK"]}"""),
                400,
                "password.weak",
                "password");
        assertProblem(
                admin.post(
                        "agencies/000.00.00.H99/people",
                        """
                        {"fullName":" ","username":"khong.ten","password":"MatKhau2026","roles":["CLERK"]}"""),
                400,
                "field.required",
                "fullName");
        assertEquals(
                401, Api.as(deployment, "yeu.matkhau", "abc").get("agencies").status());
        assertEquals(
                401,
                Api.as(deployment, "khong.ten", "MatKhau2026").get("agencies").status(),
                "nothing half-saved");
        assertEquals(
                0,
                admin.get("agencies/000.00.00.H99/people?q=Y%E1%BA%BFu").json().getInt("total"));
    }

    @Test
    void aDuplicateUnitCodeIsAConflictAndAClerkCannotCreateUnits() {
        Api admin = Api.as(deployment, "quantri");
        assertProblem(
                admin.post("agencies/000.00.00.H99/units", "{\"code\":\"VP\",\"name\":\"Văn phòng thứ hai\"}"),
                409,
                "unit.code.duplicate",
                "code");
        assertEquals(
                403,
                Api.as(deployment, "vanthu")
                        .post("agencies/000.00.00.H99/units", "{\"code\":\"QT\",\"name\":\"Phòng thử\"}")
                        .status());
        Api.Reply created = admin.post(
                "agencies/000.00.00.H99/units", "{\"code\":\"tđkt\",\"name\":\"Phòng Thi đua - Khen thưởng\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("TĐKT", created.json().getString("code"));
    }

    @Test
    void aDelegationEndingBeforeItStartsIsRefused() {
        Api admin = Api.as(deployment, "quantri");
        long chairman = personId(admin, "000.00.00.H99", "lanhdao");
        long deputy = personId(admin, "000.00.00.H99", "phochutich");
        assertProblem(
                admin.post(
                        "agencies/000.00.00.H99/delegations",
                        """
                        {"delegatorId":%d,"delegateId":%d,"validFrom":"2026-12-10","validTo":"2026-12-01"}"""
                                .formatted(chairman, deputy)),
                400,
                "delegation.period.reversed",
                "validTo");
        Api.Reply ok = admin.post(
                "agencies/000.00.00.H99/delegations",
                """
                {"delegatorId":%d,"delegateId":%d,"validFrom":"2026-12-01","validTo":"2026-12-10","reason":"Đi công tác"}"""
                        .formatted(chairman, deputy));
        assertEquals(201, ok.status(), ok.toString());
        assertTrue(Api.as(deployment, "vanthu")
                .get("agencies/000.00.00.H99/delegations")
                .body()
                .contains("Đi công tác"));
    }

    @Test
    void anAgencysLevelCannotDropBelowAChildsLevel() {
        Api admin = Api.as(deployment, "quantri");
        // The province has districts under it: it cannot become a commune.
        Api.Reply reply = admin.put(
                "agencies/000.00.00.H99",
                """
                {"organId":"000.00.00.H99","name":"Ủy ban nhân dân tỉnh Mẫu","level":"COMMUNE","remote":false}""");
        assertProblem(reply, 400, "agency.children.level", "level");
        assertEquals("PROVINCE", admin.get("agencies/000.00.00.H99").json().getString("level"));
    }

    private static long personId(Api api, String organId, String username) {
        return api
                .get("agencies/" + organId + "/people?q=" + username + "&size=200")
                .json()
                .getJsonArray("items")
                .stream()
                .map(JsonObject.class::cast)
                .filter(p -> username.equals(p.getString("username", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no person with account " + username))
                .getJsonNumber("id")
                .longValue();
    }
}
