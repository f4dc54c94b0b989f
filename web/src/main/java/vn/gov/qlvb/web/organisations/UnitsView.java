package vn.gov.qlvb.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.boundary.UnitDirectory;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;

/** The units page: the units of a chosen agency and the create/edit dialog. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitDirectory directory;

    @Inject
    AgencyDirectory agencies;

    @Inject
    SessionUser me;

    private AgencyPicker agency;
    private boolean includeInactive;
    private List<UnitJson> units;
    private Long editing;
    private String code;
    private String name;

    @PostConstruct
    void init() {
        agency = AgencyPicker.of(agencies.administered(), me.getCaller().organId());
    }

    /** The units of the chosen agency, read once per change of agency or filter. */
    public List<UnitJson> getUnits() {
        if (units == null) {
            units = agency.isChosen()
                    ? directory.of(agency.getOrganId(), includeInactive).stream()
                            .map(UnitJson::of)
                            .toList()
                    : List.of();
        }
        return units;
    }

    public void reload() {
        units = null;
    }

    public void startCreate() {
        editing = null;
        code = null;
        name = null;
    }

    public void startEdit(long id) {
        UnitJson unit = UnitJson.of(directory.find(id));
        editing = unit.id();
        code = unit.code();
        name = unit.name();
    }

    public void save() {
        try {
            if (editing == null) {
                directory.create(agency.getOrganId(), code, name);
            } else {
                directory.update(editing, code, name);
            }
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "unitForm");
            return;
        }
        UiFeedback.info("common.saved");
        reload();
        PrimeFaces.current().executeScript("PF('unitDialog').hide()");
    }

    public void deactivate(long id) {
        setActive(id, false);
    }

    public void reactivate(long id) {
        setActive(id, true);
    }

    private void setActive(long id, boolean active) {
        try {
            directory.setActive(id, active);
            UiFeedback.info("common.saved");
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "unitForm");
        }
        reload();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public AgencyPicker getAgency() {
        return agency;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
