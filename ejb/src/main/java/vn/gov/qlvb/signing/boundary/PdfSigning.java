package vn.gov.qlvb.signing.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.gov.qlvb.signing.control.DocumentSigner;
import vn.gov.qlvb.signing.control.IssueNumberStamp;
import vn.gov.qlvb.signing.control.PadesSigner;
import vn.gov.qlvb.signing.control.PdfLayout;
import vn.gov.qlvb.signing.control.SigningKey;
import vn.gov.qlvb.signing.control.SigningRepository;
import vn.gov.qlvb.signing.entity.AttachmentStamp;
import vn.gov.qlvb.signing.entity.CertificateChain;
import vn.gov.qlvb.signing.entity.ExternalSignature;
import vn.gov.qlvb.signing.entity.KeyAccess;
import vn.gov.qlvb.signing.entity.KeyKind;
import vn.gov.qlvb.signing.entity.PreparedSignature;
import vn.gov.qlvb.signing.entity.SealPlacement;
import vn.gov.qlvb.signing.entity.SignatureBlock;
import vn.gov.qlvb.signing.entity.SignatureCheck;
import vn.gov.qlvb.signing.entity.SignedPdf;
import vn.gov.qlvb.signing.entity.SigningCredential;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningImage;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * Signs PDFs as Decree 30 wants them (PAdES, visible signatures of Appendix I): the signer's
 * signature, the number stamped afterwards without breaking it, the agency's signature with its
 * seal, and the agency's signature on attachments. Refusals are {@link SigningException}s
 * (codes {@code signing.WRONG_PIN}, …) and change nothing. The caller (outgoing documents)
 * decides who may sign what; this boundary checks that the key is the signer's and trusted.
 */
@Stateless
@PermitAll
public class PdfSigning {

    @PersistenceContext
    EntityManager em;

    @Inject
    SigningRepository repository;

    /**
     * Signs as the person with a key the server can use:
     *
     * <ol>
     *   <li>{@link KeyAccess.PersonalKeystore}: the person's newest active PKCS#12, opened with the
     *       PIN ({@code NO_KEY} when none, {@code WRONG_PIN});
     *       {@link KeyAccess.ServerToken}: the alias must be registered to this person
     *       ({@code CERTIFICATE_NOT_OF_SIGNER}) and present on the configured token;
     *   <li>the certificate is trusted, in validity and not revoked ({@code CERTIFICATE_…});
     *   <li>the visible block goes on the last page (see {@link DocumentSigner}), with the
     *       person's signature image when one is set.
     * </ol>
     */
    public SignedPdf signAsSigner(byte[] pdf, long signerPersonId, SignatureBlock block, KeyAccess access) {
        SigningCredential credential;
        SigningKey key;
        if (access instanceof KeyAccess.PersonalKeystore personal) {
            credential = repository
                    .activeOfPerson(signerPersonId, KeyKind.PKCS12)
                    .orElseThrow(() -> new SigningException(SigningRefusal.NO_KEY));
            key = SigningKey.pkcs12(credential.getKeystore(), personal.pin());
        } else if (access instanceof KeyAccess.ServerToken token) {
            credential = repository
                    .activeByAlias(token.alias())
                    .orElseThrow(() -> new SigningException(SigningRefusal.NO_KEY));
            credential.requireUsableByPerson(signerPersonId);
            key = SigningKey.pkcs11(repository.pkcs11(), token.alias());
        } else {
            throw new IllegalArgumentException("unknown key access " + access);
        }
        try (SigningKey opened = key.requireCertificateOf(credential)) {
            return signer().signAsSigner(pdf, opened, block, signatureImage(signerPersonId));
        }
    }

    /**
     * First step of a signature made outside the server (a USB token in the signer's hands):
     * the certificate must be one registered to the person ({@code CERTIFICATE_NOT_OF_SIGNER})
     * and trusted; the prepared state is stored for {@value ExternalSignature#VALIDITY_MINUTES}
     * minutes.
     */
    public ExternalSignature prepareSignerSignature(
            byte[] pdf, long signerPersonId, SignatureBlock block, List<byte[]> certificateChainDer) {
        List<X509Certificate> chain = CertificateChain.fromDer(certificateChainDer);
        boolean registered = repository.activeOfPerson(signerPersonId).stream().anyMatch(c -> c.isFor(chain.get(0)));
        if (!registered) {
            throw new SigningException(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER);
        }
        DocumentSigner.Prepared prepared = signer().prepareSigner(pdf, chain, block, signatureImage(signerPersonId));
        PdfLayout.Area area = prepared.appearance().area();
        PreparedSignature row = new PreparedSignature(
                signerPersonId,
                pdf,
                chain,
                block,
                prepared.appearance().png(),
                area == null ? null : new float[] {area.page(), area.x(), area.y(), area.width(), area.height()},
                prepared.signingTime());
        repository.purgeExpiredPreparations(prepared.signingTime());
        em.persist(row);
        return new ExternalSignature(row.getId(), prepared.dataToSign(), prepared.signatureAlgorithm());
    }

