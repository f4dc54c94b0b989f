package vn.gov.qlvb.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Role;

/** The signed-in person for the pages: who, where, which roles, which language. */
@Named("me")
@SessionScoped
public class SessionUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerContext callers;

    private Caller caller;
    private Locale locale = Messages.VIETNAMESE;

    public Caller getCaller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    public boolean has(String role) {
        return getCaller().has(Role.valueOf(role));
    }

    public boolean isAdmin() {
        return getCaller().isAdmin();
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches between Vietnamese and English and reloads the current page. */
    public void switchLanguage() throws IOException {
        locale = "vi".equals(locale.getLanguage()) ? Locale.ENGLISH : Messages.VIETNAMESE;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        ext.redirect(request.getRequestURI());
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ext.getRequest()).logout();
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }

    /** Forgets the cached caller, e.g. after the person changed their details. */
    public void refresh() {
        caller = null;
    }
}
