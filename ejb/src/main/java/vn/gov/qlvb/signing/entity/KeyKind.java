package vn.gov.qlvb.signing.entity;

/** Where a signing key lives. */
public enum KeyKind {
    /** A PKCS#12 keystore stored in the system, opened by its PIN (or a server-side password). */
    PKCS12,
    /** A key on the PKCS#11 token (HSM) the server is configured with, named by its alias. */
    SERVER_TOKEN,
    /**
     * A key the person keeps outside the server (a USB token, a remote signing service), known
     * here by its certificate; it signs through the two-step external signature.
     */
    EXTERNAL
}
