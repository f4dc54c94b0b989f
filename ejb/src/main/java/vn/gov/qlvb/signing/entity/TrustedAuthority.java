package vn.gov.qlvb.signing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.cert.X509Certificate;
import java.time.Instant;
import vn.gov.qlvb.platform.entity.Sha256;

/**
 * A certificate authority whose certificates the system trusts for signatures (a trust anchor).
 * The demo authority is marked as such and trusted only in demo mode.
 */
@Entity
@Table(name = "qlvb_trusted_authority")
public class TrustedAuthority {

    @Id
    @SequenceGenerator(name = "trusted_authority_seq", sequenceName = "qlvb_trusted_authority_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "trusted_authority_seq")
    private Long id;

    @Lob
    @Column(name = "certificate", nullable = false, updatable = false)
    private byte[] certificate;

    @Column(name = "subject", length = 500, nullable = false, updatable = false)
    private String subject;

    @Column(name = "fingerprint", length = 64, nullable = false, updatable = false, unique = true)
    private String fingerprint;

    @Column(name = "demo", nullable = false, updatable = false)
    private boolean demo;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected TrustedAuthority() {}

    public TrustedAuthority(X509Certificate certificate, boolean demo) {
        if (certificate.getBasicConstraints() < 0) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        this.certificate = CertificateChain.der(certificate);
        this.subject = certificate.getSubjectX500Principal().getName();
        this.fingerprint = fingerprintOf(certificate);
        this.demo = demo;
        this.addedAt = Instant.now();
    }

    /** SHA-256 of the DER, in lower case hexadecimal. */
    public static String fingerprintOf(X509Certificate certificate) {
        return Sha256.hex(CertificateChain.der(certificate));
    }

    public X509Certificate certificate() {
        return CertificateChain.certificate(certificate);
    }

    public boolean isDemo() {
        return demo;
    }

    public String getSubject() {
        return subject;
    }
}
