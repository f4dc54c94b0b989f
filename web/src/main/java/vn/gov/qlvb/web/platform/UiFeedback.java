package vn.gov.qlvb.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.context.FacesContext;
import java.util.Map;
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
     * field that the form has, and that input is marked invalid so that it is highlighted.
     * A dialog that reopens should reset its inputs, e.g. with {@code p:resetInput}.
     */
    public static void refused(RuntimeException e, String formId) {
        if (e instanceof RuleViolation v) {
            String clientId = v.field() == null ? null : formId + ":" + v.field();
            FacesContext faces = FacesContext.getCurrentInstance();
            UIComponent field = clientId == null ? null : faces.getViewRoot().findComponent(clientId);
            if (field == null) {
                clientId = null;
            } else {
                markInvalid(faces, field, clientId);
            }
            add(FacesMessage.SEVERITY_ERROR, clientId, v.code(), v.arguments());
        } else if (e instanceof EJBAccessException) {
            error("access.denied");
        } else {
            throw e;
        }
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Marks an input of the submitted form invalid. An invalid input shows its submitted value
     * (an empty one once the model was updated), so the text the person entered is put back:
     * the request parameter of the input, or of its {@code _input} element for PrimeFaces
     * menus and date pickers. Inputs that were not submitted stay as they are.
     */
    private static void markInvalid(FacesContext faces, UIComponent field, String clientId) {
        if (!(field instanceof EditableValueHolder input)) {
            return;
        }
        Map<String, String[]> params = faces.getExternalContext().getRequestParameterValuesMap();
        String[] entered = params.containsKey(clientId) ? params.get(clientId) : params.get(clientId + "_input");
        if (field instanceof UISelectMany) {
            input.setSubmittedValue(entered == null ? new String[0] : entered);
        } else if (entered != null && entered.length > 0) {
            input.setSubmittedValue(entered[0]);
        } else {
            return;
        }
        input.setValid(false);
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Messages.text(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
