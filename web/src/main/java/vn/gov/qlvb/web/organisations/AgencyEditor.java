package vn.gov.qlvb.web.organisations;

import java.io.Serializable;
import vn.gov.qlvb.organisations.boundary.AgencyForm;
import vn.gov.qlvb.organisations.entity.AgencyLevel;

/** The fields of the agency dialog, bound by the page. */
public class AgencyEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private String organId;
    private String name;
    private String shortName;
    private AgencyLevel level = AgencyLevel.PROVINCE;
    private String parentOrganId;
    private boolean remote;
    private String partnerSystemId;
    private String address;
    private String phone;
    private String fax;
    private String email;
    private String website;

    static AgencyEditor of(AgencyJson a) {
        AgencyEditor e = new AgencyEditor();
        e.organId = a.organId();
        e.name = a.name();
        e.shortName = a.shortName();
        e.level = a.level();
        e.parentOrganId = a.parentOrganId();
        e.remote = a.remote();
        e.partnerSystemId = a.partnerSystemId();
        e.address = a.address();
        e.phone = a.phone();
        e.fax = a.fax();
        e.email = a.email();
        e.website = a.website();
        return e;
    }

    AgencyForm toForm() {
        return new AgencyForm(
                organId,
                name,
                shortName,
                level,
                parentOrganId,
                remote,
                partnerSystemId,
                address,
                phone,
                fax,
                email,
                website);
    }

    public String getOrganId() {
        return organId;
    }

    public void setOrganId(String organId) {
        this.organId = organId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public AgencyLevel getLevel() {
        return level;
    }

    public void setLevel(AgencyLevel level) {
        this.level = level;
    }

    public String getParentOrganId() {
        return parentOrganId;
    }

    public void setParentOrganId(String parentOrganId) {
        this.parentOrganId = parentOrganId;
    }

    public boolean isRemote() {
        return remote;
    }

    public void setRemote(boolean remote) {
        this.remote = remote;
    }

    public String getPartnerSystemId() {
        return partnerSystemId;
    }

    public void setPartnerSystemId(String partnerSystemId) {
        this.partnerSystemId = partnerSystemId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getFax() {
        return fax;
    }

    public void setFax(String fax) {
        this.fax = fax;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
