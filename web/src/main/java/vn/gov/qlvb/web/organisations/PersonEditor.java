package vn.gov.qlvb.web.organisations;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gov.qlvb.organisations.boundary.PersonForm;
import vn.gov.qlvb.organisations.entity.Role;

/** The fields of the person dialog, bound by the page; roles are their names. */
public class PersonEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private String organId;
    private String fullName;
    private String position;
    private Long unitId;
    private String email;
    private String phone;
    private boolean hasAccount;
    private String username;
    private String password;
    private List<String> roles = new ArrayList<>();

    static PersonEditor forAgency(String organId) {
        PersonEditor e = new PersonEditor();
        e.organId = organId;
        return e;
    }

    static PersonEditor of(PersonJson p) {
        PersonEditor e = forAgency(p.organId());
        e.fullName = p.fullName();
        e.position = p.position();
        e.unitId = p.unitId();
        e.email = p.email();
        e.phone = p.phone();
        e.hasAccount = p.hasAccount();
        e.username = p.username();
        e.roles = p.roles().stream().map(Role::name).collect(Collectors.toCollection(ArrayList::new));
        return e;
    }

    PersonForm toForm() {
        Set<Role> chosen =
                roles == null ? Set.of() : roles.stream().map(Role::valueOf).collect(Collectors.toSet());
        return new PersonForm(fullName, position, organId, unitId, email, phone, username, password, chosen);
    }

    public String getOrganId() {
        return organId;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    /** Whether the person already has an account, whose username then stays. */
    public boolean isHasAccount() {
        return hasAccount;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
