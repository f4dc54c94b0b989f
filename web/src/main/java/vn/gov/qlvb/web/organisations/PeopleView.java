package vn.gov.qlvb.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.boundary.PeopleDirectory;
import vn.gov.qlvb.organisations.boundary.UnitDirectory;
import vn.gov.qlvb.organisations.entity.Account;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;

/**
 * The people page: a searchable paged table of the people of a chosen agency with their
 * accounts, and the dialog that creates or changes a person, their account and roles.
 */
@Named
@ViewScoped
public class PeopleView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PeopleDirectory directory;

    @Inject
    UnitDirectory units;

    @Inject
    AgencyDirectory agencies;

    @Inject
    SessionUser me;

    private AgencyPicker agency;
    private String query;
    private boolean includeInactive;
    private LazyDataModel<PersonJson> people;
    private PersonEditor editor = new PersonEditor();
    private List<SelectItem> unitChoices = List.of();
    private Long editing;

    @PostConstruct
    void init() {
        agency = AgencyPicker.of(agencies.administered(), me.getCaller().organId());
        people = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return agency.isChosen()
                        ? (int) directory
                                .search(agency.getOrganId(), query, includeInactive, 0, 1)
                                .total()
                        : 0;
            }

            @Override
            public List<PersonJson> load(
                    int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                if (!agency.isChosen()) {
                    setRowCount(0);
                    return List.of();
                }
                Page<Person> page = directory.search(agency.getOrganId(), query, includeInactive, first, size);
                Map<Long, Account> accounts = directory.accountsOf(page.items());
                setRowCount((int) page.total());
                return page.items().stream()
                        .map(p -> PersonJson.of(p, accounts.get(p.getId())))
                        .toList();
            }

            @Override
            public String getRowKey(PersonJson row) {
                return String.valueOf(row.id());
            }

            @Override
            public PersonJson getRowData(String key) {
                return json(directory.find(Long.parseLong(key)));
            }
        };
    }

    /** After a change of agency or search, the table shows the first page again. */
    public void fromFirstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("listForm:table")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void startCreate() {
        editing = null;
        editor = PersonEditor.forAgency(agency.getOrganId());
        unitChoices = unitChoicesOf(agency.getOrganId(), null);
    }

    public void startEdit(long id) {
        PersonJson person = json(directory.find(id));
        editing = person.id();
        editor = PersonEditor.of(person);
        unitChoices = unitChoicesOf(person.organId(), person.unitId());
    }

    public void save() {
        try {
            if (editing == null) {
                directory.create(editor.toForm());
            } else {
                directory.update(editing, editor.toForm());
            }
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "personForm");
            return;
        }
        UiFeedback.info("common.saved");
        PrimeFaces.current().executeScript("PF('personDialog').hide()");
    }

    public void deactivate(long id) {
        try {
            directory.setActive(id, false);
            UiFeedback.info("common.saved");
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "personForm");
        }
    }

    public void reactivate(long id) {
        try {
            directory.setActive(id, true);
            UiFeedback.info("common.saved");
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "personForm");
        }
    }

    public void unlock(long id) {
        try {
            directory.unlock(id);
            UiFeedback.info("person.unlocked");
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "personForm");
        }
    }

    private PersonJson json(Person person) {
        return PersonJson.of(person, directory.accountOf(person).orElse(null));
    }

    /** The active units of the agency, and the person's current unit even when inactive. */
    private List<SelectItem> unitChoicesOf(String organId, Long currentUnitId) {
        return units.of(organId, true).stream()
                .filter(u -> u.isActive() || u.getId().equals(currentUnitId))
                .map(u -> new SelectItem(u.getId(), u.getName() + " (" + u.getCode() + ")"))
                .toList();
    }

    /** Role names offered as checkboxes, in the order of {@link Role}. */
    public List<String> getRoleNames() {
        return Arrays.stream(Role.values()).map(Role::name).toList();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public AgencyPicker getAgency() {
        return agency;
    }

    public LazyDataModel<PersonJson> getPeople() {
        return people;
    }

    public PersonEditor getEditor() {
        return editor;
    }

    public List<SelectItem> getUnitChoices() {
        return unitChoices;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
