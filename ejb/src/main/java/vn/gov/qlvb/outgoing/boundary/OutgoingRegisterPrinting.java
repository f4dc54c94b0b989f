package vn.gov.qlvb.outgoing.boundary;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.organisations.boundary.CallerContext;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.organisations.entity.Role;
import vn.gov.qlvb.outgoing.entity.OutgoingDocument;
import vn.gov.qlvb.outgoing.entity.OutgoingStatus;
import vn.gov.qlvb.outgoing.entity.Recipient;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.registers.boundary.Registers;
import vn.gov.qlvb.registers.entity.Register;
import vn.gov.qlvb.reports.boundary.RegisterPrinting;
import vn.gov.qlvb.reports.entity.OutgoingHandlingEntry;
import vn.gov.qlvb.reports.entity.OutgoingRegisterEntry;
import vn.gov.qlvb.reports.entity.PrintMark;
import vn.gov.qlvb.reports.entity.RegisterSheet;
import vn.gov.qlvb.reports.entity.ReportingPeriod;

/**
 * Sổ đăng ký văn bản đi (Decree 30, Appendix IV.I; Appendix VI V.3) of one register for a period,
 * and the report on handling of outgoing documents (V.4), as PDF or Excel. The printed copy
 * carries who printed it and when (III.6.k); the printing is logged.
 */
@Stateless
@RolesAllowed({Role.Names.CLERK, Role.Names.LEADER, Role.Names.SECRETARY})
public class OutgoingRegisterPrinting {

    private static final Logger LOG = Logger.getLogger(OutgoingRegisterPrinting.class.getName());

    /** Output formats. */
    public enum Format {
        PDF,
        XLSX;

        public String mediaType() {
            return this == PDF ? RegisterPrinting.PDF : RegisterPrinting.XLSX;
        }

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
        checkPeriod(from, to);
        Register register = registers.find(registerId);
        if (register.isForSecret() && !caller.has(Role.CLERK)) {
            throw RuleViolation.notFound("register.notFound");
        }
        Agency agency = em.find(Agency.class, caller.agencyId());
        try (Stream<OutgoingDocument> documents = em.createQuery(
                        "SELECT d FROM OutgoingDocument d WHERE d.register.id = :register"
                                + " AND d.issuedAt >= :from AND d.issuedAt < :to ORDER BY d.issueYear, d.issueNumber",
                        OutgoingDocument.class)
                .setParameter("register", register.getId())
                .setParameter(
                        "from", from.atStartOfDay(OutgoingDocument.VIETNAM).toInstant())
                .setParameter(
                        "to",
                        to.plusDays(1).atStartOfDay(OutgoingDocument.VIETNAM).toInstant())
                .getResultStream()) {
            RegisterSheet sheet = RegisterSheet.outgoingRegister(
                    agency.getName().toUpperCase(new Locale("vi")),
                    new ReportingPeriod(from, to),
                    documents.map(OutgoingRegisterPrinting::line)::iterator,
                    new PrintMark(caller.fullName(), Instant.now()));
            write(sheet, format, out);
        }
        LOG.info(() -> "Outgoing register '" + register.getName() + "' " + from + ".." + to + " printed as " + format
                + " by " + caller.username());
    }

