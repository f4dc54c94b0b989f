package vn.gov.qlvb.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** Address and ways to reach an agency. Every part is optional; given parts are checked. */
@Embeddable
public class Contacts implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PHONE = "[0-9+() .-]+";
    static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "fax", length = 30)
    private String fax;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "website", length = 254)
    private String website;

    public Contacts() {}

    /** @throws RuleViolation for a part that is too long or malformed, naming that part */
    public Contacts(String address, String phone, String fax, String email, String website) {
        this.address = checked(address, "address", 500, null);
        this.phone = checked(phone, "phone", 30, PHONE);
        this.fax = checked(fax, "fax", 30, PHONE);
        this.email = checked(email, "email", 254, EMAIL);
        this.website = checked(website, "website", 254, null);
    }

    private static String checked(String value, String field, int max, String pattern) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw RuleViolation.invalid("field.tooLong", field, max);
        }
        if (pattern != null && !v.matches(pattern)) {
            throw RuleViolation.invalid(field.equals("email") ? "email.malformed" : "phone.malformed", field);
        }
        return v;
    }

    public String getAddress() {
        return address;
    }

    public String getPhone() {
        return phone;
    }

    public String getFax() {
        return fax;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }
}
