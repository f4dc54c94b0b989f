package vn.gov.qlvb.registers.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.registers.entity.RegisterKind;

/**
 * The registers of an agency, managed by its clerks and administrators. An agency that has none
 * of a kind gets the two usual ones on first use: the ordinary register and the one for secret
 * documents ("Sổ văn bản đến", "Sổ văn bản đến mật").
 */
@Stateless
@PermitAll
public class Registers {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Resource
    SessionContext context;

    /** The active registers of a kind of the caller's agency. */
    public List<Register> ofMyAgency(RegisterKind kind) {
        Caller caller = callers.current();
        return of(em.find(Agency.class, caller.agencyId()), kind);
    }

    List<Register> of(Agency agency, RegisterKind kind) {
        List<Register> found = query(agency, kind);
        if (found.isEmpty() && !agency.isRemote()) {
            try {
                context.getBusinessObject(Registers.class).openUsualRegisters(agency.getId(), kind);
            } catch (EJBException raceLost) {
                // opened at the same moment by another call (unique agency, kind and name)
            }
            found = query(agency, kind);
        }
        return found;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openUsualRegisters(long agencyId, RegisterKind kind) {
        Agency agency = em.find(Agency.class, agencyId);
        String base = kind == RegisterKind.INCOMING ? "Sổ văn bản đến" : "Sổ văn bản đi";
        em.persist(new Register(agency, kind, base, false));
        em.persist(new Register(agency, kind, base + " mật", true));
        em.flush();
    }

    private List<Register> query(Agency agency, RegisterKind kind) {
        return em.createQuery(
                        "SELECT r FROM Register r WHERE r.agency = :agency AND r.kind = :kind"
                                + " AND r.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE"
                                + " ORDER BY r.forSecret, r.name",
                        Register.class)
                .setParameter("agency", agency)
                .setParameter("kind", kind)
                .getResultList();
    }

    /**
     * The caller's agency's outgoing register for legal normative documents of {@code type},
     * opened on first use.
     */
    public Register legalNormativeSeries(vn.gov.qlvb.documents.entity.DocumentType type) {
        Caller caller = callers.current();
        Register found = legalSeries(caller.agencyId(), type);
        if (found == null) {
            try {
                context.getBusinessObject(Registers.class).openLegalSeries(caller.agencyId(), type);
            } catch (EJBException raceLost) {
                // opened at the same moment by another issue (unique agency, kind and name)
            }
            found = legalSeries(caller.agencyId(), type);
        }
        return found;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void openLegalSeries(long agencyId, vn.gov.qlvb.documents.entity.DocumentType type) {
        em.persist(Register.forLegalNormative(em.find(Agency.class, agencyId), type));
        em.flush();
    }

    private Register legalSeries(long agencyId, vn.gov.qlvb.documents.entity.DocumentType type) {
        return em.createQuery(
                        "SELECT r FROM Register r WHERE r.agency.id = :agency AND r.legalType = :type"
                                + " AND r.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE",
                        Register.class)
                .setParameter("agency", agencyId)
                .setParameter("type", type)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** A register of the caller's agency. */
    public Register find(long id) {
        Caller caller = callers.current();
        Register register = em.find(Register.class, id);
        if (register == null || register.getAgency().getId() != caller.agencyId()) {
            throw RuleViolation.notFound("register.notFound");
        }
        return register;
    }

    /** Opens another register (e.g. one per document group) in the caller's agency. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public Register open(RegisterKind kind, String name, boolean forSecret) {
        Caller caller = callers.current();
        Register register = new Register(em.find(Agency.class, caller.agencyId()), kind, name, forSecret);
        refuseTakenName(register, register.getName());
        em.persist(register);
        return register;
    }

    /** Every register of a kind of the caller's agency, the closed ones too, to manage them. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public List<Register> allOfMyAgency(RegisterKind kind) {
        Caller caller = callers.current();
        return em.createQuery(
                        "SELECT r FROM Register r WHERE r.agency.id = :agency AND r.kind = :kind"
                                + " ORDER BY r.status, r.forSecret, r.name",
                        Register.class)
                .setParameter("agency", caller.agencyId())
                .setParameter("kind", kind)
                .getResultList();
    }

    /** Renames a register; names are unique per agency and kind ({@code register.nameTaken}). */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public Register rename(long id, String name) {
        Register register = find(id);
        refuseTakenName(register, name == null ? null : name.strip());
        register.rename(name);
        return register;
    }

    /**
     * Closes a register to new documents (what it holds stays readable), or opens it again. The
     * last open register of a kind and secrecy stays open ({@code register.lastOpen}), so that
     * the clerk always has one to register in.
     */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public Register setActive(long id, boolean active) {
        Register register = find(id);
        if (active) {
            register.reactivate();
        } else if (register.isActive()) {
            long open = em.createQuery(
                            "SELECT COUNT(r) FROM Register r WHERE r.agency = :agency AND r.kind = :kind"
                                    + " AND r.forSecret = :secret"
                                    + " AND r.status = vn.gov.qlvb.organisations.entity.ActiveStatus.ACTIVE",
                            Long.class)
                    .setParameter("agency", register.getAgency())
                    .setParameter("kind", register.getKind())
                    .setParameter("secret", register.isForSecret())
                    .getSingleResult();
            if (open <= 1) {
                throw RuleViolation.conflict("register.lastOpen", null);
            }
            register.deactivate();
        }
        return register;
    }

    /** Renames and/or closes or reopens a register in one step: both or neither. */
    @RolesAllowed({Role.Names.CLERK, Role.Names.ADMIN})
    public Register change(long id, String name, Boolean active) {
        Register register = name == null ? find(id) : rename(id, name);
        return active == null ? register : setActive(id, active);
    }

    private void refuseTakenName(Register register, String name) {
        boolean taken = !em
                .createQuery(
                        "SELECT r.id FROM Register r WHERE r.agency = :agency AND r.kind = :kind AND r.name = :name",
                        Long.class)
                .setParameter("agency", register.getAgency())
                .setParameter("kind", register.getKind())
                .setParameter("name", name)
                .getResultList()
                .stream()
                .filter(other -> !other.equals(register.getId()))
                .toList()
                .isEmpty();
        if (taken) {
            throw RuleViolation.conflict("register.nameTaken", "name");
        }
    }
}
