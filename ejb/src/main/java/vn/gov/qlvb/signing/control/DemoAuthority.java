package vn.gov.qlvb.signing.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certificate authority made with BouncyCastle, for the demo province and for tests:
 * a self-signed root, end certificates (RSA-2048, or ECDSA P-256 for speed) for signing (digital signature and
 * non-repudiation), PKCS#12 keystores, and revocation lists. Never used for production keys:
 * the demo root is trusted only in demo mode.
 */
public final class DemoAuthority {

    /** The kind of keys an authority makes (its own and those it issues). */
    public enum Keys {
        /** RSA 2048 with SHA256withRSA, the common kind of Vietnamese signing certificates. */
        RSA_2048("RSA", "SHA256withRSA"),
        /**
         * ECDSA on P-256 with SHA256withECDSA: made in milliseconds, for the demo data that a
         * fresh server makes at every first start.
         */
        EC_P256("EC", "SHA256withECDSA");

        private final String algorithm;
        private final String signature;

        Keys(String algorithm, String signature) {
            this.algorithm = algorithm;
            this.signature = signature;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    /** An issued key and certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate, X509Certificate issuer) {

        /** The end certificate and the authority's, as a chain. */
        public List<X509Certificate> chain() {
            return List.of(certificate, issuer);
        }

        /** A PKCS#12 keystore with the key and the chain, protected by {@code pin}. */
        public byte[] pkcs12(char[] pin) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("signing", keys.getPrivate(), pin, new Certificate[] {certificate, issuer});
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, pin);
                return out.toByteArray();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Keys kind;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private DemoAuthority(Keys kind, KeyPair keys, X509Certificate certificate) {
        this.kind = kind;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new RSA root authority named {@code commonName}, valid for twenty years from yesterday. */
    public static DemoAuthority create(String commonName) {
        return create(commonName, Keys.RSA_2048);
    }

    /** A new root authority with keys of {@code kind}. */
    public static DemoAuthority create(String commonName, Keys kind) {
        KeyPair keys = generate(kind);
        X500Name name = name(commonName, null);
        Instant from = Instant.now().minusSeconds(86_400);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            name,
                            serial(),
                            Date.from(from),
                            Date.from(from.plusSeconds(20L * 366 * 86_400)),
                            name,
                            keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            return new DemoAuthority(kind, keys, certificate(builder, keys, kind));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The authority's own certificate (the trust anchor). */
    public X509Certificate certificate() {
        return certificate;
    }

    /** A signing certificate for a person or an agency, valid over [from, until]. */
    public Issued issue(String commonName, String organisation, Instant from, Instant until) {
        KeyPair subject = generate(kind);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                            certificate,
                            serial(),
                            Date.from(from),
                            Date.from(until),
                            name(commonName, organisation),
                            subject.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(
                            Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
                    .addExtension(
                            Extension.authorityKeyIdentifier,
                            false,
                            extensions.createAuthorityKeyIdentifier(certificate))
                    .addExtension(
                            Extension.subjectKeyIdentifier,
                            false,
                            extensions.createSubjectKeyIdentifier(subject.getPublic()));
            return new Issued(subject, certificate(builder, keys, kind), certificate);
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate valid from yesterday for {@code years} years. */
    public Issued issue(String commonName, String organisation, int years) {
        Instant from = Instant.now().minusSeconds(86_400);
        return issue(commonName, organisation, from, from.plusSeconds(years * 366L * 86_400));
    }

    /** A revocation list of this authority listing {@code revoked} as revoked at {@code when}. */
    public X509CRL revocationList(List<X509Certificate> revoked, Instant when) {
        Instant now = Instant.now();
        X509v2CRLBuilder builder = new X509v2CRLBuilder(
                X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
                Date.from(now.minusSeconds(60)));
        builder.setNextUpdate(Date.from(now.plusSeconds(7 * 86_400)));
        for (X509Certificate certificate : revoked) {
            builder.addCRLEntry(certificate.getSerialNumber(), Date.from(when), CRLReason.keyCompromise);
        }
        try {
            ContentSigner signer = new JcaContentSignerBuilder(kind.signature).build(keys.getPrivate());
            X509CRLHolder holder = builder.build(signer);
            return new JcaX509CRLConverter().getCRL(holder);
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate certificate(X509v3CertificateBuilder builder, KeyPair issuerKeys, Keys kind)
            throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(kind.signature).build(issuerKeys.getPrivate());
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static X500Name name(String commonName, String organisation) {
        X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organisation != null) {
            name.addRDN(BCStyle.O, organisation);
        }
        return name.addRDN(BCStyle.CN, commonName).build();
    }

    private static KeyPair generate(Keys kind) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(kind.algorithm);
            generator.initialize(kind == Keys.RSA_2048 ? 2048 : 256, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigInteger serial() {
        return BigInteger.valueOf(SERIALS.incrementAndGet())
                .shiftLeft(16)
                .or(BigInteger.valueOf(RANDOM.nextInt(65_536)));
    }
}
