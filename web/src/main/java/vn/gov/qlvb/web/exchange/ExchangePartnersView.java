package vn.gov.qlvb.web.exchange;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import vn.gov.qlvb.exchange.boundary.ChainReport;
import vn.gov.qlvb.exchange.boundary.EvidenceAudit;
import vn.gov.qlvb.exchange.boundary.ExchangePartners;
import vn.gov.qlvb.exchange.boundary.PartnerForm;
import vn.gov.qlvb.exchange.entity.PartnerTransport;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.web.platform.UiFeedback;
import vn.gov.qlvb.web.platform.VietnamTime;

/**
 * The administrator's page of the interconnection: partner systems (add or change, deactivate,
 * synchronise an axis's agency list),
 * the signing certificates of an agency (register one from its PEM), and the check of the
 * evidence log.
 */
@Named
@ViewScoped
public class ExchangePartnersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A partner as a row. */
    public record PartnerRow(String systemId, String name, String endpointUrl, String transport, boolean active)
            implements Serializable {}

    /** A certificate as a row. */
    public record CertificateRow(String subject, String serial, String fingerprint, Instant notBefore, Instant notAfter)
            implements Serializable {}

    @Inject
    ExchangePartners partners;

    @Inject
    EvidenceAudit audit;

    @Inject
    vn.gov.qlvb.exchange.boundary.PackageDispatch dispatch;

    /** A package given up, as a row. */
    public record DeadRow(
            long id, String kind, String recipientOrganId, String documentId, int attempts, String lastError)
            implements Serializable {}

    private List<DeadRow> deadLetters;

    public List<DeadRow> getDeadLetters() {
        if (deadLetters == null) {
            try {
                deadLetters = dispatch.deadLetters().stream()
                        .map(m -> new DeadRow(
                                m.getId(),
                                m.getKind().name(),
                                m.getRecipientOrganId(),
                                m.getDocumentId(),
                                m.getAttempts(),
                                m.getLastError()))
                        .toList();
            } catch (RuleViolation | EJBAccessException e) {
                UiFeedback.refused(e, "outboxForm");
                deadLetters = List.of();
            }
        }
        return deadLetters;
    }

    /** A package pulled from an axis and refused here, as a row (the time in Vietnam's zone). */
    public record RefusalRow(
            String refusedAt,
            String axisSystemId,
            String axisDocId,
            String documentId,
            String code,
            String message,
            long packageSize,
            boolean acknowledged)
            implements Serializable {}

    private List<RefusalRow> pulledRefusals;

    public List<RefusalRow> getPulledRefusals() {
        if (pulledRefusals == null) {
            try {
                pulledRefusals = dispatch.pulledRefusals().stream()
                        .map(r -> new RefusalRow(
                                VietnamTime.second(r.getRefusedAt()),
                                r.getAxisSystemId(),
                                r.getAxisDocId(),
                                r.getDocumentId(),
                                r.getCode().name(),
                                r.getMessage(),
                                r.getPackageSize(),
                                r.isAcknowledged()))
                        .toList();
            } catch (RuleViolation | EJBAccessException e) {
                UiFeedback.refused(e, "outboxForm");
                pulledRefusals = List.of();
            }
        }
        return pulledRefusals;
    }

    public void resend(DeadRow row) {
        try {
            dispatch.resend(row.id());
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "outboxForm");
            return;
        }
        UiFeedback.info("exchange.done.resent", row.documentId());
        deadLetters = null;
    }

    private List<PartnerRow> rows;
    private String systemId;
    private String name;
    private String secret;
    private String endpointUrl;
    private PartnerTransport transport = PartnerTransport.REST;
    private String organId;
    private String pem;
    private List<CertificateRow> certificates = List.of();
    private ChainReport report;

    public List<PartnerRow> getRows() {
        if (rows == null) {
            try {
                rows = partners.partners().stream()
                        .map(p -> new PartnerRow(
                                p.getSystemId(),
                                p.getName(),
                                p.getEndpointUrl(),
                                p.getTransport().name(),
                                p.isActive()))
                        .toList();
            } catch (RuleViolation | EJBAccessException e) {
                UiFeedback.refused(e, "partnersForm");
                rows = List.of();
            }
        }
        return rows;
    }

    public void savePartner() {
        try {
            partners.registerPartner(new PartnerForm(systemId, name, secret, endpointUrl, transport));
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "partnerForm");
            return;
        }
        UiFeedback.info("exchange.done.partnerSaved", systemId);
        systemId = null;
        name = null;
        secret = null;
        endpointUrl = null;
        rows = null;
    }

    public void deactivate(PartnerRow row) {
        try {
            partners.deactivatePartner(row.systemId());
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "partnersForm");
            return;
        }
        UiFeedback.info("exchange.done.partnerDeactivated", row.systemId());
        rows = null;
    }

    /** Reads an axis's agency list into the directory and reports the counts. */
    public void syncAgencies(PartnerRow row) {
        vn.gov.qlvb.exchange.boundary.AgencySyncReport report;
        try {
            report = partners.syncAgencies(row.systemId(), false);
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "partnersForm");
            return;
        }
        UiFeedback.info(
                "exchange.done.agenciesSynced",
                row.systemId(),
                report.created(),
                report.updated(),
                report.unchanged(),
                report.skipped());
    }

    public void registerCertificate() {
        try {
            partners.registerCertificate(organId, pem == null ? new byte[0] : pem.getBytes(StandardCharsets.US_ASCII));
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "certificateForm");
            return;
        }
        UiFeedback.info("exchange.done.certificateRegistered", organId);
        pem = null;
        showCertificates();
    }

    public void showCertificates() {
        try {
            certificates = partners.certificatesOf(organId).stream()
                    .map(c -> new CertificateRow(
                            c.getSubject(), c.getSerial(), c.getFingerprint(), c.getNotBefore(), c.getNotAfter()))
                    .toList();
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "certificateForm");
            certificates = List.of();
        }
    }

    public void verifyEvidence() {
        try {
            report = audit.verifyChain();
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "evidenceForm");
        }
    }

    public PartnerTransport[] getTransports() {
        return PartnerTransport.values();
    }

    public String getSystemId() {
        return systemId;
    }

    public void setSystemId(String systemId) {
        this.systemId = systemId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    public PartnerTransport getTransport() {
        return transport;
    }

    public void setTransport(PartnerTransport transport) {
        this.transport = transport;
    }

    public String getOrganId() {
        return organId;
    }

    public void setOrganId(String organId) {
        this.organId = organId;
    }

    public String getPem() {
        return pem;
    }

    public void setPem(String pem) {
        this.pem = pem;
    }

    public List<CertificateRow> getCertificates() {
        return certificates;
    }

    public ChainReport getReport() {
        return report;
    }
}
