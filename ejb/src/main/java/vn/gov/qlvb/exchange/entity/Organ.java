package vn.gov.qlvb.exchange.entity;

/**
 * An agency as a package names it ({@code From}, {@code To}): its identifier and the seven
 * descriptive fields, emitted in this order. Absent fields are empty strings.
 */
public record Organ(
        String organId,
        String organizationInCharge,
        String organName,
        String organAdd,
        String email,
        String telephone,
        String fax,
        String website) {

    public Organ {
        organId = text(organId);
        organizationInCharge = text(organizationInCharge);
        organName = text(organName);
        organAdd = text(organAdd);
        email = text(email);
        telephone = text(telephone);
        fax = text(fax);
        website = text(website);
    }

    /** An agency known only by identifier and name. */
    public static Organ of(String organId, String name) {
        return new Organ(organId, name, name, "", "", "", "", "");
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
