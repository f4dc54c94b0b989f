package vn.gov.qlvb.web.exchange;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.exchange.boundary.EvidenceAudit;
import vn.gov.qlvb.exchange.boundary.TrailEntry;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.UiFeedback;
import vn.gov.qlvb.web.platform.VietnamTime;

/**
 * The administrator's page of a document's trail between agencies ({@code
 * /exchange/trail.xhtml?documentId=…}): every package sent or received about it, with its
 * deliveries or receipts, oldest first.
 */
@Named
@ViewScoped
public class ExchangeTrailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidenceAudit audit;

    private String documentId;
    private List<TrailEntry> entries = List.of();
    private boolean searched;

    /** Reads the trail of what was typed (or given in the address); nothing when empty. */
    public void find() {
        searched = false;
        entries = List.of();
        if (documentId == null || documentId.isBlank()) {
            return;
        }
        try {
            entries = audit.trail(documentId);
            searched = true;
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "trailForm");
        }
    }

    /** An instant as the clerk reads it: Vietnam time. */
    public String local(Instant at) {
        return VietnamTime.second(at);
    }

    public String getDocumentId() {
        return documentId;
    }

    public void setDocumentId(String documentId) {
        this.documentId = documentId;
    }

    public List<TrailEntry> getEntries() {
        return entries;
    }

    public boolean isSearched() {
        return searched;
    }
}
