package vn.gov.qlvb.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.PrimeFaces;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.boundary.Delegations;
import vn.gov.qlvb.organisations.boundary.PeopleDirectory;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;

/**
 * The delegations page: the delegations of a chosen agency's leaders, the dialog that records
 * one (a leader of the agency hands their authority to a deputy for a period) and revocation.
 */
@Named
@ViewScoped
public class DelegationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Delegations delegations;

    @Inject
    PeopleDirectory people;

    @Inject
    AgencyDirectory agencies;

    @Inject
    SessionUser me;

    private AgencyPicker agency;
    private List<DelegationJson> rows;
    private List<SelectItem> leaders = List.of();
    private List<SelectItem> deputies = List.of();
    private Long delegatorId;
    private Long delegateId;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reason;

    @PostConstruct
    void init() {
        agency = AgencyPicker.of(agencies.administered(), me.getCaller().organId());
    }

    /** The delegations of the chosen agency, most recent first, read once per change. */
    public List<DelegationJson> getDelegations() {
        if (rows == null) {
            rows = agency.isChosen()
                    ? delegations.ofAgency(agency.getOrganId()).stream()
                            .map(DelegationJson::of)
                            .toList()
                    : List.of();
        }
        return rows;
    }

    public void reload() {
        rows = null;
    }

    /** Opens the dialog with the leaders and the people of the chosen agency, from today. */
    public void startCreate() {
        leaders = choices(people.holding(agency.getOrganId(), Role.LEADER));
        deputies = choices(people.members(agency.getOrganId()));
        delegatorId = null;
        delegateId = null;
        validFrom = LocalDate.now();
        validTo = null;
        reason = null;
    }

    public void save() {
        try {
            delegations.grant(agency.getOrganId(), delegatorId, delegateId, validFrom, validTo, reason);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "delegationForm");
            return;
        }
        UiFeedback.info("common.saved");
        reload();
        PrimeFaces.current().executeScript("PF('delegationDialog').hide()");
    }

    public void revoke(long id) {
        try {
            delegations.revoke(id);
            UiFeedback.info("delegation.revoked");
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "delegationForm");
        }
        reload();
    }

    private static List<SelectItem> choices(List<Person> persons) {
        return persons.stream()
                .map(p -> new SelectItem(
                        p.getId(),
                        p.getPosition() == null ? p.getFullName() : p.getFullName() + " – " + p.getPosition()))
                .toList();
    }

    public AgencyPicker getAgency() {
        return agency;
    }

    public List<SelectItem> getLeaders() {
        return leaders;
    }

    public List<SelectItem> getDeputies() {
        return deputies;
    }

    public Long getDelegatorId() {
        return delegatorId;
    }

    public void setDelegatorId(Long delegatorId) {
        this.delegatorId = delegatorId;
    }

    public Long getDelegateId() {
        return delegateId;
    }

    public void setDelegateId(Long delegateId) {
        this.delegateId = delegateId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
