package vn.gov.qlvb.organisations.boundary;

import vn.gov.qlvb.organisations.entity.AgencyLevel;

/** What a person or a partner system submits to create or change an agency. */
public record AgencyForm(
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
        String website) {}