    /**
     * Báo cáo tình hình giải quyết văn bản đi (Appendix VI V.4): the documents drafted or issued
     * in the period, with drafting unit, signer, recipients, where each stands and, once
     * dispatched, how many recipients completed their handling.
     */
    public void printHandlingReport(LocalDate from, LocalDate to, Format format, OutputStream out) {
        Caller caller = callers.current();
        checkPeriod(from, to);
        Agency agency = em.find(Agency.class, caller.agencyId());
        String secrecy = caller.has(Role.CLERK)
                ? ""
                : " AND d.confidentiality = vn.gov.qlvb.documents.entity.Confidentiality.NONE";
        try (Stream<OutgoingDocument> documents = em.createQuery(
                        "SELECT d FROM OutgoingDocument d WHERE d.agency.id = :agency"
                                + " AND d.status NOT IN (vn.gov.qlvb.outgoing.entity.OutgoingStatus.DRAFT)"
                                + " AND d.createdAt < :to AND (d.issuedAt IS NULL OR d.issuedAt >= :from)"
                                + secrecy + " ORDER BY d.createdAt",
                        OutgoingDocument.class)
                .setParameter("agency", caller.agencyId())
                .setParameter(
                        "from", from.atStartOfDay(OutgoingDocument.VIETNAM).toInstant())
                .setParameter(
                        "to",
                        to.plusDays(1).atStartOfDay(OutgoingDocument.VIETNAM).toInstant())
                .getResultStream()) {
            RegisterSheet sheet = RegisterSheet.outgoingHandlingReport(
                    agency.getName().toUpperCase(new Locale("vi")),
                    new ReportingPeriod(from, to),
                    documents.map(OutgoingRegisterPrinting::handlingLine)::iterator,
                    new PrintMark(caller.fullName(), Instant.now()));
            write(sheet, format, out);
        }
        LOG.info(() ->
                "Outgoing handling report " + from + ".." + to + " printed as " + format + " by " + caller.username());
    }

    private void write(RegisterSheet sheet, Format format, OutputStream out) {
        if (format == Format.PDF) {
            printing.pdf(sheet, out);
        } else {
            printing.xlsx(sheet, out);
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RuleViolation.invalid("report.period.invalid", "to");
        }
    }

    private static String recipientsOf(OutgoingDocument d) {
        String listed = d.getRecipients().stream()
                .filter(Recipient::isActive)
                .map(r -> r.getAgency().getName())
                .collect(Collectors.joining("; "));
        if (d.getRecipientsText() != null) {
            return listed.isEmpty() ? d.getRecipientsText() : listed + "; " + d.getRecipientsText();
        }
        return listed;
    }

    private static OutgoingRegisterEntry line(OutgoingDocument d) {
        String signer =
                d.getSignatureAuthority() == null || d.getSignatureAuthority().isEmpty()
                        ? d.getSigner().getFullName()
                        : d.getSignatureAuthority().replace('\n', ' ') + " "
                                + d.getSigner().getFullName();
        return new OutgoingRegisterEntry(
                d.getNotation(),
                d.issueDate(),
                d.getDocumentType().legalName() + " " + d.getSubject(),
                signer,
                recipientsOf(d),
                d.getDraftingUnit() == null
                        ? d.getAuthorName()
                        : d.getDraftingUnit().getName(),
                null,
                d.getAgencySignedAt() == null ? null : OutgoingDocument.today(d.getAgencySignedAt()),
                null,
                d.getStatus() == OutgoingStatus.RECALLED ? "Đã thu hồi: " + d.getRecallReason() : null);
    }

    private static OutgoingHandlingEntry handlingLine(OutgoingDocument d) {
        long delivered = d.getRecipients().stream().filter(Recipient::isActive).count();
        long completed = d.getRecipients().stream()
                .filter(r -> r.getStatus() == vn.gov.qlvb.outgoing.entity.RecipientStatus.COMPLETED)
                .count();
        String progress =
                switch (d.getStatus()) {
                    case DRAFT, RETURNED -> "Đang soạn thảo";
                    case IN_REVIEW -> "Đang trình duyệt";
                    case APPROVED -> "Chờ ký";
                    case SIGNED -> "Chờ phát hành";
                    case ISSUED -> "Chờ ký số cơ quan";
                    case DISPATCHED -> "Đã phát hành; " + completed + "/" + delivered + " nơi nhận đã giải quyết xong";
                    case RECALLED -> "Đã thu hồi";
                    case REPLACED -> "Đã được thay thế";
                };
        return new OutgoingHandlingEntry(
                d.getNotation(),
                d.issueDate(),
                d.getDocumentType().legalName() + " " + d.getSubject(),
                d.getDraftingUnit() == null
                        ? d.getAuthorName()
                        : d.getDraftingUnit().getName(),
                d.getSigner().getFullName(),
                recipientsOf(d),
                null,
                progress,
                d.getAgencySignedAt() == null ? null : OutgoingDocument.today(d.getAgencySignedAt()),
                null,
                d.getRecallReason());
    }
}
