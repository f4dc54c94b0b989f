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
import vn.gov.qlvb.platform.entity.RuleViolation;

/** A person working in one agency and (usually) one of its units, with a position. */
@Entity
@Table(name = "qlvb_person")
public class Person {

    @Id
    @SequenceGenerator(name = "person_seq", sequenceName = "qlvb_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    private Long id;

    @Column(name = "full_name", length = 150, nullable = false)
    private String fullName;

    /** Chức vụ, e.g. "Chủ tịch", "Trưởng phòng", "Chuyên viên". */
    @Column(name = "position", length = 150)
    private String position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @ManyToOne
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "phone", length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private ActiveStatus status = ActiveStatus.ACTIVE;

    @Version
    @Column(name = "version")
    private long version;

    protected Person() {}

    public Person(String fullName, String position, Agency agency, Unit unit) {
        rename(fullName, position);
        placeIn(agency, unit);
    }

    public void rename(String newFullName, String newPosition) {
        if (newFullName == null || newFullName.isBlank()) {
            throw RuleViolation.invalid("field.required", "fullName");
        }
        if (newFullName.strip().length() > 150) {
            throw RuleViolation.invalid("field.tooLong", "fullName", 150);
        }
        if (newPosition != null && newPosition.strip().length() > 150) {
            throw RuleViolation.invalid("field.tooLong", "position", 150);
        }
        this.fullName = newFullName.strip();
        this.position = newPosition == null || newPosition.isBlank() ? null : newPosition.strip();
    }

    /** Moves the person to an agency and a unit of that agency (or none). */
    public void placeIn(Agency newAgency, Unit newUnit) {
        if (newAgency == null) {
            throw RuleViolation.invalid("field.required", "agency");
        }
        if (newUnit != null && !newUnit.getAgency().getId().equals(newAgency.getId())) {
            throw RuleViolation.invalid("person.unit.otherAgency", "unit");
        }
        this.agency = newAgency;
        this.unit = newUnit;
    }

    /** Updates contact details ("thay đổi thông tin"); both optional. */
    public void updateContacts(String newEmail, String newPhone) {
        String e = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        String p = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        if (e != null && e.length() > 254) {
            throw RuleViolation.invalid("field.tooLong", "email", 254);
        }
        if (e != null && !e.matches(Contacts.EMAIL)) {
            throw RuleViolation.invalid("email.malformed", "email");
        }
        if (p != null && p.length() > 30) {
            throw RuleViolation.invalid("field.tooLong", "phone", 30);
        }
        if (p != null && !p.matches(Contacts.PHONE)) {
            throw RuleViolation.invalid("phone.malformed", "phone");
        }
        this.email = e;
        this.phone = p;
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

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public Agency getAgency() {
        return agency;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public ActiveStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == ActiveStatus.ACTIVE;
    }
}
