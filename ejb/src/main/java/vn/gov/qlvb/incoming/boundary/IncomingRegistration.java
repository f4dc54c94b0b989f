package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import vn.gov.qlvb.incoming.entity.IncomingAction;
import vn.gov.qlvb.incoming.entity.IncomingDetails;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Numbering;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.Register;

/**
 * Receiving and registering incoming documents (tiếp nhận, đăng ký văn bản đến), the clerk's
 * work. Every step is checked whole before anything is stored, and recorded in the document's
 * history in the same transaction.
 */
@Stateless
@PermitAll
public class IncomingRegistration {

    private static final Logger LOG = Logger.getLogger(IncomingRegistration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Registers registers;

    @Inject
    Numbering numbering;

    @Inject
    IncomingHistory history;

    /**
     * Registers a document received on paper, by e-mail or as a scan.
     *
     * <ol>
     *   <li>the description is checked (required fields, lengths, dates);
     *   <li>the register belongs to the clerk's agency and matches the confidentiality;
     *   <li>unless the clerk confirms, a probable duplicate (same sender's identifier, or same
     *       number, notation and issuing agency) is refused with {@code incoming.duplicate} naming
     *       the documents already registered;
     *   <li>the next arrival number of the register's series for the arrival year is taken;
     *   <li>the document and its first history entry are stored.
     * </ol>
     */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingDocument register(IncomingForm form) {
        Caller caller = callers.current();
        if (form == null) {
            throw RuleViolation.invalid("request.malformed", null);
        }
        Instant now = Instant.now();
        Agency agency = em.find(Agency.class, caller.agencyId());
        IncomingDocument document = IncomingDocument.received(
                agency, form.channel(), form.details(), form.arrivalAt() == null ? now : form.arrivalAt(), now);
        if (form.registerId() == null) {
            throw RuleViolation.invalid("field.required", "registerId");
        }
        Register register = registers.find(form.registerId());
        document.checkRegister(register, document.getConfidentiality());
        if (!form.registerDespiteDuplicates()) {
            refuseDuplicates(agency, form.details(), null);
        }
        long number = numbering.next(register, document.arrivalYear());
        document.register(register, number, caller.personId(), now);
        em.persist(document);
        history.record(document, IncomingAction.REGISTERED, "Số đến " + number + "/" + document.arrivalYear(), now);
        LOG.fine(() -> "Incoming " + number + "/" + document.arrivalYear() + " registered by " + caller.username());
        return document;
    }

    /** Registers a document that arrived through the exchange, giving it its arrival number. */
    @RolesAllowed(Role.Names.CLERK)
    public IncomingDocument registerArrived(long documentId, long registerId) {
        Caller caller = callers.current();
        IncomingDocument document = em.find(IncomingDocument.class, documentId);
        if (document == null || document.getAgency().getId() != caller.agencyId()) {
            throw RuleViolation.notFound("incoming.notFound");
        }
        if (document.getStatus() != IncomingStatus.ARRIVED) {
            throw RuleViolation.conflict("incoming.alreadyRegistered", null);
        }
        Register register = registers.find(registerId);
        document.checkRegister(register, document.getConfidentiality());
        Instant now = Instant.now();
        long number = numbering.next(register, document.arrivalYear());
        document.register(register, number, caller.personId(), now);
        history.record(document, IncomingAction.REGISTERED, "Số đến " + number + "/" + document.arrivalYear(), now);
        return document;
    }

    /**
     * The documents of the agency that are probably the same as {@code details}: same sender's
     * identifier, or same number, notation and issuing agency (Appendix VI III.1.h).
     */
    public List<IncomingDocument> probableDuplicates(IncomingDetails details) {
        Caller caller = callers.current();
        return duplicates(em.find(Agency.class, caller.agencyId()), details, null);
    }

    private void refuseDuplicates(Agency agency, IncomingDetails details, String externalId) {
        List<IncomingDocument> found = duplicates(agency, details, externalId);
        if (!found.isEmpty()) {
            String numbers = String.join(
                    ", ",
                    found.stream()
                            .map(d -> d.getArrivalNumber() == null
                                    ? "?"
                                    : d.getArrivalNumber() + "/" + d.getArrivalYear())
                            .toList());
            throw RuleViolation.conflict("incoming.duplicate", null, numbers);
        }
    }

    private List<IncomingDocument> duplicates(Agency agency, IncomingDetails details, String externalId) {
        if (details == null
                || details.codeNumber() == null
                || details.codeNumber().isBlank()) {
            return externalId == null
                    ? List.of()
                    : em.createQuery(
                                    "SELECT d FROM IncomingDocument d WHERE d.agency = :agency AND d.externalId = :external",
                                    IncomingDocument.class)
                            .setParameter("agency", agency)
                            .setParameter("external", externalId)
                            .getResultList();
        }
        String notation = details.codeNotation() == null
                ? ""
                : details.codeNotation().strip().toUpperCase(new Locale("vi"));
        return em.createQuery(
                        "SELECT d FROM IncomingDocument d WHERE d.agency = :agency"
                                + " AND d.status <> vn.gov.qlvb.incoming.entity.IncomingStatus.RETURNED"
                                + " AND ((d.externalId IS NOT NULL AND d.externalId = :external)"
                                + "   OR (d.codeNumber = :number AND COALESCE(d.codeNotation, '') = :notation"
                                + "       AND LOWER(d.issuerName) = :issuer))",
                        IncomingDocument.class)
                .setParameter("agency", agency)
                .setParameter("external", externalId == null ? "" : externalId)
                .setParameter("number", details.codeNumber().strip())
                .setParameter("notation", notation)
                .setParameter(
                        "issuer",
                        details.issuerName() == null
                                ? ""
                                : details.issuerName().strip().toLowerCase(new Locale("vi")))
                .setMaxResults(5)
                .getResultList();
    }
}
