package vn.gov.qlvb.web.organisations;

import vn.gov.qlvb.organisations.boundary.AgencyForm;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.organisations.entity.Contacts;

/** An agency as the REST API reads and writes it. */
public record AgencyJson(
        String organId,
        String name,
        String shortName,
        AgencyLevel level,
        String parentOrganId,
        boolean remote,
        String partnerSystemId,
        String address,
        String phone,
        String fax,
        String email,
        String website,
        String status) {

    public static AgencyJson of(Agency a) {
        Contacts c = a.getContacts();
        return new AgencyJson(
                a.getOrganId().value(),
                a.getName(),
                a.getShortName(),
                a.getLevel(),
                a.getParent() == null ? null : a.getParent().getOrganId().value(),
                a.isRemote(),
                a.getPartnerSystemId(),
                c.getAddress(),
                c.getPhone(),
                c.getFax(),
                c.getEmail(),
                c.getWebsite(),
                a.getStatus().name());
    }

    public AgencyForm toForm() {
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
}
