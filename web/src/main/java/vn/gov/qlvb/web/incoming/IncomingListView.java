package vn.gov.qlvb.web.incoming;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.gov.qlvb.incoming.boundary.IncomingQueries;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.RegisterKind;

/** The incoming register on screen: paged, searchable, urgent documents highlighted. */
@Named
@ViewScoped
public class IncomingListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingQueries queries;

    @Inject
    Registers registerDirectory;

    private List<RegistersResource.RegisterJson> registers;

    private String query;
    private IncomingStatus status;
    private Integer year = LocalDate.now(IncomingDocument.VIETNAM).getYear();
    private LazyDataModel<IncomingJson> documents;
    private List<IncomingJson> arrived;

    /**
     * Documents that arrived electronically and wait to be registered: they have no arrival number
     * yet, so no year of the register shows them.
     */
    public List<IncomingJson> getArrived() {
        if (arrived == null) {
            arrived =
                    queries
                            .search(new IncomingQueries.Filter(null, IncomingStatus.ARRIVED, null, null), 0, 100)
                            .items()
                            .stream()
                            .map(IncomingJson::of)
                            .toList();
        }
        return arrived;
    }

    @PostConstruct
    void init() {
        documents = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) queries.search(filter(), 0, 1).total();
            }

            @Override
            public List<IncomingJson> load(
                    int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                Page<IncomingDocument> page = queries.search(filter(), first, size);
                setRowCount((int) page.total());
                return page.items().stream().map(IncomingJson::of).toList();
            }

            @Override
            public String getRowKey(IncomingJson row) {
                return String.valueOf(row.id());
            }
        };
    }

    /** The registers the caller may print (secret ones only for the clerk, as the boundary decides). */
    public List<RegistersResource.RegisterJson> getRegisters() {
        if (registers == null) {
            registers = registerDirectory.ofMyAgency(RegisterKind.INCOMING).stream()
                    .map(RegistersResource.RegisterJson::of)
                    .toList();
        }
        return registers;
    }

    private IncomingQueries.Filter filter() {
        return new IncomingQueries.Filter(query, status, year, null);
    }

    public LazyDataModel<IncomingJson> getDocuments() {
        return documents;
    }

    public IncomingStatus[] getStatuses() {
        return IncomingStatus.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public IncomingStatus getStatus() {
        return status;
    }

    public void setStatus(IncomingStatus status) {
        this.status = status;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
