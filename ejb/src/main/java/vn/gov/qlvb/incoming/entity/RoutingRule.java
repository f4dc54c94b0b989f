package vn.gov.qlvb.incoming.entity;

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
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Person;
import vn.gov.qlvb.organisations.entity.Unit;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A leader's standing direction for one document type of the agency: documents of that type
 * skip the leader and go straight to a unit as lead, due a number of days after arrival (the
 * document's own deadline when it has one). One rule per agency and type; the direction it gives
 * is recorded as the clerk's on behalf of the leader who set the rule.
 */
@Entity
@Table(name = "qlvb_routing_rule")
public class RoutingRule {

    /** At most a year between arrival and deadline. */
    public static final int MAX_DAYS = 365;

    @Id
    @SequenceGenerator(name = "routing_rule_seq", sequenceName = "qlvb_routing_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_rule_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", length = 20, nullable = false, updatable = false)
    private DocumentType documentType;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit leadUnit;

    @Column(name = "deadline_days", nullable = false)
    private int deadlineDays;

    @ManyToOne(optional = false)
    @JoinColumn(name = "set_by_id", nullable = false)
    private Person setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    @Version
    @Column(name = "version")
    private long version;

    protected RoutingRule() {}

    public RoutingRule(Agency agency, DocumentType type, Unit leadUnit, int deadlineDays, Person setBy, Instant now) {
        if (agency == null) {
            throw RuleViolation.invalid("field.required", "agency");
        }
        if (type == null) {
            throw RuleViolation.invalid("field.required", "documentType");
        }
        this.agency = agency;
        this.documentType = type;
        change(leadUnit, deadlineDays, setBy, now);
    }

    /** Sets the lead unit (active, of the agency) and the days to the deadline (0–365). */
    public void change(Unit unit, int days, Person by, Instant now) {
        if (unit == null) {
            throw RuleViolation.invalid("field.required", "unitId");
        }
        if (!unit.getAgency().getId().equals(agency.getId()) || !unit.isActive()) {
            throw RuleViolation.invalid("incoming.assignee.invalid", "unitId");
        }
        if (days < 0 || days > MAX_DAYS) {
            throw RuleViolation.invalid("incoming.routing.days", "deadlineDays", MAX_DAYS);
        }
        this.leadUnit = unit;
        this.deadlineDays = days;
        this.setBy = by;
        this.setAt = now;
    }

    /** The lead's deadline for a document: its own deadline if it has one, else arrival + days. */
    public LocalDate deadlineFor(IncomingDocument document) {
        return document.getDueDate() != null
                ? document.getDueDate()
                : document.arrivalDate().plusDays(deadlineDays);
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public Unit getLeadUnit() {
        return leadUnit;
    }

    public int getDeadlineDays() {
        return deadlineDays;
    }

    public Person getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
