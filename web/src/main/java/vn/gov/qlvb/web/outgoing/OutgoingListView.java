package vn.gov.qlvb.web.outgoing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.boundary.OutgoingQueries;
import vn.gov.qlvb.outgoing.boundary.OutgoingQueries.WorkList;
import vn.gov.qlvb.web.platform.SessionUser;

/**
 * The signed-in person's lists of outgoing documents: my drafts, to review, to sign, to issue
 * (clerk), opinions asked, issued documents; one at a time by the {@code list} view parameter.
 */
@Named
@ViewScoped
public class OutgoingListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 200;

    @Inject
    OutgoingQueries queries;

    @Inject
    SessionUser me;

    @Inject
    vn.gov.qlvb.registers.boundary.Registers registerDirectory;

    /** A register to print. */
    public record RegisterChoice(Long id, String name) implements Serializable {}

    private List<RegisterChoice> registers;

    /** One list as a tab with its count. */
    public record Tab(WorkList list, String key, long count) implements Serializable {}

    private WorkList list;
    private List<Tab> tabs;
    private List<OutgoingJson> rows;

    public List<Tab> getTabs() {
        if (tabs == null) {
            List<Tab> t = new ArrayList<>();
            for (WorkList l : WorkList.values()) {
                if (l == WorkList.TO_ISSUE && !me.getCaller().has(Role.CLERK)) {
                    continue;
                }
                t.add(new Tab(
                        l, "outgoing.list." + l.name(), queries.list(l, 0, 1).total()));
            }
            tabs = t;
        }
        return tabs;
    }

    public List<OutgoingJson> getRows() {
        if (rows == null) {
            rows = queries.list(getList(), 0, SIZE).items().stream()
                    .map(OutgoingJson::of)
                    .toList();
        }
        return rows;
    }

    /** The agency's outgoing registers, for printing (clerks, leaders, secretaries). */
    public List<RegisterChoice> getRegisters() {
        if (registers == null) {
            registers = registerDirectory.ofMyAgency(vn.gov.qlvb.registers.entity.RegisterKind.OUTGOING).stream()
                    .filter(r -> !r.isForSecret() || me.getCaller().has(Role.CLERK))
                    .map(r -> new RegisterChoice(r.getId(), r.getName()))
                    .toList();
        }
        return registers;
    }

    /** The first and the last day of this year, for the printing form. */
    public String getYearStart() {
        return java.time.LocalDate.now(vn.gov.qlvb.outgoing.entity.OutgoingDocument.VIETNAM)
                .withDayOfYear(1)
                .toString();
    }

    public String getToday() {
        return java.time.LocalDate.now(vn.gov.qlvb.outgoing.entity.OutgoingDocument.VIETNAM)
                .toString();
    }

    public WorkList getList() {
        if (list == null) {
            list = me.getCaller().has(Role.CLERK)
                    ? WorkList.TO_ISSUE
                    : me.getCaller().has(Role.LEADER) ? WorkList.TO_SIGN : WorkList.MY_DRAFTS;
        }
        return list;
    }

    public void setList(WorkList list) {
        this.list = list;
    }
}
