package vn.gov.qlvb.outgoing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A request for opinion on a draft (lấy ý kiến), addressed to a person or to a unit (answered by
 * its head), with a deadline. Answered once: agree, disagree or other, with a comment.
 */
@Entity
@Table(name = "qlvb_outgoing_opinion")
public class OpinionRequest {

    @Id
    @SequenceGenerator(name = "outgoing_opinion_seq", sequenceName = "qlvb_outgoing_opinion_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_opinion_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id", nullable = false, updatable = false)
    private OutgoingDocument document;

    @ManyToOne
    @JoinColumn(name = "person_id", updatable = false)
    private Person person;

    @ManyToOne
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Column(name = "addressee_name", length = 200, nullable = false, updatable = false)
    private String addresseeName;

    @Column(name = "asked_by", nullable = false, updatable = false)
    private long askedBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer", length = 10)
    private OpinionAnswer answer;

    @Column(name = "answer_comment", length = 2000)
    private String comment;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_by_name", length = 150)
    private String answeredByName;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    @Column(name = "version")
    private long version;

    protected OpinionRequest() {}

    /**
     * Asks {@code person} or {@code unit} (exactly one) for an opinion by {@code deadline}, which
     * is not in the past; only while the draft is being written or reviewed.
     */
    public OpinionRequest(
            OutgoingDocument document, Person person, Unit unit, LocalDate deadline, long askedBy, Instant now) {
        document.requireEditable();
        if ((person == null) == (unit == null)) {
            throw RuleViolation.invalid("outgoing.opinion.addressee", "addressees");
        }
        if (deadline == null) {
            throw RuleViolation.invalid("field.required", "deadline");
        }
        if (deadline.isBefore(OutgoingDocument.today(now))) {
            throw RuleViolation.invalid("outgoing.opinion.deadlinePast", "deadline");
        }
        this.document = document;
        this.person = person;
        this.unit = unit;
        this.addresseeName = person != null ? person.getFullName() : unit.getName();
        this.askedBy = askedBy;
        this.askedAt = now;
        this.deadline = deadline;
    }

    /** The addressee answers, once; the comment is required unless they agree. */
    public void answer(OpinionAnswer given, String text, long personId, String personName, Instant now) {
        if (answer != null) {
            throw RuleViolation.conflict("outgoing.opinion.alreadyAnswered", null);
        }
        if (given == null) {
            throw RuleViolation.invalid("field.required", "answer");
        }
        String c = text == null || text.isBlank() ? null : text.strip();
        if (c != null && c.length() > 2000) {
            throw RuleViolation.invalid("field.tooLong", "comment", 2000);
        }
        if (c == null && given != OpinionAnswer.AGREE) {
            throw RuleViolation.invalid("field.required", "comment");
        }
        this.answer = given;
        this.comment = c;
        this.answeredBy = personId;
        this.answeredByName = personName;
        this.answeredAt = now;
    }

    /** Moves the deadline later, while unanswered. */
    public void extend(LocalDate newDeadline) {
        if (answer != null) {
            throw RuleViolation.conflict("outgoing.opinion.alreadyAnswered", null);
        }
        if (newDeadline == null) {
            throw RuleViolation.invalid("field.required", "deadline");
        }
        if (!newDeadline.isAfter(deadline)) {
            throw RuleViolation.invalid("outgoing.opinion.extensionEarlier", "deadline");
        }
        this.deadline = newDeadline;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Long getId() {
        return id;
    }

    public OutgoingDocument getDocument() {
        return document;
    }

    public Person getPerson() {
        return person;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public long getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public OpinionAnswer getAnswer() {
        return answer;
    }

    public String getComment() {
        return comment;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public String getAnsweredByName() {
        return answeredByName;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
