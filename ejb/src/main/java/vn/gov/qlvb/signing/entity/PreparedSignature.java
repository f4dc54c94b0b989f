package vn.gov.qlvb.signing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A signer's signature prepared for a key outside the server: everything that makes the exact
 * same data to sign again when the value comes back (the PDF, the chain, the block, the drawn
 * appearance and where it goes, the signing time), so the completion may run on any node.
 * Completed once, within {@link ExternalSignature#VALIDITY_MINUTES} minutes.
 */
@Entity
@Table(name = "qlvb_prepared_signature")
public class PreparedSignature {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Lob
    @Column(name = "pdf", nullable = false, updatable = false)
    private byte[] pdf;

    @Lob
    @Column(name = "certificate_chain", nullable = false, updatable = false)
    private byte[] certificateChain;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", length = 10, nullable = false, updatable = false)
    private SignatureForm form;

    @Column(name = "authority", length = 255, updatable = false)
    private String authority;

    @Column(name = "position", length = 255, updatable = false)
    private String position;

    @Column(name = "signer_name", length = 150, nullable = false, updatable = false)
    private String signerName;

    @Lob
    @Column(name = "appearance", updatable = false)
    private byte[] appearance;

    @Column(name = "page", updatable = false)
    private Integer page;

    @Column(name = "area_x", updatable = false)
    private Float areaX;

    @Column(name = "area_y", updatable = false)
    private Float areaY;

    @Column(name = "area_width", updatable = false)
    private Float areaWidth;

    @Column(name = "area_height", updatable = false)
    private Float areaHeight;

    @Column(name = "signing_time", nullable = false, updatable = false)
    private Instant signingTime;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private PreparationStatus status = PreparationStatus.PREPARED;

    protected PreparedSignature() {}

    /** The area is the visible signature's place (page, x, y, width, height), or null. */
    public PreparedSignature(
            long personId,
            byte[] pdf,
            List<X509Certificate> chain,
            SignatureBlock block,
            byte[] appearance,
            float[] area,
            Instant signingTime) {
        this.id = UUID.randomUUID().toString();
        this.personId = personId;
        this.pdf = pdf.clone();
        this.certificateChain = CertificateChain.encode(chain);
        this.form = block.form();
        this.authority = block.authority();
        this.position = block.position();
        this.signerName = block.signerName();
        this.appearance = appearance == null ? null : appearance.clone();
        if (area != null) {
            this.page = (int) area[0];
            this.areaX = area[1];
            this.areaY = area[2];
            this.areaWidth = area[3];
            this.areaHeight = area[4];
        }
        this.signingTime = signingTime;
        this.expiresAt = signingTime.plus(Duration.ofMinutes(ExternalSignature.VALIDITY_MINUTES));
    }

    /**
     * Marks it completed, the one time it may be.
     *
     * @throws SigningException {@link SigningRefusal#PREPARATION_EXPIRED} when it was completed
     *     already or {@code now} is past its expiry
     */
    public void complete(Instant now) {
        requireOpen(now);
        status = PreparationStatus.COMPLETED;
    }

    /** Refuses a completed or expired preparation ({@link SigningRefusal#PREPARATION_EXPIRED}). */
    public void requireOpen(Instant now) {
        if (status != PreparationStatus.PREPARED || now.isAfter(expiresAt)) {
            throw new SigningException(SigningRefusal.PREPARATION_EXPIRED);
        }
    }

    public String getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public byte[] getPdf() {
        return pdf.clone();
    }

    public List<X509Certificate> chain() {
        return CertificateChain.decode(certificateChain);
    }

    public SignatureBlock block() {
        return new SignatureBlock(form, authority, position, signerName);
    }

    public byte[] getAppearance() {
        return appearance == null ? null : appearance.clone();
    }

    /** (page, x, y, width, height) or null. */
    public float[] area() {
        return page == null ? null : new float[] {page, areaX, areaY, areaWidth, areaHeight};
    }

    public Instant getSigningTime() {
        return signingTime;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public PreparationStatus getStatus() {
        return status;
    }
}
