package vn.gov.qlvb.signing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person's signature image (blue) or an agency's seal image (red, round), a PNG with a
 * transparent background (Decree 30, Appendix I, II.7.d and II.8.a). One per owner; a new image
 * replaces the old.
 */
@Entity
@Table(name = "qlvb_signing_image")
public class SigningImage {

    @Id
    @SequenceGenerator(name = "signing_image_seq", sequenceName = "qlvb_signing_image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signing_image_seq")
    private Long id;

    @Column(name = "person_id", updatable = false, unique = true)
    private Long personId;

    @Column(name = "agency_id", updatable = false, unique = true)
    private Long agencyId;

    @Lob
    @Column(name = "png", nullable = false)
    private byte[] png;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SigningImage() {}

    private SigningImage(Long personId, Long agencyId, byte[] png) {
        this.personId = personId;
        this.agencyId = agencyId;
        replace(png);
    }

    public static SigningImage signatureOf(long personId, byte[] png) {
        return new SigningImage(personId, null, png);
    }

    public static SigningImage sealOf(long agencyId, byte[] png) {
        return new SigningImage(null, agencyId, png);
    }

    /** Takes a new image (already checked to be a transparent PNG). */
    public void replace(byte[] newPng) {
        if (newPng == null || newPng.length == 0) {
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        this.png = newPng.clone();
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public byte[] getPng() {
        return png.clone();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
