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
        em.persist(register);
        return register;
    }
}
