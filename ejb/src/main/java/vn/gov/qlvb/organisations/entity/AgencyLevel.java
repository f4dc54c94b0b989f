package vn.gov.qlvb.organisations.entity;

/** The four levels of the agency tree, from the top. */
public enum AgencyLevel {
    /** Central government (Trung ương): ministries, the Government Office. */
    CENTRAL,
    /** Province (tỉnh): the provincial People's Committee and its departments. */
    PROVINCE,
    /** District (huyện) and its offices. */
    DISTRICT,
    /** Commune (xã). */
    COMMUNE;

    /** Whether an agency of this level may sit under one of {@code parent}'s level. */
    public boolean mayBeUnder(AgencyLevel parent) {
        return parent.ordinal() <= ordinal();
    }
}
