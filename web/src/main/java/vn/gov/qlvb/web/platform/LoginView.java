package vn.gov.qlvb.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;
import vn.gov.qlvb.organisations.boundary.SignIn;

/**
 * The sign-in form. Authenticates through the server (Elytron, the "qlvb" security domain),
 * counts failures and locks the account after repeated ones ({@link SignIn}).
 */
@Named
@RequestScoped
public class LoginView {

    private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

    @Inject
    SignIn signIn;

    private String username;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            UiFeedback.error("login.required");
            return;
        }
        String name = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (signIn.isLocked(name)) {
            UiFeedback.error("login.locked");
            return;
        }
        try {
            if (request.getUserPrincipal() != null) {
                request.logout();
            }
            request.login(name, password);
        } catch (ServletException e) {
            signIn.failed(name);
            LOG.info(() -> "Failed sign-in for " + name + " from " + request.getRemoteAddr());
            UiFeedback.error(signIn.isLocked(name) ? "login.locked" : "login.failed");
            return;
        }
        signIn.succeeded(name);
        request.getSession(true);
        ext.redirect(ext.getRequestContextPath() + "/index.xhtml");
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
}
