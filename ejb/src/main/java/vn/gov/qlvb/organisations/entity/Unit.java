package vn.gov.qlvb.organisations.entity;

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
import java.text.Normalizer;
import java.util.Locale;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A unit (phòng ban, đơn vị) inside an agency, such as the office (Văn phòng) or a division.
 * Its code is unique within the agency and is used in the notation of công văn
 * ({@code 12/UBND-VX}).
 */
@Entity
@Table(name = "qlvb_unit")
public class Unit {

    @Id
    @SequenceGenerator(name = "unit_seq", sequenceName = "qlvb_unit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Column(name = "code", length = 20, nullable = false)
    private String code;

    @Column(name = "name", length = 255, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private ActiveStatus status = ActiveStatus.ACTIVE;

    @Version
    @Column(name = "version")
    private long version;

    protected Unit() {}

    public Unit(Agency agency, String code, String name) {
        if (agency == null) {
            throw RuleViolation.invalid("field.required", "agency");
        }
        this.agency = agency;
        change(code, name);
    }

    /** Sets code (letters and digits, upper-cased, at most 20) and name (at most 255). */
    public void change(String newCode, String newName) {
        if (newCode == null || newCode.isBlank()) {
            throw RuleViolation.invalid("field.required", "code");
        }
        String c = Normalizer.normalize(newCode.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        if (c.length() > 20) {
            throw RuleViolation.invalid("field.tooLong", "code", 20);
        }
        if (!c.matches("[\\p{Lu}\\p{Nd}]+")) {
            throw RuleViolation.invalid("unit.code.malformed", "code");
        }
        if (newName == null || newName.isBlank()) {
            throw RuleViolation.invalid("field.required", "name");
        }
        if (newName.strip().length() > 255) {
            throw RuleViolation.invalid("field.tooLong", "name", 255);
        }
        this.code = c;
        this.name = newName.strip();
    }

    public void deactivate() {
        status = ActiveStatus.INACTIVE;
    }

    public void reactivate() {
        status = ActiveStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public ActiveStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == ActiveStatus.ACTIVE;
    }
}
