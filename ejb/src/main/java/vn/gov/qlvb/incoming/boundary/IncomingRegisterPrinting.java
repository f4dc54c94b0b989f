package vn.gov.qlvb.incoming.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.gov.qlvb.incoming.entity.Assignment;
import vn.gov.qlvb.incoming.entity.IncomingDocument;
import vn.gov.qlvb.incoming.entity.IncomingStatus;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.reports.boundary.RegisterPrinting;
import vn.gov.qlvb.reports.entity.IncomingHandlingEntry;
import vn.gov.qlvb.reports.entity.IncomingRegisterEntry;
import vn.gov.qlvb.reports.entity.Lateness;
import vn.gov.qlvb.reports.entity.PrintMark;
import vn.gov.qlvb.reports.entity.RegisterSheet;
import vn.gov.qlvb.reports.entity.ReportingPeriod;

/**
 * Sổ đăng ký văn bản đến (Decree 30, Appendix IV.VI; Appendix VI V.1) of one register for a
 * period, and the report on handling of incoming documents (V.2), as PDF or Excel. The rows stream from the database inside this transaction; the
 * printed copy carries who printed it and when (III.6.k), and the printing is logged.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.SECRETARY})
public class IncomingRegisterPrinting {

    private static final Logger LOG = Logger.getLogger(IncomingRegisterPrinting.class.getName());

    /** Output formats. */
    public enum Format {
        PDF("application/pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format named by a file extension ({@code pdf}, {@code xlsx}). */
        public static Format ofExtension(String extension) {
            return valueOf(extension.toUpperCase(Locale.ROOT));
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerContext callers;

    @Inject
    Registers registers;

    @Inject
    RegisterPrinting printing;

    /** Writes the register of {@code registerId} for the days from {@code from} to {@code to}. */
    public void print(long registerId, LocalDate from, LocalDate to, Format format, OutputStream out) {
        Caller caller = callers.current();
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.invalid("report.period.invalid", "to");
        }
        Register register = registers.find(registerId);
        if (register.isForSecret() && !caller.has(Role.CLERK)) {
            throw RuleViolation.notFound("register.notFound");
        }
        Agency agency = em.find(Agency.class, caller.agencyId());
        try (Stream<IncomingDocument> documents = em.createQuery(
                        "SELECT d FROM IncomingDocument d WHERE d.register.id = :register"
                                + " AND d.arrivalAt >= :from AND d.arrivalAt < :to AND d.arrivalNumber IS NOT NULL"
                                + " ORDER BY d.arrivalYear, d.arrivalNumber",
                        IncomingDocument.class)
                .setParameter("register", register.getId())
                .setParameter(
                        "from", from.atStartOfDay(IncomingDocument.VIETNAM).toInstant())
                .setParameter(
                        "to",
                        to.plusDays(1).atStartOfDay(IncomingDocument.VIETNAM).toInstant())
                .getResultStream()) {
            RegisterSheet sheet = RegisterSheet.incomingRegister(
                    agency.getName().toUpperCase(new Locale("vi")),
                    new ReportingPeriod(from, to),
                    documents.map(IncomingRegisterPrinting::line)::iterator,
                    new PrintMark(caller.fullName(), Instant.now()));
            if (format == Format.PDF) {
                printing.pdf(sheet, out);
            } else {
                printing.xlsx(sheet, out);
            }
        }
        LOG.info(() -> "Incoming register '" + register.getName() + "' " + from + ".." + to + " printed as " + format
                + " by " + caller.username());
    }

    /**
     * Báo cáo tình hình giải quyết văn bản đến (Appendix VI V.2): the documents that arrived in the
     * period with their lead unit or person, deadline, progress, completion date and days late.
     */
    public void printHandlingReport(LocalDate from, LocalDate to, Format format, OutputStream out) {
        Caller caller = callers.current();
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.invalid("report.period.invalid", "to");
        }
        Agency agency = em.find(Agency.class, caller.agencyId());
        LocalDate today = LocalDate.now(IncomingDocument.VIETNAM);
        String secrecy = caller.has(Role.CLERK)
                ? ""
                : " AND d.confidentiality = vn.gov.qlvb.documents.entity.Confidentiality.NONE";
        try (Stream<Assignment> leads = em.createQuery(
                        "SELECT a FROM Assignment a JOIN a.document d WHERE d.agency.id = :agency"
                                + " AND a.parent IS NULL AND a.role = vn.gov.qlvb.incoming.entity.AssignmentRole.LEAD"
                                + " AND d.arrivalAt >= :from AND d.arrivalAt < :to" + secrecy
                                + " ORDER BY d.arrivalYear, d.arrivalNumber",
                        Assignment.class)
                .setParameter("agency", caller.agencyId())
                .setParameter(
                        "from", from.atStartOfDay(IncomingDocument.VIETNAM).toInstant())
                .setParameter(
                        "to",
                        to.plusDays(1).atStartOfDay(IncomingDocument.VIETNAM).toInstant())
                .getResultStream()) {
            RegisterSheet sheet = RegisterSheet.incomingHandlingReport(
                    agency.getName().toUpperCase(new Locale("vi")),
                    new ReportingPeriod(from, to),
                    leads.map(a -> handlingLine(a, today))::iterator,
                    new PrintMark(caller.fullName(), Instant.now()));
            if (format == Format.PDF) {
                printing.pdf(sheet, out);
            } else {
                printing.xlsx(sheet, out);
            }
        }
        LOG.info(() ->
                "Incoming handling report " + from + ".." + to + " printed as " + format + " by " + caller.username());
    }

    private static IncomingHandlingEntry handlingLine(Assignment lead, LocalDate today) {
        IncomingDocument d = lead.getDocument();
        LocalDate completed = d.getStatus() == IncomingStatus.COMPLETED && d.getCompletedAt() != null
                ? d.getCompletedAt().atZone(IncomingDocument.VIETNAM).toLocalDate()
                : null;
        String document = d.getDocumentType().legalName() + " " + d.numberAndNotation() + " ngày "
                + d.getIssuedDate().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + " của "
                + d.getIssuerName() + ": " + d.getSubject();
        return new IncomingHandlingEntry(
                d.getArrivalNumber() == null ? 0 : d.getArrivalNumber(),
                document,
                lead.assigneeName(),
                lead.getDeadline(),
                completed != null ? "Đã giải quyết" : "Đang giải quyết",
                completed,
                Lateness.daysLate(lead.getDeadline(), completed, today),
                null,
                null);
    }

    private static IncomingRegisterEntry line(IncomingDocument d) {
        return new IncomingRegisterEntry(
                d.arrivalDate(),
                d.getArrivalNumber(),
                d.getIssuerName(),
                d.numberAndNotation(),
                d.getIssuedDate(),
                d.getDocumentType().legalName() + " " + d.getSubject(),
                d.getRecipients(),
                null,
                null,
                d.getDescription());
    }
}
