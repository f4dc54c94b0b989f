package vn.gov.qlvb.web.signing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.primefaces.model.file.UploadedFile;
import vn.gov.qlvb.organisations.boundary.Caller;
import vn.gov.qlvb.platform.entity.RuleViolation;
import vn.gov.qlvb.signing.boundary.SigningKeys;
import vn.gov.qlvb.signing.entity.CertificateInfo;
import vn.gov.qlvb.web.platform.SessionUser;
import vn.gov.qlvb.web.platform.UiFeedback;
import vn.gov.qlvb.web.platform.VietnamTime;

/**
 * "Chữ ký số của tôi": the person imports their PKCS#12 with its PIN (the PIN only opens the
 * file and is forgotten), sees their certificates and sets their signature image; a clerk or an
 * administrator sets the agency's seal; an administrator of the province loads trust anchors and
 * revocation lists. The same rules as the REST API ({@link SigningMaterial}).
 */
@Named
@ViewScoped
public class MySigningView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SigningKeys keys;

    @Inject
    SessionUser me;

    private transient UploadedFile keystore;
    private transient UploadedFile signatureImage;
    private transient UploadedFile sealImage;
    /** The previews as read, "" for none, null for not read yet. */
    private String signatureImageUri;

    private String sealImageUri;
    private transient UploadedFile trustAnchor;
    private transient UploadedFile revocationList;
    private String pin;
    private List<CertificateInfo> certificates;

    @PostConstruct
    void init() {
        certificates = keys.certificatesOf(me.getCaller().personId());
    }

    /** Imports the uploaded PKCS#12, opened with the PIN typed; the PIN is dropped either way. */
    public void importKeystore() {
        Caller caller = me.getCaller();
        char[] secret = pin == null ? new char[0] : pin.toCharArray();
        pin = null;
        try {
            byte[] content = bytes(keystore, SigningMaterial.MAX_KEY_BYTES);
            CertificateInfo info = keys.importPersonalKeystore(
                    caller.personId(), caller.fullName(), content, SigningMaterial.pin(new String(secret)));
            certificates = keys.certificatesOf(caller.personId());
            UiFeedback.info("mySigning.imported", info.serial());
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, "keystoreForm");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    public void uploadSignatureImage() {
        upload(
                signatureImage,
                SigningMaterial.MAX_IMAGE_BYTES,
                "signatureForm",
                png -> keys.setSignatureImage(me.getCaller().personId(), png));
        signatureImageUri = null;
    }

    public void uploadSealImage() {
        upload(sealImage, SigningMaterial.MAX_IMAGE_BYTES, "sealForm", png -> {
            SigningMaterial.requireSealKeeper(me.getCaller());
            keys.setSealImage(me.getCaller().agencyId(), png);
        });
        sealImageUri = null;
    }

    public void addTrustAnchor() {
        upload(trustAnchor, SigningMaterial.MAX_KEY_BYTES, "trustForm", der -> {
            SigningMaterial.requireTrustAdministrator(me.getCaller());
            keys.addTrustAnchor(der);
        });
    }

    public void loadRevocationList() {
        upload(revocationList, SigningMaterial.MAX_KEY_BYTES, "trustForm", crl -> {
            SigningMaterial.requireTrustAdministrator(me.getCaller());
            keys.loadRevocationList(crl);
        });
    }

    private void upload(UploadedFile file, int max, String form, Consumer<byte[]> store) {
        try {
            store.accept(bytes(file, max));
            UiFeedback.info("common.saved");
        } catch (RuleViolation | EJBAccessException e) {
            UiFeedback.refused(e, form);
        }
    }

    private static byte[] bytes(UploadedFile file, int max) {
        if (file == null || file.getSize() == 0) {
            throw RuleViolation.invalid("file.empty", null);
        }
        try {
            InputStream in = file.getInputStream();
            return SigningMaterial.read(in, max);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The signature image as a data URI for its preview, or null: read once per view (JSF asks
     * the getter several times a render) and again after an upload.
     */
    public String getSignatureImageUri() {
        if (signatureImageUri == null) {
            signatureImageUri = keys.signatureImageOf(me.getCaller().personId())
                    .map(MySigningView::dataUri)
                    .orElse("");
        }
        return signatureImageUri.isEmpty() ? null : signatureImageUri;
    }

    /** The agency's seal as a data URI for its preview, or null; read as the signature image. */
    public String getSealImageUri() {
        if (sealImageUri == null) {
            sealImageUri = keys.sealImageOf(me.getCaller().agencyId())
                    .map(MySigningView::dataUri)
                    .orElse("");
        }
        return sealImageUri.isEmpty() ? null : sealImageUri;
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    public boolean isSealKeeper() {
        Caller caller = me.getCaller();
        return caller.has(vn.gov.qlvb.organisations.entity.Role.CLERK) || caller.isAdmin();
    }

    public boolean isTrustAdministrator() {
        return me.getCaller().isAdmin() && me.getCaller().provinceWide();
    }

    /** The message key of what the trust says about a certificate now. */
    public String statusKey(CertificateInfo certificate) {
        return certificate.status() == null
                ? "mySigning.usable"
                : "signing." + certificate.status().name();
    }

    /** A time of a certificate, in Vietnam. */
    public String time(java.time.Instant instant) {
        return VietnamTime.minute(instant);
    }

    public List<CertificateInfo> getCertificates() {
        return certificates;
    }

    public String getPin() {
        return null;
    }

    public void setPin(String pin) {
        this.pin = pin;
    }

    public UploadedFile getKeystore() {
        return keystore;
    }

    public void setKeystore(UploadedFile keystore) {
        this.keystore = keystore;
    }

    public UploadedFile getSignatureImage() {
        return signatureImage;
    }

    public void setSignatureImage(UploadedFile signatureImage) {
        this.signatureImage = signatureImage;
    }

    public UploadedFile getSealImage() {
        return sealImage;
    }

    public void setSealImage(UploadedFile sealImage) {
        this.sealImage = sealImage;
    }

    public UploadedFile getTrustAnchor() {
        return trustAnchor;
    }

    public void setTrustAnchor(UploadedFile trustAnchor) {
        this.trustAnchor = trustAnchor;
    }

    public UploadedFile getRevocationList() {
        return revocationList;
    }

    public void setRevocationList(UploadedFile revocationList) {
        this.revocationList = revocationList;
    }
}
