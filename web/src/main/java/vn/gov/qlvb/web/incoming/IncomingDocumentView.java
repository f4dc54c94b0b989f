package vn.gov.qlvb.web.incoming;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.primefaces.model.file.UploadedFile;
import vn.gov.qlvb.incoming.boundary.IncomingFiles;
import vn.gov.qlvb.incoming.boundary.IncomingQueries;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingEvent;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.UiFeedback;
import vn.gov.qlvb.web.platform.VietnamTime;

/** One incoming document with its history (opening it is recorded). */
@Named
@ViewScoped
public class IncomingDocumentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncomingQueries queries;

    @Inject
    IncomingFiles files;

    private transient UploadedFile upload;

    private Long id;
    private IncomingJson document;
    private Long presentedToId;

    /** A history entry as shown, with the time in Vietnam; {@code times} folded views. */
    public record Entry(String at, String action, String actor, String onBehalfOf, String detail, int times)
            implements Serializable {

        boolean isView() {
            return IncomingAction.VIEWED.name().equals(action);
        }

        Entry seenAgain() {
            return new Entry(at, action, actor, onBehalfOf, detail, times + 1);
        }
    }

    private List<Entry> entries = List.of();

    private vn.gov.qlvb.platform.entity.ChainCheck historyCheck;

    /** Whether the timeline is as written (its hash chain verifies); {@code null} before loading. */
    public vn.gov.qlvb.platform.entity.ChainCheck getHistoryCheck() {
        return historyCheck;
    }

    /** Loads the document named by the {@code id} view parameter. */
    public void load() {
        if (document != null || id == null) {
            return;
        }
        try {
            IncomingDocument d = queries.open(id);
            document = IncomingJson.of(d);
            presentedToId = d.getPresentedToId();
            List<IncomingEvent> events = queries.timeline(id);
            historyCheck =
                    vn.gov.qlvb.platform.entity.ChainCheck.of(events, IncomingEvent::verifies, IncomingEvent::getId);
            entries = fold(events.stream()
                    .map(e -> new Entry(
                            VietnamTime.minute(e.getAt()),
                            e.getAction().name(),
                            e.getActorName(),
                            e.getOnBehalfOfName(),
                            e.getDetail(),
                            1))
                    .toList());
        } catch (RuleViolation e) {
            UiFeedback.refused(e, "document");
        }
    }

    /**
     * The timeline as a person reads it: a view right after an entry of the same person (the
     * page shown again after their own step, or a reload) is folded into that entry, and
     * repeated views count on the first one. Every view stays in the history itself (REST
     * {@code /history}, the registers).
     */
    static List<Entry> fold(List<Entry> all) {
        List<Entry> shown = new ArrayList<>();
        for (Entry e : all) {
            Entry last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
            if (e.isView() && last != null && Objects.equals(last.actor(), e.actor())) {
                if (last.isView()) {
                    shown.set(shown.size() - 1, last.seenAgain());
                }
                continue;
            }
            shown.add(e);
        }
        return List.copyOf(shown);
    }

    /** Attaches the uploaded file (the clerk) and shows the document again. */
    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            UiFeedback.error("file.empty");
            return;
        }
        try (InputStream content = upload.getInputStream()) {
            files.attach(id, upload.getFileName(), content);
            UiFeedback.info("common.saved");
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "files");
            return;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document = null;
        load();
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String arrival() {
        return document == null ? "" : VietnamTime.minute(document.arrivalAt());
    }

    public String day(java.time.LocalDate date) {
        return VietnamTime.day(date);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public IncomingJson getDocument() {
        return document;
    }

    /** The leader the document was presented to, if one was named. */
    public Long getPresentedToId() {
        return presentedToId;
    }

    public List<Entry> getEntries() {
        return entries;
    }
}
