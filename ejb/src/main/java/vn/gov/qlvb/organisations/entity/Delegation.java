package vn.gov.qlvb.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A leader's authority handed to a deputy (ủy quyền) for a period, both days included.
 * Everything the deputy does under it records both names. It can be revoked early; it is
 * never deleted.
 */
@Entity
@Table(name = "qlvb_delegation")
public class Delegation {

    @Id
    @SequenceGenerator(name = "delegation_seq", sequenceName = "qlvb_delegation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delegator_id", nullable = false)
    private Person delegator;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delegate_id", nullable = false)
    private Person delegate;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Delegation() {}

    /**
     * Rules: both persons given, active and different, of the same agency; the period is given
     * and does not end before it starts.
     */
    public Delegation(Person delegator, Person delegate, LocalDate validFrom, LocalDate validTo, String reason) {
        if (delegator == null) {
            throw RuleViolation.invalid("field.required", "delegator");
        }
        if (delegate == null) {
            throw RuleViolation.invalid("field.required", "delegate");
        }
        if (delegator.getId() != null && delegator.getId().equals(delegate.getId()) || delegator == delegate) {
            throw RuleViolation.invalid("delegation.self", "delegate");
        }
        if (!delegator.isActive()) {
            throw RuleViolation.invalid("delegation.person.inactive", "delegator");
        }
        if (!delegate.isActive()) {
            throw RuleViolation.invalid("delegation.person.inactive", "delegate");
        }
        if (!delegator.getAgency().getId().equals(delegate.getAgency().getId())) {
            throw RuleViolation.invalid("delegation.otherAgency", "delegate");
        }
        if (validFrom == null) {
            throw RuleViolation.invalid("field.required", "validFrom");
        }
        if (validTo == null) {
            throw RuleViolation.invalid("field.required", "validTo");
        }
        if (validTo.isBefore(validFrom)) {
            throw RuleViolation.invalid("delegation.period.reversed", "validTo");
        }
        if (reason != null && reason.length() > 500) {
            throw RuleViolation.invalid("field.tooLong", "reason", 500);
        }
        this.delegator = delegator;
        this.delegate = delegate;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /** Whether the delegate may act for the delegator on {@code day}. */
    public boolean isInForceOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Where the delegation stands on {@code day}: revoked, planned, in force or expired. */
    public DelegationStatus statusOn(LocalDate day) {
        if (revokedAt != null) {
            return DelegationStatus.REVOKED;
        }
        if (day.isBefore(validFrom)) {
            return DelegationStatus.PLANNED;
        }
        return day.isAfter(validTo) ? DelegationStatus.EXPIRED : DelegationStatus.IN_FORCE;
    }

    /** Ends the delegation early; a revoked one cannot be revoked again. */
    public void revoke(Instant now) {
        if (revokedAt != null) {
            throw RuleViolation.invalid("delegation.alreadyRevoked", null);
        }
        revokedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Person getDelegator() {
        return delegator;
    }

    public Person getDelegate() {
        return delegate;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
