package vn.gov.qlvb.signing.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A key a person or an agency signs with, and its certificate chain. Exactly one owner. A
 * PKCS#12 is kept as imported (encrypted by its PIN, or for an agency by the server's
 * password); the PIN is never stored. A server token key is kept by its alias, an outside key
 * by its certificate only.
 */
@Entity
@Table(name = "qlvb_signing_credential")
public class SigningCredential {

    @Id
    @SequenceGenerator(
            name = "signing_credential_seq",
            sequenceName = "qlvb_signing_credential_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signing_credential_seq")
    private Long id;

    @Column(name = "person_id", updatable = false)
    private Long personId;

    @Column(name = "agency_id", updatable = false)
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private KeyKind kind;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "keystore", updatable = false)
    private byte[] keystore;

    @Column(name = "token_alias", length = 100, updatable = false)
    private String tokenAlias;

    @Lob
    @Column(name = "certificate_chain", nullable = false, updatable = false)
    private byte[] certificateChain;

    @Column(name = "subject", length = 500, nullable = false, updatable = false)
    private String subject;

    @Column(name = "serial", length = 100, nullable = false, updatable = false)
    private String serial;

    @Column(name = "not_before", nullable = false, updatable = false)
    private Instant notBefore;

    @Column(name = "not_after", nullable = false, updatable = false)
    private Instant notAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private CredentialStatus status = CredentialStatus.ACTIVE;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SigningCredential() {}

    private SigningCredential(
            Long personId,
            Long agencyId,
            KeyKind kind,
            byte[] keystore,
            String tokenAlias,
            List<X509Certificate> chain) {
        if ((personId == null) == (agencyId == null)) {
            throw new IllegalArgumentException("exactly one owner");
        }
        X509Certificate end = chain.get(0);
        this.personId = personId;
        this.agencyId = agencyId;
        this.kind = kind;
        this.keystore = keystore == null ? null : keystore.clone();
        this.tokenAlias = tokenAlias;
        this.certificateChain = CertificateChain.encode(chain);
        this.subject = end.getSubjectX500Principal().getName();
        this.serial = end.getSerialNumber().toString(16);
        this.notBefore = end.getNotBefore().toInstant();
        this.notAfter = end.getNotAfter().toInstant();
        this.createdAt = Instant.now();
    }

    /** A person's own PKCS#12 (checked with its PIN before). */
    public static SigningCredential personalKeystore(long personId, byte[] pkcs12, List<X509Certificate> chain) {
        return new SigningCredential(personId, null, KeyKind.PKCS12, pkcs12, null, chain);
    }

    /** An agency's PKCS#12, opened by the server's password. */
    public static SigningCredential agencyKeystore(long agencyId, byte[] pkcs12, List<X509Certificate> chain) {
        return new SigningCredential(null, agencyId, KeyKind.PKCS12, pkcs12, null, chain);
    }

    /** A key on the server's token, by alias, for a person or (personId null) an agency. */
    public static SigningCredential serverToken(
            Long personId, Long agencyId, String alias, List<X509Certificate> chain) {
        return new SigningCredential(personId, agencyId, KeyKind.SERVER_TOKEN, null, alias, chain);
    }

    /** A person's key outside the server, known by its certificate. */
    public static SigningCredential external(long personId, List<X509Certificate> chain) {
        return new SigningCredential(personId, null, KeyKind.EXTERNAL, null, null, chain);
    }

    /**
     * What a person's own key must be to be enrolled: in its validity period now
     * ({@link SigningRefusal#CERTIFICATE_EXPIRED}), and issued to the person, i.e. its subject's
     * common name is the person's full name ({@link SigningRefusal#CERTIFICATE_NOT_OF_SIGNER}).
     * Names are compared ignoring case, spacing and Vietnamese diacritics, since some authorities
     * write the holder's name without them ("NGUYEN VAN A").
     */
    public static void requireEnrollableBy(String holderName, X509Certificate end, Instant now) {
        if (now.isBefore(end.getNotBefore().toInstant())
                || now.isAfter(end.getNotAfter().toInstant())) {
            throw new SigningException(SigningRefusal.CERTIFICATE_EXPIRED);
        }
        String commonName = commonNameOf(end);
        if (commonName == null || holderName == null || !plain(commonName).equals(plain(holderName))) {
            throw new SigningException(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER);
        }
    }

    private static String commonNameOf(X509Certificate certificate) {
        try {
            javax.naming.ldap.LdapName name = new javax.naming.ldap.LdapName(
                    certificate.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253));
            for (javax.naming.ldap.Rdn rdn : name.getRdns()) {
                if ("CN".equalsIgnoreCase(rdn.getType())) {
                    return String.valueOf(rdn.getValue());
                }
            }
            return null;
        } catch (javax.naming.InvalidNameException e) {
            return null;
        }
    }

    private static String plain(String name) {
        String decomposed =
                java.text.Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD);
        return decomposed
                .replaceAll("\\p{M}+", "")
                .trim()
                .replaceAll("\\s+", " ")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Refuses to be used by anyone but its owner, or once retired.
     *
     * @throws SigningException {@link SigningRefusal#CERTIFICATE_NOT_OF_SIGNER}
     */
    public void requireUsableByPerson(long person) {
        if (personId == null || personId != person || status != CredentialStatus.ACTIVE) {
            throw new SigningException(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER);
        }
    }

    /** Same as {@link #requireUsableByPerson} for an agency's key. */
    public void requireUsableByAgency(long agency) {
        if (agencyId == null || agencyId != agency || status != CredentialStatus.ACTIVE) {
            throw new SigningException(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER);
        }
    }

    /** Whether this is the credential of exactly this end certificate. */
    public boolean isFor(X509Certificate certificate) {
        return Arrays.equals(CertificateChain.der(chain().get(0)), CertificateChain.der(certificate));
    }

    /** Withdraws it; it is kept for the record. */
    public void retire() {
        status = CredentialStatus.RETIRED;
    }

    public List<X509Certificate> chain() {
        return CertificateChain.decode(certificateChain);
    }

    public CertificateInfo info(SigningRefusal trustStatus) {
        String issuer = chain().get(0).getIssuerX500Principal().getName();
        return new CertificateInfo(id, kind, subject, issuer, serial, notBefore, notAfter, trustStatus);
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public KeyKind getKind() {
        return kind;
    }

    public byte[] getKeystore() {
        return keystore == null ? null : keystore.clone();
    }

    public String getTokenAlias() {
        return tokenAlias;
    }

    public String getSubject() {
        return subject;
    }

    public String getSerial() {
        return serial;
    }

    public CredentialStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
