package vn.gov.qlvb.exchange.boundary;

/** One agency of getAgenciesList: identifier, name, parent, and whether it is hosted here. */
public record AgencyListing(String organId, String name, String parentOrganId, boolean hosted) {}
