package vn.gov.qlvb.web.incoming;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.gov.qlvb.incoming.boundary.IncomingWorkLists;
import vn.gov.qlvb.incoming.boundary.IncomingWorkLists.WorkList;

/**
 * The signed-in person's work lists of incoming documents (Văn bản cần xử lý): one list at a
 * time chosen by the {@code list} view parameter, each with its count, urgent documents first
 * and highlighted; for a leader also the documents waiting for their direction.
 */
@Named
@ViewScoped
public class IncomingWorkView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SIZE = 200;

    @Inject
    IncomingWorkLists lists;

    /** One list as a tab: its bundle key, count and whether it is the one shown. */
    public record Tab(WorkList list, String key, long count, boolean urgent) implements Serializable {}

    private WorkList list = WorkList.TO_PROCESS;
    private List<Tab> tabs;
    private List<AssignmentJson> rows;
    private List<IncomingJson> toDirect;

    public List<Tab> getTabs() {
        if (tabs == null) {
            IncomingWorkLists.Counts c = lists.counts();
            tabs = List.of(
                    new Tab(WorkList.TO_PROCESS, "work.TO_PROCESS", c.toProcess(), false),
                    new Tab(WorkList.IN_PROGRESS, "work.IN_PROGRESS", c.inProgress(), false),
                    new Tab(WorkList.DONE, "work.DONE", c.done(), false),
                    new Tab(WorkList.OVERDUE, "work.OVERDUE", c.overdue(), c.overdue() > 0),
                    new Tab(WorkList.FOR_INFORMATION, "work.FOR_INFORMATION", c.forInformation(), false));
        }
        return tabs;
    }

    public List<AssignmentJson> getRows() {
        if (rows == null) {
            rows = lists.list(list, 0, SIZE).items().stream()
                    .map(AssignmentJson::of)
                    .toList();
        }
        return rows;
    }

    /** Documents presented to the caller and waiting for their direction. */
    public List<IncomingJson> getToDirect() {
        if (toDirect == null) {
            toDirect = lists.toDirect(SIZE).stream().map(IncomingJson::of).toList();
        }
        return toDirect;
    }

    public WorkList getList() {
        return list;
    }

    public void setList(WorkList list) {
        this.list = list == null ? WorkList.TO_PROCESS : list;
    }
}
