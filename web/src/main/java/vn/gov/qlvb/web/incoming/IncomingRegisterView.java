package vn.gov.qlvb.web.incoming;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.incoming.boundary.IncomingRegistration;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.ReceiptChannel;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.RegisterKind;
import vn.gov.qlvb.web.platform.UiFeedback;

/**
 * The clerk's registration form. A probable duplicate is shown as a warning with the documents
 * it resembles; the clerk confirms to register anyway.
 */
@Named
@ViewScoped
public class IncomingRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingRegistration registration;

    @Inject
    Registers registers;

    private List<RegisterChoice> registerChoices;
    private IncomingEditor editor = new IncomingEditor();
    private boolean duplicateWarned;

    /** A register in the picker. */
    public record RegisterChoice(Long id, String name) implements Serializable {}

    @PostConstruct
    void init() {
        registerChoices = registers.ofMyAgency(RegisterKind.INCOMING).stream()
                .map(r -> new RegisterChoice(r.getId(), r.getName()))
                .toList();
        if (!registerChoices.isEmpty()) {
            editor.setRegisterId(registerChoices.get(0).id());
        }
    }

    public void save() throws IOException {
        IncomingDocument created;
        try {
            created = registration.register(editor.toForm());
        } catch (RuleViolation e) {
            duplicateWarned = "incoming.duplicate".equals(e.code());
            UiFeedback.refused(e, "incomingForm");
            return;
        } catch (EJBAccessException e) {
            UiFeedback.refused(e, "incomingForm");
            return;
        }
        UiFeedback.info("incoming.registered", created.getArrivalNumber(), String.valueOf(created.getArrivalYear()));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.getExternalContext()
                .redirect(faces.getExternalContext().getRequestContextPath() + "/incoming/view.xhtml?id="
                        + created.getId());
    }

    public List<RegisterChoice> getRegisters() {
        return registerChoices;
    }

    public IncomingEditor getEditor() {
        return editor;
    }

    public boolean isDuplicateWarned() {
        return duplicateWarned;
    }

    public DocumentType[] getDocumentTypes() {
        return DocumentType.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public ReceiptChannel[] getChannels() {
        return new ReceiptChannel[] {ReceiptChannel.PAPER, ReceiptChannel.EMAIL, ReceiptChannel.SCAN};
    }
}