    /**
     * Second step: the value must verify against the prepared certificate over the prepared
     * data ({@code SIGNATURE_VALUE_INVALID}), within 15 minutes and once
     * ({@code PREPARATION_EXPIRED}).
     */
    public SignedPdf completeSignerSignature(String preparationId, byte[] signatureValue) {
        PreparedSignature prepared = preparationId == null
                ? null
                : em.find(PreparedSignature.class, preparationId, LockModeType.PESSIMISTIC_WRITE);
        if (prepared == null) {
            throw new SigningException(SigningRefusal.PREPARATION_EXPIRED);
        }
        prepared.complete(Instant.now());
        float[] area = prepared.area();
        PadesSigner.Appearance appearance = area == null
                ? PadesSigner.Appearance.INVISIBLE
                : new PadesSigner.Appearance(
                        new PdfLayout.Area((int) area[0], area[1], area[2], area[3], area[4]),
                        prepared.getAppearance(),
                        null);
        return signer().completeSigner(
                        prepared.getPdf(),
                        prepared.chain(),
                        prepared.block(),
                        appearance,
                        prepared.getSigningTime(),
                        signatureValue);
    }

    /**
     * The agency's signature with its red seal ({@link SealPlacement}); refused with
     * {@code SIGNER_SIGNATURE_MISSING} unless the PDF carries signatures and all are valid.
     */
    public SignedPdf signAsAgency(byte[] signerSignedPdf, long agencyId, SealPlacement placement) {
        DocumentSigner signer = signer();
        List<SignatureCheck> checks = signer.validate(signerSignedPdf);
        if (checks.isEmpty() || checks.stream().anyMatch(c -> !c.valid())) {
            throw new SigningException(SigningRefusal.SIGNER_SIGNATURE_MISSING);
        }
        try (SigningKey key = agencyKey(agencyId)) {
            byte[] seal =
                    repository.sealImageOf(agencyId).map(SigningImage::getPng).orElse(null);
            return signer.signAsAgency(signerSignedPdf, key, seal, placement);
        }
    }

    /**
     * The agency's signature on an attachment in a separate file: no image, a text box at the
     * top right of page 1 with the number and notation and the signing time (ISO 8601, +07:00).
     */
    public SignedPdf signAttachment(byte[] pdf, long agencyId, AttachmentStamp stamp) {
        try (SigningKey key = agencyKey(agencyId)) {
            return signer().signAttachment(pdf, key, stamp);
        }
    }

    /**
     * Writes "Số: 12/QĐ-UBND" and "<place>, ngày dd tháng MM năm yyyy" onto the first page in an
     * incremental revision that leaves the signer's signature valid (see {@link IssueNumberStamp}).
     * Refused with {@code SIGNER_SIGNATURE_MISSING} unless the PDF carries valid signatures.
     */
    public byte[] stampIssueNumber(
            byte[] signerSignedPdf, String numberAndNotation, LocalDate issueDate, String placeName) {
        List<SignatureCheck> checks = signer().validate(signerSignedPdf);
        if (checks.isEmpty() || checks.stream().anyMatch(c -> !c.valid())) {
            throw new SigningException(SigningRefusal.SIGNER_SIGNATURE_MISSING);
        }
        return IssueNumberStamp.stamp(signerSignedPdf, numberAndNotation, issueDate, placeName);
    }

    /** Each signature of a PDF, in signing order, checked against the system's trust now. */
    public List<SignatureCheck> validate(byte[] pdf) {
        return signer().validate(pdf);
    }

    private SigningKey agencyKey(long agencyId) {
        SigningCredential credential =
                repository.activeOfAgency(agencyId).orElseThrow(() -> new SigningException(SigningRefusal.NO_KEY));
        credential.requireUsableByAgency(agencyId);
        return repository.agencyKey(credential);
    }

    private byte[] signatureImage(long personId) {
        return repository.signatureImageOf(personId).map(SigningImage::getPng).orElse(null);
    }

    private DocumentSigner signer() {
        return new DocumentSigner(repository.trust());
    }
}
