package vn.gov.qlvb.web.incoming;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.gov.qlvb.incoming.boundary.IncomingArrivals;
import vn.gov.qlvb.incoming.boundary.IncomingRegistration;
import vn.gov.qlvb.outgoing.boundary.OutgoingQueries;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.RegisterKind;
import vn.gov.qlvb.web.outgoing.OutgoingJson;
import vn.gov.qlvb.web.platform.UiFeedback;

/**
 * On an incoming document's page: the clerk registers an electronic arrival or refuses it with a
 * reason; everyone who sees the document sees the outgoing documents that answer it.
 */
@Named
@ViewScoped
public class IncomingArrivalView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingRegistration registration;

    @Inject
    IncomingArrivals arrivals;

    @Inject
    Registers registers;

    @Inject
    OutgoingQueries outgoing;

    /** A register to choose. */
    public record Choice(Long id, String name) implements Serializable {}

    private Long registerId;
    private String reason;
    private List<Choice> registerChoices;
    private List<OutgoingJson> answers;

    public void register(long documentId, boolean secret) throws IOException {
        try {
            Long chosen = registerId != null
                    ? registerId
                    : registers.ofMyAgency(RegisterKind.INCOMING).stream()
                            .filter(r -> r.isForSecret() == secret)
                            .findFirst()
                            .map(r -> r.getId())
                            .orElse(null);
            if (chosen == null) {
                throw RuleViolation.invalid("field.required", "registerId");
            }
            registration.registerArrived(documentId, chosen);
            reload(documentId);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "arrivalForm");
        }
    }

    public void refuse(long documentId) throws IOException {
        try {
            arrivals.refuse(documentId, reason);
            reload(documentId);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "arrivalForm");
        }
    }

    private static void reload(long documentId) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/incoming/view.xhtml?id=" + documentId);
    }

    public List<Choice> getRegisterChoices() {
        if (registerChoices == null) {
            registerChoices = registers.ofMyAgency(RegisterKind.INCOMING).stream()
                    .map(r -> new Choice(r.getId(), r.getName()))
                    .toList();
        }
        return registerChoices;
    }

    /** The outgoing documents that answer {@code incomingId}. */
    public List<OutgoingJson> answers(long incomingId) {
        if (answers == null) {
            answers = outgoing.answering(incomingId).stream()
                    .map(OutgoingJson::of)
                    .toList();
        }
        return answers;
    }

    public Long getRegisterId() {
        return registerId;
    }

    public void setRegisterId(Long registerId) {
        this.registerId = registerId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
