package vn.gov.qlvb.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.gov.qlvb.platform.entity.RuleViolation;

/** Shows outcomes on a page as Faces messages in the person's language. */
public final class UiFeedback {

    private UiFeedback() {}

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /**
     * Shows a refusal; attached to the component {@code formId:field} when the rule names a
     * field that the form has.
     */
    public static void refused(RuntimeException e, String formId) {
        if (e instanceof RuleViolation v) {
            String clientId = v.field() == null ? null : formId + ":" + v.field();
            FacesContext faces = FacesContext.getCurrentInstance();
            if (clientId != null && faces.getViewRoot().findComponent(clientId) == null) {
                clientId = null;
            }
            add(FacesMessage.SEVERITY_ERROR, clientId, v.code(), v.arguments());
        } else if (e instanceof EJBAccessException) {
            error("access.denied");
        } else {
            throw e;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
