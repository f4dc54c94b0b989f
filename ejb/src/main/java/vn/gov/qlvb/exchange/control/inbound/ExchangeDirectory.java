package vn.gov.qlvb.exchange.control.inbound;

import java.security.cert.X509Certificate;
import java.util.Set;

/** What the checks of a received package ask of the directory of agencies and certificates. */
public interface ExchangeDirectory {

    /** The agencies (organ ids) for which this exact certificate is registered; empty if none. */
    Set<String> agenciesOfCertificate(X509Certificate certificate);

    /** True when the agency is hosted by this system (not a remote one). */
    boolean hosts(String organId);
}
