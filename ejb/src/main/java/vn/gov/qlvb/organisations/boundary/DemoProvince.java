package vn.gov.qlvb.organisations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import vn.gov.qlvb.organisations.control.PasswordHasher;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.Contacts;
import vn.gov.qlvb.organisations.entity.Delegation;
import vn.gov.qlvb.organisations.entity.OrganId;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.organisations.entity.Unit;

/**
 * Loads the demo province "UBND tỉnh Mẫu" ({@code 000.00.00.H99}) at first start, only when
 * the system property {@code qlvb.demo-data} is {@code true} (set by config/cli/demo.cli, never
 * by the production scripts) and the directory is empty. Every demo account has the password
 * {@value #DEMO_PASSWORD}; README lists them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class DemoProvince {

    public static final String DEMO_PASSWORD = "Demo@2026";
    public static final String PROVINCE = "000.00.00.H99";
    private static final Logger LOG = Logger.getLogger(DemoProvince.class.getName());

    @PersistenceContext
    EntityManager em;

    private final Map<String, Agency> agencies = new HashMap<>();
    private String passwordHash;

    @PostConstruct
    void loadWhenEmpty() {
        if (!Boolean.getBoolean("qlvb.demo-data")) {
            return;
        }
        if (em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult() > 0) {
            return;
        }
        passwordHash = PasswordHasher.hash(DEMO_PASSWORD);
        load();
        LOG.info("Demo province UBND tỉnh Mẫu (" + inThisProvince(PROVINCE) + ") loaded; demo accounts use password "
                + DEMO_PASSWORD);
    }

    private void load() {
        Agency province = agency(
                PROVINCE,
                "Ủy ban nhân dân tỉnh Mẫu",
                "UBND",
                AgencyLevel.PROVINCE,
                null,
                "Số 1 đường Trần Hưng Đạo, thành phố Mẫu, tỉnh Mẫu",
                "0238 3844 001",
                "ubnd@mau.gov.vn");
        Unit office = unit(province, "VP", "Văn phòng UBND tỉnh");
        Unit general = unit(province, "TH", "Phòng Tổng hợp");
        Unit economy = unit(province, "KT", "Phòng Kinh tế");
        unit(province, "VX", "Phòng Văn hóa - Xã hội");
        unit(province, "NC", "Phòng Nội chính");

        Agency home = agency(
                "000.00.01.H99",
                "Sở Nội vụ tỉnh Mẫu",
                "SNV",
                AgencyLevel.PROVINCE,
                province,
                "Số 5 đường Lê Lợi, thành phố Mẫu",
                "0238 3844 101",
                "snv@mau.gov.vn");
        Unit homeOffice = unit(home, "VP", "Văn phòng Sở");
        unit(home, "TCBC", "Phòng Tổ chức, biên chế");
        Agency finance = agency(
                "000.00.02.H99",
                "Sở Tài chính tỉnh Mẫu",
                "STC",
                AgencyLevel.PROVINCE,
                province,
                "Số 7 đường Lê Lợi, thành phố Mẫu",
                "0238 3844 201",
                "stc@mau.gov.vn");
        Unit financeOffice = unit(finance, "VP", "Văn phòng Sở");
        unit(finance, "NS", "Phòng Ngân sách");
        Agency ict = agency(
                "000.00.03.H99",
                "Sở Thông tin và Truyền thông tỉnh Mẫu",
                "STTTT",
                AgencyLevel.PROVINCE,
                province,
                "Số 9 đường Lê Lợi, thành phố Mẫu",
                "0238 3844 301",
                "stttt@mau.gov.vn");
        unit(ict, "VP", "Văn phòng Sở");

        Agency north = agency(
                "000.00.31.H99",
                "Ủy ban nhân dân huyện Bắc Mẫu",
                "UBND",
                AgencyLevel.DISTRICT,
                province,
                "Thị trấn Bắc Mẫu, huyện Bắc Mẫu",
                "0238 3855 001",
                "ubnd@bacmau.gov.vn");
        Unit northOffice = unit(north, "VP", "Văn phòng HĐND và UBND huyện");
        unit(north, "TCKH", "Phòng Tài chính - Kế hoạch");
        Agency south = agency(
                "000.00.32.H99",
                "Ủy ban nhân dân huyện Nam Mẫu",
                "UBND",
                AgencyLevel.DISTRICT,
                province,
                "Thị trấn Nam Mẫu, huyện Nam Mẫu",
                "0238 3866 001",
                "ubnd@nammau.gov.vn");
        unit(south, "VP", "Văn phòng HĐND và UBND huyện");
        Agency c1 = agency(
                "000.01.31.H99",
                "Ủy ban nhân dân xã Bắc Sơn",
                "UBND",
                AgencyLevel.COMMUNE,
                north,
                "Xã Bắc Sơn, huyện Bắc Mẫu",
                null,
                null);
        unit(c1, "VP", "Văn phòng - Thống kê");
        agency(
                "000.02.31.H99",
                "Ủy ban nhân dân xã Bắc Hà",
                "UBND",
                AgencyLevel.COMMUNE,
                north,
                "Xã Bắc Hà, huyện Bắc Mẫu",
                null,
                null);
        agency(
                "000.01.32.H99",
                "Ủy ban nhân dân xã Nam Hải",
                "UBND",
                AgencyLevel.COMMUNE,
                south,
                "Xã Nam Hải, huyện Nam Mẫu",
                null,
                null);
        agency(
                "000.02.32.H99",
                "Ủy ban nhân dân xã Nam Bình",
                "UBND",
                AgencyLevel.COMMUNE,
                south,
                "Xã Nam Bình, huyện Nam Mẫu",
                null,
                null);

        Agency gov = agency(
                "000.00.00.G22",
                "Văn phòng Chính phủ",
                "VPCP",
                AgencyLevel.CENTRAL,
                null,
                "Số 1 Hoàng Hoa Thám, Ba Đình, Hà Nội",
                null,
                null);
        gov.markRemote(true, null);
        Agency nghean = agency(
                "000.00.00.H41",
                "Ủy ban nhân dân tỉnh Nghệ An",
                "UBND",
                AgencyLevel.PROVINCE,
                null,
                "Số 3 đường Trường Thi, thành phố Vinh, Nghệ An",
                null,
                null);
        nghean.markRemote(true, null);

        Person admin = person("Nguyễn Văn Quản", "Chuyên viên quản trị hệ thống", province, office);
        account("quantri", admin, Role.ADMIN);
        Person clerk = person("Trần Thị Thư", "Văn thư", province, office);
        account("vanthu", clerk, Role.CLERK);
        Person chairman = person("Lê Văn Lãnh", "Chủ tịch", province, null);
        account("lanhdao", chairman, Role.LEADER);
        Person deputy = person("Phạm Minh Phó", "Phó Chủ tịch", province, null);
        account("phochutich", deputy, Role.LEADER);
        Person head = person("Hoàng Văn Trưởng", "Chánh Văn phòng", province, office);
        account("chanhvanphong", head, Role.UNIT_HEAD);
        Person generalHead = person("Đỗ Thị Hương", "Trưởng phòng Tổng hợp", province, general);
        account("truongphong", generalHead, Role.UNIT_HEAD);
        Person specialist = person("Vũ Văn Chuyên", "Chuyên viên", province, general);
        account("chuyenvien", specialist, Role.SPECIALIST);
        person("Bùi Thị Lan", "Chuyên viên", province, economy);
        Person secretary = person("Ngô Thị Ký", "Thư ký Chủ tịch", province, office);
        account("thuky", secretary, Role.SECRETARY);

        account("vanthu.snv", person("Đặng Thị Nội", "Văn thư", home, homeOffice), Role.CLERK);
        account("lanhdao.snv", person("Trịnh Văn Vụ", "Giám đốc Sở", home, null), Role.LEADER);
        account("vanthu.stc", person("Mai Thị Tài", "Văn thư", finance, financeOffice), Role.CLERK);
        account("vanthu.bacmau", person("Lý Thị Bắc", "Văn thư", north, northOffice), Role.CLERK);
        account("quantri.bacmau", person("Châu Văn Trị", "Quản trị hệ thống huyện", north, northOffice), Role.ADMIN);

        em.persist(new Delegation(
                chairman,
                deputy,
                LocalDate.now().withDayOfYear(1),
                LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1),
                "Ủy quyền giải quyết văn bản khi Chủ tịch đi công tác"));
    }

    /**
     * The demo province's identifiers end with {@code H99}, unless the system property
     * {@code qlvb.demo.level1} names another level-1 code (a second demo node playing another
     * province in the interconnection tests, e.g. {@code H98}).
     */
    static String inThisProvince(String organId) {
        String code = System.getProperty("qlvb.demo.level1", "H99");
        return organId.endsWith(".H99") ? organId.substring(0, organId.length() - 3) + code : organId;
    }

    private Agency agency(
            String organId,
            String name,
            String shortName,
            AgencyLevel level,
            Agency parent,
            String address,
            String phone,
            String email) {
        Agency a = new Agency(OrganId.of(inThisProvince(organId)), name, level, parent, false);
        a.rename(name, shortName);
        a.updateContacts(new Contacts(address, phone, null, email, null));
        em.persist(a);
        agencies.put(organId, a);
        return a;
    }

    private Unit unit(Agency agency, String code, String name) {
        Unit u = new Unit(agency, code, name);
        em.persist(u);
        return u;
    }

    private Person person(String name, String position, Agency agency, Unit unit) {
        Person p = new Person(name, position, agency, unit);
        em.persist(p);
        return p;
    }

    private void account(String username, Person person, Role role, Role... more) {
        Set<Role> roles = EnumSet.of(role, more);
        em.persist(new Account(username, passwordHash, person, roles));
    }
}
