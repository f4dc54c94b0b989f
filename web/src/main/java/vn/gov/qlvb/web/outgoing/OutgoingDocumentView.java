package vn.gov.qlvb.web.outgoing;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.primefaces.model.file.UploadedFile;
import vn.gov.qlvb.organisations.boundary.AgencyDirectory;
import vn.gov.qlvb.organisations.boundary.PeopleDirectory;
import vn.gov.qlvb.organisations.boundary.UnitDirectory;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.boundary.OutgoingDispatch;
import vn.gov.qlvb.outgoing.boundary.OutgoingDrafting;
import vn.gov.qlvb.outgoing.boundary.OutgoingIssue;
import vn.gov.qlvb.outgoing.boundary.OutgoingQueries;
import vn.gov.qlvb.outgoing.entity.OpinionAnswer;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.OutgoingEvent;
import vn.gov.qlvb.outgoing.entity.OutgoingStatus;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;
import vn.gov.qlvb.web.platform.VietnamTime;

/**
 * One outgoing document: its details, the versions of its file, the review actions, opinions,
 * the signer's signature with the PIN, the clerk's issue and agency signature, the recipients'
 * status table, recall and replacement, and its history. Each action shows only to whom it
 * belongs; the boundaries check again.
 */
@Named
@ViewScoped
public class OutgoingDocumentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutgoingQueries queries;

    @Inject
    OutgoingDrafting drafting;

    @Inject
    OutgoingIssue issuing;

    @Inject
    OutgoingDispatch dispatch;

    @Inject
    PeopleDirectory people;

    @Inject
    UnitDirectory units;

    @Inject
    AgencyDirectory agencies;

    @Inject
    SessionUser me;

    /** A history entry as shown, with the time in Vietnam. */
    public record Entry(String at, String action, String actor, String detail) implements Serializable {}

    /** A version as listed. */
    public record Version(int number, String stage, String fileName, long size, String sha256, String author, String at)
            implements Serializable {}

    /** A person or a unit to ask for an opinion. */
    public record Choice(Long id, String label) implements Serializable {}

    /** An agency to add or remove as a recipient, by its organ identifier. */
    public record OrganChoice(String organId, String label) implements Serializable {}

    private Long id;
    private OutgoingJson document;
    private List<Version> versions = List.of();
    private List<OutgoingJson.RecipientJson> recipients = List.of();
    private List<OutgoingJson.OpinionJson> opinions = List.of();
    private List<Entry> entries = List.of();

    private vn.gov.qlvb.platform.entity.ChainCheck historyCheck;

    /** Whether the timeline is as written (its hash chain verifies); {@code null} before loading. */
    public vn.gov.qlvb.platform.entity.ChainCheck getHistoryCheck() {
        return historyCheck;
    }

    private boolean author;
    private boolean unitHead;
    private transient UploadedFile upload;
    private transient UploadedFile annexUpload;
    private String text;
    private String pin;
    private List<Long> askPersonIds = new ArrayList<>();
    private List<Long> askUnitIds = new ArrayList<>();
    private List<Choice> agencyUnits;
    private LocalDate askDeadline;
    private Long answerOpinionId;
    private OpinionAnswer answer = OpinionAnswer.AGREE;
    private List<Choice> colleagues;
    private List<String> addOrganIds = new ArrayList<>();
    private List<String> removeOrganIds = new ArrayList<>();
    private List<OrganChoice> agencyChoices;
    private Long extendOpinionId;
    private LocalDate extendDeadline;

    public void load() {
        if (document != null || id == null) {
            return;
        }
        try {
            show(queries.open(id));
        } catch (RuleViolation e) {
            UiFeedback.refused(e, "document");
        }
    }

    private void show(OutgoingDocument d) {
        document = OutgoingJson.of(d);
        author = d.getAuthor().getId() == me.getCaller().personId();
        unitHead = me.getCaller().has(Role.UNIT_HEAD)
                && d.getDraftingUnit() != null
                && d.getDraftingUnit().getId().equals(me.getCaller().unitId());
        versions = d.getVersions().stream()
                .map(v -> new Version(
                        v.getNumber(),
                        v.getStage().name(),
                        v.getFile().getFileName(),
                        v.getFile().getSize(),
                        v.getFile().getContent().getSha256(),
                        v.getAuthorName(),
                        VietnamTime.minute(v.getCreatedAt())))
                .toList();
        recipients =
                d.getRecipients().stream().map(OutgoingJson.RecipientJson::of).toList();
        opinions =
                drafting.opinions(id).stream().map(OutgoingJson.OpinionJson::of).toList();
        List<OutgoingEvent> events = queries.timeline(id);
        historyCheck = vn.gov.qlvb.platform.entity.ChainCheck.of(events, OutgoingEvent::verifies, OutgoingEvent::getId);
        entries = events.stream()
                .map(e ->
                        new Entry(VietnamTime.minute(e.getAt()), e.getAction().name(), e.getActorName(), e.getDetail()))
                .toList();
    }

    private void act(Supplier<OutgoingDocument> action, String form) {
        try {
            OutgoingDocument d = action.get();
            UiFeedback.info("common.saved");
            text = null;
            pin = null;
            show(queries.find(d.getId()));
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, form);
        }
    }

    public void addVersion() {
        if (upload == null || upload.getSize() == 0) {
            UiFeedback.error("file.empty");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            drafting.addVersion(id, upload.getFileName(), content);
            UiFeedback.info("common.saved");
            show(queries.find(id));
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "versions");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds an attachment in a separate file (phụ lục). */
    public void addAnnex() {
        if (annexUpload == null || annexUpload.getSize() == 0) {
            UiFeedback.error("file.empty");
            return;
        }
        try (InputStream content = annexUpload.getInputStream()) {
            drafting.addAnnex(id, annexUpload.getFileName(), content);
            UiFeedback.info("common.saved");
            show(queries.find(id));
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "annexes");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public UploadedFile getAnnexUpload() {
        return annexUpload;
    }

    public void setAnnexUpload(UploadedFile annexUpload) {
        this.annexUpload = annexUpload;
    }

    public void submit() {
        act(() -> drafting.submit(id), "actions");
    }

    public void approve() {
        act(() -> drafting.approve(id, text), "review");
    }

    public void giveBack() {
        act(() -> drafting.giveBack(id, text), "review");
    }

    public void comment() {
        act(() -> drafting.comment(id, text), "review");
    }

    public void sign() {
        char[] secret = pin == null ? new char[0] : pin.toCharArray();
        try {
            act(() -> issuing.sign(id, secret), "signForm");
        } finally {
            java.util.Arrays.fill(secret, '\0');
        }
    }

    public void issue() {
        act(() -> issuing.issue(id, null), "clerk");
    }

    public void applyAgencySignature() {
        act(() -> issuing.applyAgencySignature(id), "clerk");
    }

    public void recall() {
        act(() -> dispatch.recall(id, text), "after");
    }

    public void replace() throws IOException {
        try {
            OutgoingDocument draft = dispatch.replace(id);
            FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .redirect(FacesContext.getCurrentInstance()
                                    .getExternalContext()
                                    .getRequestContextPath() + "/outgoing/view.xhtml?id=" + draft.getId());
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "after");
        }
    }

    /** The clerk adds and removes recipients of a dispatched document. */
    public void updateRecipients() {
        act(
                () -> {
                    OutgoingDocument d = dispatch.updateRecipients(id, addOrganIds, removeOrganIds);
                    addOrganIds = new ArrayList<>();
                    removeOrganIds = new ArrayList<>();
                    agencyChoices = null;
                    return d;
                },
                "recipientsForm");
    }

    /** Agencies that may still be added: every other active agency not already an active recipient. */
    public List<OrganChoice> getAddableAgencies() {
        if (agencyChoices == null) {
            List<String> present = recipients.stream()
                    .filter(r -> !"REMOVED".equals(r.status()))
                    .map(OutgoingJson.RecipientJson::organId)
                    .toList();
            agencyChoices = agencies.search(null, null, null, false, 0, 1000).items().stream()
                    .filter(a -> a.getId() != me.getCaller().agencyId())
                    .filter(a -> !present.contains(a.getOrganId().value()))
                    .map(a -> new OrganChoice(
                            a.getOrganId().value(), a.getName() + (a.isRemote() ? " (liên thông)" : "")))
                    .toList();
        }
        return agencyChoices;
    }

    /** The active recipients, which may be removed. */
    public List<OrganChoice> getRemovableRecipients() {
        return recipients.stream()
                .filter(r -> !"REMOVED".equals(r.status()))
                .map(r -> new OrganChoice(r.organId(), r.name()))
                .toList();
    }

    public boolean isMayUpdateRecipients() {
        return status(OutgoingStatus.DISPATCHED) && me.getCaller().has(Role.CLERK);
    }

    /** The author moves an unanswered request's deadline. */
    public void extendOpinion() {
        act(
                () -> {
                    drafting.extendOpinion(extendOpinionId, extendDeadline);
                    extendDeadline = null;
                    return queries.find(id);
                },
                "opinions");
    }

    /** The unanswered requests whose deadline the caller may extend. */
    public List<OutgoingJson.OpinionJson> getExtendableOpinions() {
        if (document == null || !document.status().isEditable() || !author) {
            return List.of();
        }
        return opinions.stream().filter(o -> o.answer() == null).toList();
    }

    public void askOpinions() {
        act(
                () -> {
                    drafting.requestOpinions(id, askPersonIds, askUnitIds, askDeadline);
                    return queries.find(id);
                },
                "opinions");
    }

    public void answerOpinion() {
        act(
                () -> {
                    drafting.answerOpinion(answerOpinionId, answer, text);
                    return queries.find(id);
                },
                "opinions");
    }

    public void summarise() {
        act(() -> drafting.summariseOpinions(id), "opinions");
    }

    /** People of the agency to ask for an opinion. */
    public List<Choice> getColleagues() {
        if (colleagues == null) {
            colleagues = people.members(me.getCaller().organId()).stream()
                    .filter(Person::isActive)
                    .filter(p -> p.getId() != me.getCaller().personId())
                    .map(p -> new Choice(p.getId(), p.getFullName()))
                    .toList();
        }
        return colleagues;
    }

    /** Units of the agency to ask for an opinion (the unit's head answers). */
    public List<Choice> getAgencyUnits() {
        if (agencyUnits == null) {
            agencyUnits = units.of(me.getCaller().organId(), false).stream()
                    .map(u -> new Choice(u.getId(), u.getName()))
                    .toList();
        }
        return agencyUnits;
    }

    public List<Long> getAskUnitIds() {
        return askUnitIds;
    }

    public void setAskUnitIds(List<Long> askUnitIds) {
        this.askUnitIds = askUnitIds == null ? new ArrayList<>() : askUnitIds;
    }

    private boolean status(OutgoingStatus... any) {
        return document != null && List.of(any).contains(document.status());
    }

    public boolean isMayEdit() {
        return (author || unitHead) && status(OutgoingStatus.DRAFT, OutgoingStatus.RETURNED);
    }

    public boolean isMayUpload() {
        return isMayEdit() || isReviewer();
    }

    public boolean isReviewer() {
        return status(OutgoingStatus.IN_REVIEW)
                && document.currentReviewerId() != null
                && document.currentReviewerId() == me.getCaller().personId();
    }

    public boolean isMayComment() {
        return document != null && document.status().isEditable();
    }

    public boolean isMayAsk() {
        return document != null
                && document.status().isEditable()
                && (author
                        || unitHead
                        || isReviewer()
                        || document.signerId() == me.getCaller().personId());
    }

    public boolean isSigner() {
        return status(OutgoingStatus.APPROVED)
                && document.signerId() == me.getCaller().personId();
    }

    public boolean isMayIssue() {
        return status(OutgoingStatus.SIGNED) && me.getCaller().has(Role.CLERK);
    }

    public boolean isMayAgencySign() {
        return status(OutgoingStatus.ISSUED) && me.getCaller().has(Role.CLERK);
    }

    public boolean isMayRecall() {
        return status(OutgoingStatus.DISPATCHED) && me.getCaller().has(Role.CLERK);
    }

    public boolean isMayReplace() {
        return status(OutgoingStatus.DISPATCHED) && (author || me.getCaller().has(Role.CLERK));
    }

    /** The unanswered requests this person may answer. */
    public List<OutgoingJson.OpinionJson> getMyOpinions() {
        return opinions.stream()
                .filter(o -> o.answer() == null)
                .filter(o ->
                        (o.personId() != null && o.personId() == me.getCaller().personId())
                                || (o.unitId() != null
                                        && me.getCaller().has(Role.UNIT_HEAD)
                                        && o.unitId().equals(me.getCaller().unitId())))
                .toList();
    }

    public OpinionAnswer[] getAnswers() {
        return OpinionAnswer.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OutgoingJson getDocument() {
        return document;
    }

    public List<Version> getVersions() {
        return versions;
    }

    /** A moment as a person reads it: Vietnam time, dd/MM/yyyy HH:mm. */
    public String time(java.time.Instant at) {
        return VietnamTime.minute(at);
    }

    public List<OutgoingJson.RecipientJson> getRecipients() {
        return recipients;
    }

    public List<OutgoingJson.OpinionJson> getOpinions() {
        return opinions;
    }

    public List<Entry> getEntries() {
        return entries;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPin() {
        return pin;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public List<Long> getAskPersonIds() {
        return askPersonIds;
    }

    public void setAskPersonIds(List<Long> askPersonIds) {
        this.askPersonIds = askPersonIds == null ? new ArrayList<>() : new ArrayList<>(askPersonIds);
    }

    public LocalDate getAskDeadline() {
        return askDeadline;
    }

    public void setAskDeadline(LocalDate askDeadline) {
        this.askDeadline = askDeadline;
    }

    public List<String> getAddOrganIds() {
        return addOrganIds;
    }

    public void setAddOrganIds(List<String> addOrganIds) {
        this.addOrganIds = addOrganIds == null ? new ArrayList<>() : new ArrayList<>(addOrganIds);
    }

    public List<String> getRemoveOrganIds() {
        return removeOrganIds;
    }

    public void setRemoveOrganIds(List<String> removeOrganIds) {
        this.removeOrganIds = removeOrganIds == null ? new ArrayList<>() : new ArrayList<>(removeOrganIds);
    }

    public Long getExtendOpinionId() {
        return extendOpinionId;
    }

    public void setExtendOpinionId(Long extendOpinionId) {
        this.extendOpinionId = extendOpinionId;
    }

    public LocalDate getExtendDeadline() {
        return extendDeadline;
    }

    public void setExtendDeadline(LocalDate extendDeadline) {
        this.extendDeadline = extendDeadline;
    }

    public Long getAnswerOpinionId() {
        return answerOpinionId;
    }

    public void setAnswerOpinionId(Long answerOpinionId) {
        this.answerOpinionId = answerOpinionId;
    }

    public OpinionAnswer getAnswer() {
        return answer;
    }

    public void setAnswer(OpinionAnswer answer) {
        this.answer = answer;
    }
}
