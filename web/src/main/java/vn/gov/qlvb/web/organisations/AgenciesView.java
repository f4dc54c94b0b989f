package vn.gov.qlvb.web.organisations;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.TreeNode;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.AgencyLevel;
import vn.gov.qlvb.platform.entity.Page;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.UiFeedback;

/** The agency directory page: searchable paged table, the tree, and the create/edit dialog. */
@Named
@ViewScoped
public class AgenciesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AgencyDirectory directory;

    private String query;
    private AgencyLevel level;
    private boolean includeInactive;
    private LazyDataModel<AgencyJson> agencies;
    private TreeNode<AgencyJson> tree;
    private AgencyEditor editor = new AgencyEditor();
    private String editing;

    @PostConstruct
    void init() {
        agencies = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filters) {
                return (int) directory
                        .search(query, level, null, includeInactive, 0, 1)
                        .total();
            }

            @Override
            public List<AgencyJson> load(
                    int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
                Page<Agency> page = directory.search(query, level, null, includeInactive, first, size);
                setRowCount((int) page.total());
                return page.items().stream().map(AgencyJson::of).toList();
            }

            @Override
            public String getRowKey(AgencyJson row) {
                return row.organId();
            }

            @Override
            public AgencyJson getRowData(String key) {
                return AgencyJson.of(directory.find(key));
            }
        };
        buildTree();
    }

    private void buildTree() {
        tree = new DefaultTreeNode<>(null, null);
        for (Agency root : directory.children(null)) {
            addBranch(tree, root);
        }
    }

    private void addBranch(TreeNode<AgencyJson> parent, Agency agency) {
        TreeNode<AgencyJson> node = new DefaultTreeNode<>(AgencyJson.of(agency), parent);
        node.setExpanded(agency.getParent() == null && !agency.isRemote());
        for (Agency child : directory.children(agency.getOrganId().value())) {
            addBranch(node, child);
        }
    }

    public void startCreate() {
        editing = null;
        editor = new AgencyEditor();
    }

    public void startCreateUnder(String parentOrganId) {
        startCreate();
        editor.setParentOrganId(parentOrganId);
    }

    public void startEdit(String organId) {
        editing = organId;
        editor = AgencyEditor.of(AgencyJson.of(directory.find(organId)));
    }

    public void save() {
        try {
            if (editing == null) {
                directory.create(editor.toForm());
            } else {
                directory.update(editing, editor.toForm());
            }
        } catch (RuleViolation | jakarta.ejb.EJBAccessException e) {
            UiFeedback.refused(e, "agencyForm");
            return;
        }
        UiFeedback.info("common.saved");
        buildTree();
        PrimeFaces.current().executeScript("PF('agencyDialog').hide()");
    }

    public void deactivate(String organId) {
        try {
            directory.deactivate(organId);
            UiFeedback.info("common.saved");
            buildTree();
        } catch (RuleViolation | jakarta.ejb.EJBAccessException e) {
            UiFeedback.refused(e, "agencyForm");
        }
    }

    public void reactivate(String organId) {
        try {
            directory.reactivate(organId);
            UiFeedback.info("common.saved");
            buildTree();
        } catch (RuleViolation | jakarta.ejb.EJBAccessException e) {
            UiFeedback.refused(e, "agencyForm");
        }
    }

    public AgencyLevel[] getLevels() {
        return AgencyLevel.values();
    }

    public boolean isCreating() {
        return editing == null;
    }

    public LazyDataModel<AgencyJson> getAgencies() {
        return agencies;
    }

    public TreeNode<AgencyJson> getTree() {
        return tree;
    }

    public AgencyEditor getEditor() {
        return editor;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public AgencyLevel getLevel() {
        return level;
    }

    public void setLevel(AgencyLevel level) {
        this.level = level;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
