package vn.gov.qlvb.exchange.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.net.URI;
import java.time.Instant;
import java.util.regex.Pattern;
import vn.gov.qlvb.platform.entity.RuleViolation;

/**
 * A system that exchanges packages with QLVB: another province's document system, a ministry's,
 * the national or a provincial axis. It calls in with HMAC headers made with its secret and is
 * called at its endpoint. The secret is held only encrypted with the server's key
 * ({@code control.PartnerSecrets}); the entity never sees it in clear.
 */
@Entity
@Table(name = "qlvb_exchange_partner")
public class Partner {

    private static final Pattern SYSTEM_ID = Pattern.compile("[A-Za-z0-9._-]{2,100}");

    @Id
    @SequenceGenerator(name = "exchange_partner_seq", sequenceName = "qlvb_exchange_partner_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_partner_seq")
    private Long id;

    @Column(name = "system_id", length = 100, nullable = false, unique = true, updatable = false)
    private String systemId;

    @Column(name = "name", length = 255, nullable = false)
    private String name;

    @Lob
    @Column(name = "secret_encrypted", nullable = false)
    private byte[] secretEncrypted;

    @Column(name = "endpoint_url", length = 1000)
    private String endpointUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "transport", length = 10, nullable = false)
    private PartnerTransport transport;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Partner() {}

    /**
     * A new active partner.
     *
     * @throws RuleViolation {@code exchange.partner.systemId}, {@code exchange.partner.name},
     *     {@code exchange.partner.endpointUrl}, {@code exchange.partner.transport}
     */
    public Partner(
            String systemId, String name, byte[] secretEncrypted, String endpointUrl, PartnerTransport transport) {
        if (systemId == null || !SYSTEM_ID.matcher(systemId).matches()) {
            throw RuleViolation.invalid("exchange.partner.systemId", "systemId");
        }
        this.systemId = systemId;
        this.createdAt = Instant.now();
        this.active = true;
        change(name, endpointUrl, transport);
        this.secretEncrypted = secretEncrypted.clone();
    }

    /** Changes the name, endpoint and transport; an axis needs an endpoint. */
    public void change(String newName, String newEndpointUrl, PartnerTransport newTransport) {
        if (newName == null || newName.isBlank() || newName.length() > 255) {
            throw RuleViolation.invalid("exchange.partner.name", "name");
        }
        if (newTransport == null) {
            throw RuleViolation.invalid("exchange.partner.transport", "transport");
        }
        String url = newEndpointUrl == null || newEndpointUrl.isBlank() ? null : newEndpointUrl.strip();
        if ((url != null && !isHttpUrl(url)) || (url == null && newTransport == PartnerTransport.AXIS)) {
            // an axis is always called: it never pulls from us
            throw RuleViolation.invalid("exchange.partner.endpointUrl", "endpointUrl");
        }
        this.name = newName.strip();
        this.endpointUrl = url;
        this.transport = newTransport;
        this.updatedAt = Instant.now();
    }

    /** Replaces the (encrypted) secret. */
    public void replaceSecret(byte[] newSecretEncrypted) {
        this.secretEncrypted = newSecretEncrypted.clone();
        this.updatedAt = Instant.now();
    }

    public void deactivate() {
        this.active = false;
        this.updatedAt = Instant.now();
    }

    public void reactivate() {
        this.active = true;
        this.updatedAt = Instant.now();
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public Long getId() {
        return id;
    }

    public String getSystemId() {
        return systemId;
    }

    public String getName() {
        return name;
    }

    public byte[] getSecretEncrypted() {
        return secretEncrypted.clone();
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    public PartnerTransport getTransport() {
        return transport;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
