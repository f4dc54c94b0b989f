package vn.gov.qlvb.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import vn.gov.qlvb.organisations.entity.Agency;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.platform.entity.Sha256;

/**
 * A certificate an agency signs its exchange packages with, registered by an administrator (a
 * remote agency's, from its PEM) or made for an agency hosted here. A package is accepted from
 * an agency only under one of its registered certificates, valid at the signing time.
 */
@Entity
@Table(name = "qlvb_agency_certificate")
public class AgencyCertificate {

    @Id
    @SequenceGenerator(
            name = "agency_certificate_seq",
            sequenceName = "qlvb_agency_certificate_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_certificate_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agency_id", nullable = false, updatable = false)
    private Agency agency;

    @Lob
    @Column(name = "certificate", nullable = false, updatable = false)
    private byte[] certificate;

    @Column(name = "fingerprint", length = 64, nullable = false, updatable = false)
    private String fingerprint;

    @Column(name = "subject", length = 500, nullable = false, updatable = false)
    private String subject;

    @Column(name = "serial", length = 100, nullable = false, updatable = false)
    private String serial;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected AgencyCertificate() {}

    public AgencyCertificate(Agency agency, X509Certificate certificate) {
        this.agency = agency;
        this.certificate = der(certificate);
        this.fingerprint = fingerprintOf(certificate);
        this.subject = certificate.getSubjectX500Principal().getName();
        this.serial = certificate.getSerialNumber().toString(16);
        this.notBefore = certificate.getNotBefore().toInstant();
        this.notAfter = certificate.getNotAfter().toInstant();
        this.addedAt = Instant.now();
    }

    /**
     * Reads one X.509 certificate from PEM (or DER).
     *
     * @throws RuleViolation {@code exchange.certificate.invalid}
     */
    public static X509Certificate parse(byte[] pemOrDer) {
        if (pemOrDer == null || pemOrDer.length == 0) {
            throw RuleViolation.invalid("exchange.certificate.invalid", "certificate");
        }
        try {
            String text = new String(pemOrDer, StandardCharsets.US_ASCII);
            byte[] input = pemOrDer;
            if (text.contains("-----BEGIN CERTIFICATE-----")) {
                input = text.substring(text.indexOf("-----BEGIN CERTIFICATE-----"))
                        .getBytes(StandardCharsets.US_ASCII);
            }
            return (X509Certificate)
                    CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(input));
        } catch (CertificateException | ClassCastException e) {
            throw RuleViolation.invalid("exchange.certificate.invalid", "certificate");
        }
    }

    /** SHA-256 of the DER, lower-case hex. */
    public static String fingerprintOf(X509Certificate certificate) {
        return Sha256.hex(der(certificate));
    }

    private static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw RuleViolation.invalid("exchange.certificate.invalid", "certificate");
        }
    }

    public X509Certificate certificate() {
        return parse(certificate);
    }

    public Long getId() {
        return id;
    }

    public Agency getAgency() {
        return agency;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getSubject() {
        return subject;
    }

    public String getSerial() {
        return serial;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
