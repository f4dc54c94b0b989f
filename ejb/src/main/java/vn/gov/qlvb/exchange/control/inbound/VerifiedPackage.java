package vn.gov.qlvb.exchange.control.inbound;

import java.security.cert.X509Certificate;
import java.util.List;
import vn.gov.qlvb.exchange.entity.EdxmlPackage;

/**
 * A received package that passed every check: the exact bytes received and their SHA-256 (hex),
 * the content, the signing certificate, and the addressees hosted here (for a status: the
 * original sender, hosted here).
 */
public record VerifiedPackage(
        byte[] received, String sha256, EdxmlPackage content, X509Certificate signer, List<String> hostedAddressees) {}
