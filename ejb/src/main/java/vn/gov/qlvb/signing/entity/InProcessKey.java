package vn.gov.qlvb.signing.entity;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * An agency's private key handed to another capability of this process for a signature the
 * signing capability does not make itself (the XML signature of exchange packages). It never
 * leaves the process: not serialisable, never stored, never logged.
 */
public record InProcessKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public InProcessKey {
        chain = List.copyOf(chain);
    }

    /** The signing certificate. */
    public X509Certificate certificate() {
        return chain.get(0);
    }

    @Override
    public String toString() {
        return "InProcessKey[" + certificate().getSubjectX500Principal().getName() + "]";
    }
}
