package vn.gov.qlvb.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.gov.qlvb.organisations.boundary.PersonalProfile;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;

/** "Thay đổi thông tin": the person's own contact details and password. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PersonalProfile profile;

    @Inject
    SessionUser me;

    private String email;
    private String phone;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    @PostConstruct
    void init() {
        Person person = profile.me();
        email = person.getEmail();
        phone = person.getPhone();
    }

    public void saveContacts() {
        try {
            profile.updateContacts(email, phone);
            me.refresh();
            UiFeedback.info("common.saved");
        } catch (RuleViolation e) {
            UiFeedback.refused(e, "contactsForm");
        }
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            UiFeedback.error("profile.passwordMismatch");
            return;
        }
        try {
            profile.changePassword(currentPassword, newPassword);
            UiFeedback.info("profile.passwordChanged");
        } catch (RuleViolation e) {
            UiFeedback.refused(e, "passwordForm");
        }
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

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
