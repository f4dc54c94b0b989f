package vn.gov.qlvb.organisations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * An agency (cơ quan, tổ chức) in the province's directory: hosted here, or remote (served by
 * another system and reached through the exchange). Agencies form a tree of four levels.
 */
@Entity
@Table(name = "qlvb_agency")
@NamedQuery(name = Agency.BY_ORGAN_ID, query = "SELECT a FROM Agency a WHERE a.organId.value = :organId")
@NamedQuery(name = Agency.CHILDREN, query = "SELECT a FROM Agency a WHERE a.parent = :parent ORDER BY a.name")
@NamedQuery(name = Agency.ROOTS, query = "SELECT a FROM Agency a WHERE a.parent IS NULL ORDER BY a.name")
public class Agency {

    public static final String BY_ORGAN_ID = "Agency.byOrganId";
    public static final String CHILDREN = "Agency.children";
    public static final String ROOTS = "Agency.roots";
    public static final int NAME_MAX = 255;

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "qlvb_agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @Embedded
    private OrganId organId;

    @Column(name = "name", length = NAME_MAX, nullable = false)
    private String name;

    @Column(name = "short_name", length = 50)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_level", length = 10, nullable = false)
    private AgencyLevel level;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @Column(name = "remote", nullable = false)
    private boolean remote;

    @Column(name = "partner_system_id", length = 100)
    private String partnerSystemId;

    @Embedded
    private Contacts contacts;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private ActiveStatus status = ActiveStatus.ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Agency() {}

    public Agency(OrganId organId, String name, AgencyLevel level, Agency parent, boolean remote) {
        this.organId = organId;
        rename(name, null);
        this.level = required(level, "level");
        moveUnder(parent);
        this.remote = remote;
        this.contacts = new Contacts();
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw RuleViolation.invalid("field.required", field);
        }
        return value;
    }

    /** Changes the names; the full name is required and at most 255 characters. */
    public void rename(String newName, String newShortName) {
        if (newName == null || newName.isBlank()) {
            throw RuleViolation.invalid("field.required", "name");
        }
        if (newName.strip().length() > NAME_MAX) {
            throw RuleViolation.invalid("field.tooLong", "name", NAME_MAX);
        }
        if (newShortName != null && newShortName.strip().length() > 50) {
            throw RuleViolation.invalid("field.tooLong", "shortName", 50);
        }
        this.name = newName.strip();
        this.shortName = newShortName == null || newShortName.isBlank() ? null : newShortName.strip();
        touch();
    }

    /**
     * Places this agency under {@code newParent} (or at the top when {@code null}).
     *
     * @see #relocate(Agency, AgencyLevel)
     */
    public void moveUnder(Agency newParent) {
        relocate(newParent, level);
    }

    public void changeLevel(AgencyLevel newLevel) {
        relocate(parent, newLevel);
    }

    /**
     * Sets parent and level together, checking the state they end in:
     *
     * <ol>
     *   <li>the level is given;
     *   <li>the parent must not be this agency or one of its descendants (no cycle);
     *   <li>the parent's level must not be below this agency's new level.
     * </ol>
     *
     * Whether the agency's own children still fit under the new level is the boundary's check
     * (the entity does not hold its children).
     */
    public void relocate(Agency newParent, AgencyLevel newLevel) {
        required(newLevel, "level");
        for (Agency a = newParent; a != null; a = a.parent) {
            if (a == this || (id != null && id.equals(a.id))) {
                throw RuleViolation.invalid("agency.parent.cycle", "parentOrganId");
            }
        }
        if (newParent != null && !newLevel.mayBeUnder(newParent.level)) {
            throw RuleViolation.invalid("agency.parent.level", "level");
        }
        this.parent = newParent;
        this.level = newLevel;
        touch();
    }

    public void updateContacts(Contacts newContacts) {
        this.contacts = newContacts == null ? new Contacts() : newContacts;
        touch();
    }

    /** Marks the agency as served by another system (reached through the exchange) or not. */
    public void markRemote(boolean isRemote, String viaPartnerSystemId) {
        this.remote = isRemote;
        this.partnerSystemId = isRemote && viaPartnerSystemId != null && !viaPartnerSystemId.isBlank()
                ? viaPartnerSystemId.strip()
                : null;
        touch();
    }

    public void deactivate() {
        this.status = ActiveStatus.INACTIVE;
        touch();
    }

    public void reactivate() {
        this.status = ActiveStatus.ACTIVE;
        touch();
    }

    /** Whether {@code other} is this agency or lies below it in the tree. */
    public boolean isAncestorOrSelfOf(Agency other) {
        for (Agency a = other; a != null; a = a.parent) {
            if (a.id != null && a.id.equals(id)) {
                return true;
            }
        }
        return false;
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public OrganId getOrganId() {
        return organId;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public AgencyLevel getLevel() {
        return level;
    }

    public Agency getParent() {
        return parent;
    }

    public boolean isRemote() {
        return remote;
    }

    public String getPartnerSystemId() {
        return partnerSystemId;
    }

    public Contacts getContacts() {
        return contacts == null ? new Contacts() : contacts;
    }

    public ActiveStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == ActiveStatus.ACTIVE;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
