package vn.gov.qlvb.signing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Instant;

/** A certificate revocation list an administrator loaded; the latest of an issuer replaces older ones. */
@Entity
@Table(name = "qlvb_revocation_list")
public class RevocationList {

    @Id
    @SequenceGenerator(name = "revocation_list_seq", sequenceName = "qlvb_revocation_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revocation_list_seq")
    private Long id;

    @Column(name = "issuer", length = 500, nullable = false, updatable = false)
    private String issuer;

    @Lob
    @Column(name = "crl", nullable = false, updatable = false)
    private byte[] crl;

    @Column(name = "this_update", nullable = false, updatable = false)
    private Instant thisUpdate;

    @Column(name = "next_update", updatable = false)
    private Instant nextUpdate;

    @Column(name = "loaded_at", nullable = false, updatable = false)
    private Instant loadedAt;

    protected RevocationList() {}

    public RevocationList(X509CRL list) {
        try {
            this.crl = list.getEncoded();
        } catch (CRLException e) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        this.issuer = list.getIssuerX500Principal().getName();
        this.thisUpdate = list.getThisUpdate().toInstant();
        this.nextUpdate =
                list.getNextUpdate() == null ? null : list.getNextUpdate().toInstant();
        this.loadedAt = Instant.now();
    }

    /** Parses a DER or PEM list; anything else is {@link SigningRefusal#INVALID_MATERIAL}. */
    public static X509CRL parse(byte[] encoded) {
        try {
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(encoded));
        } catch (CRLException | CertificateException | RuntimeException e) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
    }

    public X509CRL list() {
        return parse(crl);
    }

    public String getIssuer() {
        return issuer;
    }

    public Instant getThisUpdate() {
        return thisUpdate;
    }
}
