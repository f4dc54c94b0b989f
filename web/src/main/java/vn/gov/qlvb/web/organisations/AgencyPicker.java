package vn.gov.qlvb.web.organisations;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.gov.qlvb.organisations.entity.Agency;

/**
 * The agency an administration page works on, chosen among those the administrator administers.
 * It starts on the agency named by the request parameter {@code agency} when that is one of
 * them, else on the administrator's own agency, else on the first one.
 */
public class AgencyPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<SelectItem> choices;
    private String organId;

    private AgencyPicker(List<SelectItem> choices, String organId) {
        this.choices = choices;
        this.organId = organId;
    }

    static AgencyPicker of(List<Agency> administered, String ownOrganId) {
        List<SelectItem> choices = administered.stream()
                .map(a -> new SelectItem(
                        a.getOrganId().value(),
                        a.getName() + " (" + a.getOrganId().value() + ")"))
                .toList();
        String requested = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("agency");
        if (requested != null) {
            requested = requested.strip().toUpperCase(Locale.ROOT);
        }
        String start = null;
        for (String candidate : new String[] {requested, ownOrganId}) {
            if (start == null && candidate != null && offers(choices, candidate)) {
                start = candidate;
            }
        }
        if (start == null && !choices.isEmpty()) {
            start = (String) choices.get(0).getValue();
        }
        return new AgencyPicker(choices, start);
    }

    private static boolean offers(List<SelectItem> choices, String organId) {
        return choices.stream().anyMatch(c -> c.getValue().equals(organId));
    }

    /** Whether there is an agency to work on. */
    public boolean isChosen() {
        return organId != null;
    }

    public List<SelectItem> getChoices() {
        return choices;
    }

    public String getOrganId() {
        return organId;
    }

    public void setOrganId(String organId) {
        this.organId = organId;
    }
}
