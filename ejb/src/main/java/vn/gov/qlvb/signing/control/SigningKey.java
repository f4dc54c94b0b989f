package vn.gov.qlvb.signing.control;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs11SignatureToken;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import eu.europa.esig.dss.token.PrefilledPasswordCallback;
import eu.europa.esig.dss.token.SignatureTokenConnection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.gov.qlvb.signing.entity.SigningException;
import vn.gov.qlvb.signing.entity.SigningRefusal;

/**
 * A private key the server can sign with, and its certificate chain: the port behind which a
 * keystore file or a PKCS#11 token (HSM) sits. Close it after use (a token session is released,
 * a keystore's key material forgotten).
 */
public final class SigningKey implements AutoCloseable {

    private final SignatureTokenConnection token;
    private final DSSPrivateKeyEntry entry;

    private SigningKey(SignatureTokenConnection token, DSSPrivateKeyEntry entry) {
        this.token = token;
        this.entry = entry;
    }

    /**
     * Opens a PKCS#12 keystore with its PIN and takes its (only or first) private key.
     *
     * @throws SigningException {@link SigningRefusal#WRONG_PIN} when the PIN does not open it,
     *     {@link SigningRefusal#INVALID_MATERIAL} when it is not a PKCS#12 with a private key
     */
    public static SigningKey pkcs12(byte[] keystore, char[] pin) {
        requireOpens(keystore, pin);
        Pkcs12SignatureToken token = new Pkcs12SignatureToken(keystore, new KeyStore.PasswordProtection(pin));
        List<DSSPrivateKeyEntry> keys = token.getKeys();
        if (keys.isEmpty()) {
            token.close();
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
        return new SigningKey(token, keys.get(0));
    }

    /** The chain of a PKCS#12 after checking that the PIN opens it (for imports). */
    public static List<X509Certificate> chainOfPkcs12(byte[] keystore, char[] pin) {
        try (SigningKey key = pkcs12(keystore, pin)) {
            return key.chain();
        }
    }

    private static void requireOpens(byte[] keystore, char[] pin) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(keystore), pin);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    store.getKey(alias, pin);
                    return;
                }
            }
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        } catch (IOException e) {
            boolean wrongPin = e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password");
            throw new SigningException(wrongPin ? SigningRefusal.WRONG_PIN : SigningRefusal.INVALID_MATERIAL);
        } catch (UnrecoverableKeyException e) {
            throw new SigningException(SigningRefusal.WRONG_PIN);
        } catch (GeneralSecurityException | RuntimeException e) {
            if (e instanceof SigningException refusal) {
                throw refusal;
            }
            throw new SigningException(SigningRefusal.INVALID_MATERIAL);
        }
    }

    /**
     * Opens the key {@code alias} on a PKCS#11 token.
     *
     * @throws SigningException {@link SigningRefusal#NO_KEY} when the token cannot be opened or
     *     has no such key, {@link SigningRefusal#WRONG_PIN} when it refuses the PIN
     */
    public static SigningKey pkcs11(Pkcs11Settings settings, String alias) {
        Pkcs11SignatureToken token;
        List<DSSPrivateKeyEntry> keys;
        try {
            token = new Pkcs11SignatureToken(
                    settings.library(),
                    new PrefilledPasswordCallback(new KeyStore.PasswordProtection(settings.pin())),
                    -1,
                    settings.slotListIndex(),
                    null);
            keys = token.getKeys();
        } catch (DSSException | IllegalArgumentException e) {
            throw new SigningException(causedByLogin(e) ? SigningRefusal.WRONG_PIN : SigningRefusal.NO_KEY);
        }
        for (DSSPrivateKeyEntry key : keys) {
            if (key instanceof KSPrivateKeyEntry named && named.getAlias().equals(alias)) {
                return new SigningKey(token, key);
            }
        }
        token.close();
        throw new SigningException(SigningRefusal.NO_KEY);
    }

    private static boolean causedByLogin(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.security.auth.login.FailedLoginException
                    || String.valueOf(t.getMessage()).contains("CKR_PIN_INCORRECT")) {
                return true;
            }
        }
        return false;
    }

    /** The certificate chain, the signing certificate first. */
    public List<X509Certificate> chain() {
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(entry.getCertificate().getCertificate());
        CertificateToken[] rest = entry.getCertificateChain();
        if (rest != null) {
            for (CertificateToken c : rest) {
                if (!c.equals(entry.getCertificate())) {
                    chain.add(c.getCertificate());
                }
            }
        }
        return chain;
    }

    /**
     * This key, when its certificate is the credential's; else it is closed and refused with
     * {@link SigningRefusal#CERTIFICATE_NOT_OF_SIGNER} (a keystore or token swapped behind the
     * stored record).
     */
    public SigningKey requireCertificateOf(vn.gov.qlvb.signing.entity.SigningCredential credential) {
        if (!credential.isFor(chain().get(0))) {
            close();
            throw new SigningException(SigningRefusal.CERTIFICATE_NOT_OF_SIGNER);
        }
        return this;
    }

    /**
     * The private key itself, for a signature made outside DSS in this process (the XML
     * signature of exchange packages). A keystore's key is plain key material; a token's key is
     * a handle valid while this key is open.
     */
    public java.security.PrivateKey privateKey() {
        if (entry instanceof KSPrivateKeyEntry named) {
            return named.getPrivateKey();
        }
        throw new SigningException(SigningRefusal.NO_KEY);
    }

    /** Signs the bytes DSS prepared with the key, hashing with {@code digest}. */
    public SignatureValue sign(ToBeSigned data, DigestAlgorithm digest) {
        return token.sign(data, digest, entry);
    }

    @Override
    public void close() {
        token.close();
    }
}
