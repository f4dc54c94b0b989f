package vn.gov.qlvb.web.outgoing;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import vn.gov.qlvb.documents.entity.Confidentiality;
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.documents.entity.Urgency;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.boundary.PeopleDirectory;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.boundary.DraftForm;
import vn.gov.qlvb.outgoing.boundary.OutgoingDrafting;
import vn.gov.qlvb.outgoing.boundary.OutgoingQueries;
import vn.gov.qlvb.outgoing.entity.DraftDetails;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;

/** Writes a new draft or changes one ({@code id} view parameter). */
@Named
@ViewScoped
public class OutgoingDraftView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutgoingDrafting drafting;

    @Inject
    OutgoingQueries queries;

    @Inject
    PeopleDirectory people;

    @Inject
    AgencyDirectory agencies;

    @Inject
    SessionUser me;

    /** A choice in a menu. */
    public record Choice(String value, String label) implements Serializable {}

    private Long id;
    private DocumentType documentType = DocumentType.CONG_VAN;
    private boolean legalNormative;
    private String subject;
    private Urgency urgency = Urgency.NORMAL;
    private Confidentiality confidentiality = Confidentiality.NONE;
    private Long signerId;
    private String recipientsText = "- Như trên;\n- Lưu: VT.";
    private Integer pageCount;
    private List<String> recipients = new ArrayList<>();
    private List<Choice> signers;
    private List<Choice> agencyChoices;
    private boolean loaded;
    private List<Long> answers = new ArrayList<>();
    private List<AnswerChoice> answerChoices = new ArrayList<>();
    private Long answering;
    private Long addAnswerId;

    /** An incoming document the draft answers, as offered in the form. */
    public record AnswerChoice(Long id, String label) implements Serializable {}

    /** Loads the draft named by {@code id}, if any. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            if (answering != null) {
                answers = new ArrayList<>(List.of(answering));
                answerChoices = new ArrayList<>(List.of(new AnswerChoice(answering, "#" + answering)));
            }
            return;
        }
        try {
            OutgoingDocument d = queries.find(id);
            documentType = d.getDocumentType();
            legalNormative = d.isLegalNormative();
            subject = d.getSubject();
            urgency = d.getUrgency();
            confidentiality = d.getConfidentiality();
            signerId = d.getSigner().getId();
            recipientsText = d.getRecipientsText();
            pageCount = d.getPageCount();
            recipients = new ArrayList<>(OutgoingJson.of(d).recipientOrganIds());
            answerChoices = d.getAnswers().stream()
                    .map(a -> new AnswerChoice(a.getId(), "#" + a.getId() + " – " + a.getSubject()))
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
            answers = answerChoices.stream()
                    .map(AnswerChoice::id)
                    .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        } catch (RuleViolation e) {
            UiFeedback.refused(e, "draft");
        }
    }

    public void save() throws IOException {
        DraftForm form = new DraftForm(
                new DraftDetails(
                        documentType, legalNormative, subject, urgency, confidentiality, recipientsText, pageCount),
                signerId,
                recipients,
                answered());
        try {
            OutgoingDocument saved = id == null ? drafting.create(form) : drafting.update(id, form);
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath() + "/outgoing/view.xhtml?id=" + saved.getId());
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "draft");
        }
    }

    /** The incoming documents kept in the form, and the one typed in by its identifier. */
    private List<Long> answered() {
        List<Long> all = new ArrayList<>(answers);
        if (addAnswerId != null && !all.contains(addAnswerId)) {
            all.add(addAnswerId);
        }
        return all;
    }

    /** Leaders and unit heads of the agency: who may sign. */
    public List<Choice> getSigners() {
        if (signers == null) {
            List<Choice> c = new ArrayList<>();
            String organId = me.getCaller().organId();
            for (Role role : List.of(Role.LEADER, Role.UNIT_HEAD)) {
                for (Person p : people.holding(organId, role)) {
                    c.add(new Choice(
                            String.valueOf(p.getId()),
                            p.getFullName() + (p.getPosition() == null ? "" : " – " + p.getPosition())));
                }
            }
            signers = c;
        }
        return signers;
    }

    /** Every active agency but the caller's: hosted here or reached through the exchange. */
    public List<Choice> getAgencyChoices() {
        if (agencyChoices == null) {
            agencyChoices = agencies.search(null, null, null, false, 0, 1000).items().stream()
                    .filter(a -> a.getId() != me.getCaller().agencyId())
                    .map(a -> new Choice(a.getOrganId().value(), a.getName() + (a.isRemote() ? " (liên thông)" : "")))
                    .toList();
        }
        return agencyChoices;
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public void setDocumentType(DocumentType documentType) {
        this.documentType = documentType;
    }

    public boolean isLegalNormative() {
        return legalNormative;
    }

    public void setLegalNormative(boolean legalNormative) {
        this.legalNormative = legalNormative;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public Long getSignerId() {
        return signerId;
    }

    public void setSignerId(Long signerId) {
        this.signerId = signerId;
    }

    public String getRecipientsText() {
        return recipientsText;
    }

    public void setRecipientsText(String recipientsText) {
        this.recipientsText = recipientsText;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public void setPageCount(Integer pageCount) {
        this.pageCount = pageCount;
    }

    public List<Long> getAnswers() {
        return answers;
    }

    public void setAnswers(List<Long> answers) {
        this.answers = answers == null ? new ArrayList<>() : new ArrayList<>(answers);
    }

    public List<AnswerChoice> getAnswerChoices() {
        return answerChoices;
    }

    /** The incoming document a new draft answers ({@code answers} view parameter). */
    public Long getAnswering() {
        return answering;
    }

    public void setAnswering(Long answering) {
        this.answering = answering;
    }

    public Long getAddAnswerId() {
        return addAnswerId;
    }

    public void setAddAnswerId(Long addAnswerId) {
        this.addAnswerId = addAnswerId;
    }

    public List<String> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<String> recipients) {
        this.recipients = recipients == null ? new ArrayList<>() : new ArrayList<>(recipients);
    }
}
