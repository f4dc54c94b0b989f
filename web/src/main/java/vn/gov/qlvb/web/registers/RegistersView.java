package vn.gov.qlvb.web.registers;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;
import vn.gov.qlvb.web.platform.UiFeedback;

/**
 * The clerk's and administrator's page of the agency's registers of one kind: open a new one,
 * rename one, close one to new documents or open it again.
 */
@Named
@ViewScoped
public class RegistersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Registers registers;

    /** A register as a row of the table. */
    public record Row(long id, String name, boolean forSecret, boolean active) implements Serializable {}

    private RegisterKind kind = RegisterKind.INCOMING;
    private List<Row> rows;
    private String newName;
    private boolean newForSecret;
    private Long selectedId;
    private String rename;

    public List<Row> getRows() {
        if (rows == null) {
            rows = registers.allOfMyAgency(kind).stream()
                    .map(r -> new Row(r.getId(), r.getName(), r.isForSecret(), r.isActive()))
                    .toList();
        }
        return rows;
    }

    public void open() {
        try {
            registers.open(kind, newName, newForSecret);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "openForm");
            return;
        }
        UiFeedback.info("registers.done.opened");
        newName = null;
        newForSecret = false;
        rows = null;
    }

    /** Starts renaming a row. */
    public void edit(Row row) {
        selectedId = row.id();
        rename = row.name();
    }

    public void saveName() {
        change(rename, null, "registers.done.renamed");
    }

    public void close(Row row) {
        selectedId = row.id();
        change(null, false, "registers.done.closed");
    }

    public void reopen(Row row) {
        selectedId = row.id();
        change(null, true, "registers.done.reopened");
    }

    private void change(String name, Boolean active, String done) {
        if (selectedId == null) {
            return;
        }
        try {
            Register changed = registers.change(selectedId, name, active);
            UiFeedback.info(done, changed.getName());
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "registersForm");
            return;
        }
        selectedId = null;
        rows = null;
    }

    public RegisterKind[] getKinds() {
        return RegisterKind.values();
    }

    public RegisterKind getKind() {
        return kind;
    }

    public void setKind(RegisterKind kind) {
        this.kind = kind == null ? RegisterKind.INCOMING : kind;
        rows = null;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public boolean isNewForSecret() {
        return newForSecret;
    }

    public void setNewForSecret(boolean newForSecret) {
        this.newForSecret = newForSecret;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getRename() {
        return rename;
    }

    public void setRename(String rename) {
        this.rename = rename;
    }
}
