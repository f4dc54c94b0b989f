package vn.gov.qlvb.registers.entity;

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
import vn.gov.qlvb.documents.entity.DocumentType;
import vn.gov.qlvb.organisations.entity.ActiveStatus;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A register (sổ) of an agency: every document registered in it gets the next number of the
 * register's series for its year. Secret documents have registers of their own.
 */
@Entity
@Table(name = "qlvb_register")
public class Register {

    @Id
    @SequenceGenerator(name = "register_seq", sequenceName = "qlvb_register_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agency_id", nullable = false)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 10, nullable = false)
    private RegisterKind kind;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "for_secret", nullable = false)
    private boolean forSecret;

    /**
     * The type of legal normative document (văn bản quy phạm pháp luật) whose own series this
     * register keeps, or {@code null} for a register of administrative documents.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "legal_type", length = 20)
    private DocumentType legalType;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private ActiveStatus status = ActiveStatus.ACTIVE;

    @Version
    @Column(name = "version")
    private long version;

    protected Register() {}

    public Register(Agency agency, RegisterKind kind, String name, boolean forSecret) {
        if (agency == null) {
            throw RuleViolation.invalid("field.required", "agency");
        }
        if (kind == null) {
            throw RuleViolation.invalid("field.required", "kind");
        }
        this.agency = agency;
        this.kind = kind;
        this.forSecret = forSecret;
        rename(name);
    }

    /**
     * An outgoing register keeping the series of one type of legal normative document (Decree
     * 30, Art. 15: each type of legal normative document is numbered in its own series).
     */
    public static Register forLegalNormative(Agency agency, DocumentType type) {
        if (type == null) {
            throw RuleViolation.invalid("field.required", "documentType");
        }
        Register register = new Register(
                agency, RegisterKind.OUTGOING, "Sổ văn bản quy phạm pháp luật – " + type.legalName(), false);
        register.legalType = type;
        return register;
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw RuleViolation.invalid("field.required", "name");
        }
        if (newName.strip().length() > 200) {
            throw RuleViolation.invalid("field.tooLong", "name", 200);
        }
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

    public RegisterKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public boolean isForSecret() {
        return forSecret;
    }

    /** The legal normative type whose series this is, or {@code null}. */
    public DocumentType getLegalType() {
        return legalType;
    }

    public boolean isActive() {
        return status == ActiveStatus.ACTIVE;
    }

    public ActiveStatus getStatus() {
        return status;
    }
}
